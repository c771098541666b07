import { existsSync, readFileSync } from 'node:fs';
import type { RouteName } from '../options.ts';

type Injected = { pattern: string; entrypoint: URL };

// File URLs rather than package specifiers: Astro resolves specifiers from the site's root, which
// fails wherever the theme is not in the site's own node_modules (pnpm, linked checkouts).
const r = (pattern: string, file: string): Injected => ({ pattern, entrypoint: new URL(`../routes/${file}`, import.meta.url) });

/** Every route the theme can inject, grouped by the option that switches it. */
export const ROUTES: Record<RouteName, Injected[]> = {
  home: [r('/', 'index.astro')],
  posts: [r('/posts', 'posts/index.astro'), r('/posts/page/[page]', 'posts/page.astro'), r('/posts/[...slug]', 'posts/post.astro')],
  tags: [r('/tags', 'tags/index.astro'), r('/tags/[tag]', 'tags/tag.astro')],
  archive: [r('/archive', 'archive/index.astro'), r('/archive/[year]', 'archive/year.astro')],
  lessons: [
    r('/lessons', 'lessons/index.astro'),
    r('/lessons/[...slug]', 'lessons/lesson.astro'),
    r('/mapel/[slug]', 'lessons/subject.astro'),
    r('/fase/[phase]', 'lessons/phase.astro'),
    r('/kelas/[grade]', 'lessons/grade.astro'),
    r('/jenis/[docType]', 'lessons/doc-type.astro'),
  ],
  about: [r('/about', 'about.astro')],
  search: [r('/search', 'search.astro')],
  notFound: [r('/404', '404.astro')],
  rss: [r('/rss.xml', 'rss.xml.ts')],
};

const PAGE_EXTENSIONS = ['astro', 'md', 'mdx', 'html', 'ts', 'js'];

/** True when the site has its own page for `pattern` in `src/pages`, which then wins. */
export function siteHasPage(pagesDir: URL, pattern: string): boolean {
  const path = pattern.replace(/^\//, '');
  const candidates = path === '' ? ['index'] : [path, `${path}/index`];
  return candidates.some((base) => PAGE_EXTENSIONS.some((ext) => existsSync(new URL(`${base}.${ext}`, pagesDir))));
}

/** The routes to inject for these options, leaving out switched-off ones and the site's own. */
export function routesToInject(enabled: Record<RouteName, boolean>, pagesDir: URL): { inject: Injected[]; skipped: string[] } {
  const inject: Injected[] = [];
  const skipped: string[] = [];
  for (const [name, routes] of Object.entries(ROUTES) as [RouteName, Injected[]][]) {
    if (!enabled[name]) continue;
    for (const route of routes) {
      if (siteHasPage(pagesDir, route.pattern)) skipped.push(route.pattern);
      else inject.push(route);
    }
  }
  return { inject, skipped };
}

const CONTENT_CONFIGS = [
  'content.config.ts',
  'content.config.mts',
  'content.config.js',
  'content.config.mjs',
  'content/config.ts',
  'content/config.mjs',
  'content/config.js',
];

/**
 * Whether the site's content config names a collection (`lessons: defineCollection(…)`). A blog
 * of posts only then gets no empty lesson pages, and no warning from Astro about a collection it
 * never defined. Read as text: the config is loaded by Astro only after the routes are set.
 */
export function siteDefinesCollection(srcDir: URL, name: string): boolean {
  const file = CONTENT_CONFIGS.map((path) => new URL(path, srcDir)).find((url) => existsSync(url));
  return file !== undefined && new RegExp(`\\b${name}\\b`).test(readFileSync(file, 'utf8'));
}
