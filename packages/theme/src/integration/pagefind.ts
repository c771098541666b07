import type { AstroIntegrationLogger } from 'astro';
import type { PagefindIndex } from 'pagefind';
// A static import on purpose: the config (and this file) is loaded through Vite's module runner,
// which is closed by the time build hooks run, so a dynamic import() there fails once the theme is
// installed from the registry rather than linked from the workspace.
import * as pagefind from 'pagefind';

// Pagefind indexes each page while Astro is still rendering the others: the middleware hands the
// HTML to Pagefind's own process (which runs on the other core), so the build does not pay for a
// second pass over `dist/` at the end. Only elements marked `data-pagefind-body` are indexed.

const KEY = Symbol.for('guru-blog.pagefind');
export interface PagefindSession {
  index: PagefindIndex;
  pending: Promise<{ errors: string[] }>[];
}
type Holder = { [KEY]?: PagefindSession };

/** The running indexing session, for the middleware (it lives in the bundled build, not here). */
export function pagefindSession(): PagefindSession | undefined {
  return (globalThis as Holder)[KEY];
}

/** A search entry for content that has no page on this site (a community's member posts). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta?: Record<string, string>;
  filters?: Record<string, string[]>;
  sort?: Record<string, string>;
}

/**
 * Adds records to the index being built (call during the build, e.g. from another integration's
 * `astro:build:done` that runs before the theme's). Returns false when search is not running.
 */
export function addSearchRecords(records: SearchRecord[]): boolean {
  const session = pagefindSession();
  if (!session) return false;
  for (const record of records) session.pending.push(session.index.addCustomRecord(record).then((r) => ({ errors: r.errors })));
  return true;
}

export async function startPagefind(logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    logger.warn(`Pagefind could not start (${errors.join('; ')}); the site will be indexed after the build.`);
    return;
  }
  (globalThis as Holder)[KEY] = { index, pending: [] };
}

/** Finishes the index: pages added while rendering, or the whole `dir` when that did not run. */
export async function finishPagefind(dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const session = pagefindSession();
  delete (globalThis as Holder)[KEY];
  try {
    let index = session?.index;
    let count: number;
    if (index && session) {
      const results = await Promise.all(session.pending);
      const failed = results.flatMap((r) => r.errors);
      if (failed.length) throw new Error(`Pagefind could not index a page: ${failed.join('; ')}`);
      count = results.length;
    } else {
      const created = await pagefind.createIndex({});
      if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
      index = created.index;
      const added = await index.addDirectory({ path: dir });
      if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
      count = added.page_count;
    }
    const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`Pagefind indexed ${count} pages (${Math.round(performance.now() - started)} ms after the build)`);
  } finally {
    await pagefind.close();
  }
}
