import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  /** Custom records added (addSearchRecords), and what Pagefind said was wrong with them. */
  records: number;
  recordErrors: string[];
  /** The build's output folder. */
  outDir: string;
  /** Indexes of records beside the main one, relative to the output folder (see addSearchRecords). */
  parts: string[];
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

/** Records sent to Pagefind before waiting for its answers. */
const RECORDS_IN_FLIGHT = 64;

/**
 * Records in one Pagefind index. Pagefind holds an index whole in memory until it is written:
 * about 40 KB per record of a title and an excerpt, 1.9 GB for 50,000 (measured: packages/bench).
 * A site with more records gets them in indexes of this size, built one after the other (about
 * 0.5 GB each), which the search page merges; readers then load one small index more per part.
 */
export const RECORDS_PER_INDEX = 10_000;
const PARTS_DIR = 'pagefind-parts';
/** Beside pagefind.js: how many entries the main index holds, and the parts to merge (paths
 * relative to the main bundle). */
export const PARTS_MANIFEST = 'guru-parts.json';
export interface PartsManifest {
  entries: number;
  parts: string[];
}

/**
 * Adds records to the search index (call during the build, e.g. from another integration's
 * `astro:build:done` that runs before the theme's). Up to `perIndex` records go into the main
 * index; more are split into parts of `perIndex`, and the last part goes into the main index
 * (which the search page needs to hold at least one entry). Resolves to false when search is not
 * running.
 */
export async function addSearchRecords(records: Iterable<SearchRecord>, { perIndex = RECORDS_PER_INDEX } = {}): Promise<boolean> {
  const session = pagefindSession();
  if (!session) return false;
  let batch: SearchRecord[] = [];
  let held: SearchRecord[] | undefined; // a full batch, written once it is known not to be the last
  for (const record of records) {
    batch.push(record);
    if (batch.length < perIndex) continue;
    if (held) await writePart(session, held);
    held = batch;
    batch = [];
  }
  if (held && batch.length) await writePart(session, held);
  const last = batch.length ? batch : held;
  if (last) await addRecords(session, session.index, last);
  return true;
}

async function addRecords(session: PagefindSession, index: PagefindIndex, records: SearchRecord[]): Promise<void> {
  for (let at = 0; at < records.length; at += RECORDS_IN_FLIGHT) {
    const sent = records.slice(at, at + RECORDS_IN_FLIGHT).map((record) => index.addCustomRecord(record));
    for (const { errors } of await Promise.all(sent)) session.recordErrors.push(...errors);
  }
  session.records += records.length;
}

/** One part: its own index, written and dropped before the next one is built. */
async function writePart(session: PagefindSession, records: SearchRecord[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start an index for search records: ${errors.join('; ')}`);
  await addRecords(session, index, records);
  const path = `${PARTS_DIR}/${session.parts.length + 1}/`;
  const written = await index.writeFiles({ outputPath: join(session.outDir, path) });
  if (written.errors.length) throw new Error(`Pagefind could not write ${path}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  session.parts.push(path);
}

export async function startPagefind(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    logger.warn(`Pagefind could not start (${errors.join('; ')}); the site will be indexed after the build.`);
    return;
  }
  (globalThis as Holder)[KEY] = { index, pending: [], records: 0, recordErrors: [], outDir, parts: [] };
}

/** Finishes the index: pages added while rendering, or the whole `dir` when that did not run. */
export async function finishPagefind(dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const session = pagefindSession();
  delete (globalThis as Holder)[KEY];
  try {
    let index = session?.index;
    let count: number;
    let records = 0;
    if (index && session) {
      const results = await Promise.all(session.pending);
      const failed = [...results.flatMap((r) => r.errors), ...session.recordErrors];
      if (failed.length) throw new Error(`Pagefind could not index a page: ${failed.join('; ')}`);
      count = results.length;
      records = session.records;
    } else {
      const created = await pagefind.createIndex({});
      if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
      index = created.index;
      const added = await index.addDirectory({ path: dir });
      if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
      count = added.page_count;
    }
    const bundle = `${dir.replace(/\/$/, '')}/pagefind`;
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Always written, so the search page's request for it never fails; `entries` 0 tells it that
    // there is nothing to search yet (Pagefind cannot open an empty index).
    const manifest: PartsManifest = { entries: count + records, parts: (session?.parts ?? []).map((part) => `../${part}`) };
    writeFileSync(join(bundle, PARTS_MANIFEST), JSON.stringify(manifest));
    const parts = session?.parts.length ? ` in ${session.parts.length + 1} indexes` : '';
    const what = records ? `${count} pages and ${records} records${parts}` : `${count} pages`;
    logger.info(`Pagefind indexed ${what} (${Math.round(performance.now() - started)} ms after the build)`);
  } finally {
    await pagefind.close();
  }
}
