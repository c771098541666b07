/**
 * Page weight: what a browser fetches to show a built page, images excluded. HTML, stylesheets
 * (and their @imports), external scripts with their static imports one level deep, and fonts
 * (preloaded or declared with @font-face in loaded CSS), each gzipped at level 9 as a server with
 * static compression would send it. Inline scripts are reported separately (they are already
 * inside the HTML's bytes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchArgs } from './args.ts';
import { cssFontUrls, cssImports, extractResources, jsStaticImports } from './html-extract.ts';
import { REPO_ROOT } from './paths.ts';

export const TARGETS = { postPageBytes: 14 * 1024, lessonPageBytes: 20 * 1024, externalJsBytes: 0, inlineScriptBytes: 1024 } as const;
const ORIGIN = 'https://page-weight.invalid';

export type Kind = 'html' | 'css' | 'js' | 'font';
export type FetchedFile = { url: string; kind: Kind; bytes: number; gzBytes: number };
export type PageWeight = {
  page: string;
  files: FetchedFile[];
  html: number;
  css: number;
  js: number;
  fonts: number;
  /** gzip size of all executable inline scripts joined by newlines. */
  inlineScript: number;
  /** html + css + js + fonts (inline scripts are inside the HTML already). */
  total: number;
  /** References that are off-site or missing from dist (not counted). */
  skipped: string[];
};

export const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/** Maps a same-origin URL path to a file in dist (`/a/` → `a/index.html`). */
function distFile(distDir: string, url: URL): string {
  let path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) path += 'index.html';
  return join(distDir, path);
}

