import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';

/** The example's built site; `turbo test` builds it first (see turbo.json). */
export const dist = fileURLToPath(new URL('../dist/', import.meta.url));
export const postsDir = fileURLToPath(new URL('../src/content/posts/', import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run \`pnpm --filter guru-matematika build\` first.`);
}

export function htmlFiles(dir = dist): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** '/posts/a/' for dist/posts/a/index.html, '/404.html' for dist/404.html. */
export function routeOf(file: string): string {
  const rel = relative(dist, file).split('\\').join('/');
  return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
}

export function page(route: string) {
  const file = route.endsWith('.html') ? join(dist, route) : join(dist, route, 'index.html');
  return parse(readFileSync(file, 'utf8'));
}

/** Frontmatter fields we need from the source posts, read independently of the theme. */
export function sourcePosts(): { id: string; title: string; draft: boolean; tags: string[]; body: string }[] {
  return readdirSync(postsDir)
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .map((f) => {
      const text = readFileSync(join(postsDir, f), 'utf8');
      const fm = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
      const title = fm.match(/^title:\s*["']?(.*?)["']?\s*$/m)?.[1] ?? '';
      const tagsLine = fm.match(/^tags:\s*\[(.*)\]\s*$/m)?.[1] ?? '';
      return {
        id: f.replace(/\.mdx?$/, ''),
        title,
        draft: /^draft:\s*true\s*$/m.test(fm),
        tags: tagsLine
          .split(',')
          .map((t) => t.trim().replace(/^["']|["']$/g, ''))
          .filter(Boolean),
        body: text.slice(fm.length + 8),
      };
    });
}
