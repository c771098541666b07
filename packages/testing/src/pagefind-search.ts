import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What Pagefind holds of one page: its text as indexed, and its meta and filters. */
export interface PagefindResult {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string): Promise<void>;
  destroy?(): Promise<void>;
}

/**
 * Searches a built site with the Pagefind bundle it ships — the same JS and WebAssembly a
 * reader's browser runs — from Node. The bundle fetches its index over HTTP, so a small server
 * on 127.0.0.1 serves the site for it.
 */
export async function openPagefind(dist: string) {
  const server = createServer(async (req, res) => {
    try {
      res.end(await readFile(join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))));
    } catch {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pagefind = (await import(`${pathToFileURL(join(dist, 'pagefind/pagefind.js')).href}?t=${Date.now()}`)) as Pagefind;
  await pagefind.options({ basePath: `${origin}/pagefind/` });
  // Parts of a very large index, merged as the theme's search page does.
  const manifest: { parts?: string[] } = await readFile(join(dist, 'pagefind', 'guru-parts.json'), 'utf8').then(JSON.parse, () => ({}));
  const parts = manifest.parts ?? [];
  for (const part of parts) await pagefind.mergeIndex(new URL(part, `${origin}/pagefind/`).href);
  return {
    /** Result paths (e.g. '/posts/a/'), best first; records that point off-site keep their full URL. */
    async search(query: string | null, filters?: Record<string, string>): Promise<string[]> {
      const found = await pagefind.search(query, filters ? { filters } : undefined);
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.map((d) => {
        const url = new URL(d.url, origin);
        return url.origin === origin ? url.pathname : url.href;
      });
    },
    /** The results themselves, best first, for tests of what a page gave the index. */
    async results(query: string | null): Promise<PagefindResult[]> {
      const found = await pagefind.search(query);
      return Promise.all(found.results.map((r) => r.data()));
    },
    filters: () => pagefind.filters(),
    /** Parts beside the main index (guru-parts.json). */
    parts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