export function measurePage(distDir: string, pagePath: string): PageWeight {
  const pageUrl = new URL(pagePath, ORIGIN);
  const htmlFile = distFile(distDir, pageUrl);
  if (!existsSync(htmlFile)) throw new Error(`page ${pagePath} not found: ${htmlFile}`);
  const files: FetchedFile[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();

  /** Reads a referenced file once; undefined when off-site, already counted or missing. */
  const fetchFile = (ref: string, base: URL, kind: Kind): string | undefined => {
    const url = new URL(ref, base);
    if (url.origin !== ORIGIN) {
      skipped.push(`${ref} (off-site)`);
      return undefined;
    }
    if (seen.has(url.pathname)) return undefined;
    seen.add(url.pathname);
    const file = distFile(distDir, url);
    if (!existsSync(file)) {
      skipped.push(`${url.pathname} (missing)`);
      return undefined;
    }
    const data = readFileSync(file);
    files.push({ url: url.pathname, kind, bytes: data.length, gzBytes: gzipSize(data) });
    return data.toString('utf8');
  };

  const html = fetchFile(pageUrl.pathname, pageUrl, 'html') as string;
  const res = extractResources(html);

  const loadCss = (ref: string, base: URL, depth: number): void => {
    const css = fetchFile(ref, base, 'css');
    if (css === undefined) return;
    const cssUrl = new URL(ref, base);
    for (const font of cssFontUrls(css)) fetchFile(font, cssUrl, 'font');
    if (depth < 1) for (const imported of cssImports(css)) loadCss(imported, cssUrl, depth + 1);
  };
  for (const href of res.stylesheets) loadCss(href, pageUrl, 0);
  for (const href of res.fonts) fetchFile(href, pageUrl, 'font');

  // Scripts the page names, then their static imports one level deep.
  const imports: { ref: string; base: URL }[] = [];
  for (const src of res.scripts) {
    const js = fetchFile(src, pageUrl, 'js');
    if (js !== undefined) for (const ref of jsStaticImports(js)) imports.push({ ref, base: new URL(src, pageUrl) });
  }
  for (const module of res.inlineModules) for (const ref of jsStaticImports(module)) imports.push({ ref, base: pageUrl });
  for (const { ref, base } of imports) fetchFile(ref, base, 'js');

  const sum = (kind: Kind): number => files.filter((f) => f.kind === kind).reduce((a, f) => a + f.gzBytes, 0);
  const weight = { html: sum('html'), css: sum('css'), js: sum('js'), fonts: sum('font') };
  return {
    page: pageUrl.pathname,
    files,
    ...weight,
    inlineScript: res.inlineScripts.length ? gzipSize(res.inlineScripts.join('\n')) : 0,
    total: weight.html + weight.css + weight.js + weight.fonts,
    skipped,
  };
}

/** The first post page in dist/posts/<slug>/index.html (skipping numbered list pages). */
export function firstPostPage(distDir: string): string | undefined {
  const postsDir = join(distDir, 'posts');
  if (!existsSync(postsDir)) return undefined;
  const slug = readdirSync(postsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^(\d+|page)$/.test(d.name) && existsSync(join(postsDir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return slug ? `/posts/${slug}/` : undefined;
}

/** Every lesson page in dist/lessons/<slug>/index.html. */
export function lessonPages(distDir: string): string[] {
  const dir = join(distDir, 'lessons');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => `/lessons/${d.name}/`)
    .sort();
}

export function formatWeight(w: PageWeight): string {
  const lines = [
    `${w.page}: HTML ${w.html}, CSS ${w.css}, JS ${w.js}, fonts ${w.fonts}, inline script ${w.inlineScript} (bytes gz); total ${w.total}`,
    ...w.files.map((f) => `    ${f.kind.padEnd(4)} ${String(f.gzBytes).padStart(7)} gz ${String(f.bytes).padStart(8)} raw  ${f.url}`),
    ...w.skipped.map((s) => `    not counted: ${s}`),
  ];
  return lines.join('\n');
}

export async function runPageWeight(args: BenchArgs): Promise<boolean> {
  const siteDir = args.site ? join(REPO_ROOT, args.site) : join(REPO_ROOT, 'examples', 'guru-matematika');
  const distDir = join(siteDir, 'dist');
  console.log(`\n== Page weight (${relative(REPO_ROOT, distDir)}) ==`);
  if (!existsSync(join(distDir, 'index.html'))) {
    if (args.site) {
      console.log(`no built site at ${distDir}; build it first`);
      return false;
    }
    console.log('dist/ missing; running pnpm --filter guru-matematika build');
    const r = spawnSync('pnpm', ['--filter', 'guru-matematika', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(join(distDir, 'index.html'))) {
      console.log('example build failed; no page-weight figures');
      return false;
    }
  }
  const postPage = args.page ?? firstPostPage(distDir);
  if (!postPage) {
    console.log('no post page found in dist/posts/*/index.html (pass --page /posts/<slug>/)');
    return false;
  }
  const home = measurePage(distDir, '/');
  const post = measurePage(distDir, postPage);
  console.log(formatWeight(home));
  console.log(formatWeight(post));
  // Lesson pages carry an identity table and many sections: report the heaviest one.
  const lessons = lessonPages(distDir).map((page) => measurePage(distDir, page));
  const heaviest = lessons.reduce<PageWeight | undefined>((a, b) => (!a || b.total > a.total ? b : a), undefined);
  if (heaviest) console.log(formatWeight(heaviest));
  const checks = [
    [`post page total ≤ ${TARGETS.postPageBytes} B gz`, post.total <= TARGETS.postPageBytes],
    ['0 external JS on load (home and post)', home.js === 0 && post.js === 0],
    [`inline script ≤ ${TARGETS.inlineScriptBytes} B gz (home and post)`, Math.max(home.inlineScript, post.inlineScript) <= TARGETS.inlineScriptBytes],
    ...(heaviest
      ? ([
          [`every lesson page total ≤ ${TARGETS.lessonPageBytes} B gz (${lessons.length} pages)`, heaviest.total <= TARGETS.lessonPageBytes],
          ['0 external JS on lesson pages', lessons.every((l) => l.js === 0)],
        ] as const)
      : []),
  ] as const;
  for (const [label, ok] of checks) console.log(`  target ${ok ? 'met   ' : 'MISSED'} ${label}`);
  console.log('');
  if (heaviest) console.log(`lesson page (heaviest of ${lessons.length}): ${heaviest.total} bytes gz, ${heaviest.js} bytes JS`);
  console.log(`post page: ${post.total} bytes gz, ${post.js} bytes JS`);
  return true;
}
