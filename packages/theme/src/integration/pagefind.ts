import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { PagefindIndex } from 'pagefind';
// A static import on purpose: the config (and this file) is loaded through Vite's module runner,
// which is closed by the time build hooks run, so a dynamic import() there fails once the theme is
// installed from the registry rather than linked from the workspace.
import * as pagefind from 'pagefind';
import { createTranslator, type Translate } from '../i18n/index.ts';
import { type SearchPage, searchPages } from './search-pages.ts';

/** What the theme gives Pagefind of a built site's pages (the bench times Pagefind on it alone). */
export { searchPages };

// Pagefind is given only what it needs of each page (search-pages.ts); only elements marked
// `data-pagefind-body` are indexed. On a static site each page goes to Pagefind as Astro renders
// it (page-capture.ts, addRenderedPage): Pagefind's own process indexes on the other core, and
// once the last page is written it writes its bundle while Astro encodes images. Measured on
// 1,000 and 5,000 posts without images (packages/bench), Pagefind's wait after Astro fell from
// 2.3 s to 1.6 s and from 14.2 s to 8.2 s against handing it every page at the end. Writing the
// bundle is most of what is left: it grows with the pages' text, not with what the theme adds.
// A site with an adapter keeps its own prerenderer; there the written pages are read after the build.

/** An integration that gives the theme search records (see SEARCH_RECORDS_HOOK). */
export interface SearchRecordSource {
  name: string;
  hook: SearchRecordsHook;
}

export interface PagefindSession {
  index: PagefindIndex;
  logger: AstroIntegrationLogger;
  /** The site's language, for what the build prints. */
  t: Translate;
  /** Integrations whose records go into the index, asked once (collectRecords). */
  sources: SearchRecordSource[];
  collected?: Promise<void>;
  /** Custom records added (addSearchRecords), those of them in the main index, and what Pagefind
   * said was wrong with them. */
  records: number;
  mainRecords: number;
  recordErrors: string[];
  /** The build's output folder. */
  outDir: string;
  /** Indexes of records beside the main one, relative to the output folder (see addSearchRecords). */
  parts: string[];
  /** Indexing of the written pages begun before `astro:build:done` (indexWrittenPages): the work
   * and when it began (performance.now()). */
  early?: { done: Promise<void>; startedAt: number };
  /** Pages handed to Pagefind as Astro rendered them (addRenderedPage), with Pagefind's answers to come. */
  rendered?: Promise<Added>[];
}

type Added = Awaited<ReturnType<PagefindIndex['addHTMLFile']>>;

/**
 * The custom Astro hook through which another integration gives the theme search records for
 * content without a page on this site (a community's member posts). The theme calls it once per
 * build, whatever the order of `integrations`, with `addRecords`; when search is off the theme
 * does not call it and says so in the build output.
 */
export const SEARCH_RECORDS_HOOK = 'guru-blog:search:records';
export type AddSearchRecords = (records: Iterable<SearchRecord>, options?: { perIndex?: number }) => Promise<void>;
export type SearchRecordsHook = (params: { addRecords: AddSearchRecords; logger: AstroIntegrationLogger }) => void | Promise<void>;
declare global {
  namespace Astro {
    interface IntegrationHooks {
      [SEARCH_RECORDS_HOOK]: SearchRecordsHook;
    }
  }
}

/** The integrations among `integrations` that define the search-records hook. */
export function searchRecordSources(integrations: readonly { name: string; hooks: Record<string, unknown> }[]): SearchRecordSource[] {
  return integrations.flatMap(({ name, hooks }) => {
    const hook = hooks[SEARCH_RECORDS_HOOK];
    return typeof hook === 'function' ? [{ name, hook: hook as SearchRecordsHook }] : [];
  });
}

/** Asks every source for its records, once; the index is written after they are in. */
function collectRecords(session: PagefindSession): Promise<void> {
  session.collected ??= (async () => {
    for (const { name, hook } of session.sources) {
      const logger = session.logger.fork(name);
      await hook({ addRecords: (records, options) => addSearchRecords(session, records, options), logger });
    }
  })();
  return session.collected;
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
 * Adds records to the session's index. Up to `perIndex` records go into the main index; more are
 * split into parts of `perIndex`, and the last part goes into the main index (which the search
 * page needs to hold at least one entry).
 */
export async function addSearchRecords(session: PagefindSession, records: Iterable<SearchRecord>, { perIndex = RECORDS_PER_INDEX } = {}): Promise<void> {
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
}

async function addRecords(session: PagefindSession, index: PagefindIndex, records: SearchRecord[]): Promise<void> {
  for (let at = 0; at < records.length; at += RECORDS_IN_FLIGHT) {
    const sent = records.slice(at, at + RECORDS_IN_FLIGHT).map((record) => index.addCustomRecord(record));
    for (const { errors } of await Promise.all(sent)) session.recordErrors.push(...errors);
  }
  session.records += records.length;
  if (index === session.index) session.mainRecords += records.length;
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

/** Opens the index for this build; undefined (with a warning) when Pagefind cannot start now. */
export async function startPagefind(
  outDir: string,
  logger: AstroIntegrationLogger,
  sources: SearchRecordSource[] = [],
  t: Translate = createTranslator('id'),
): Promise<PagefindSession | undefined> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) {
    logger.warn(t('build.pagefind.late', { errors: errors.join('; ') }));
    return undefined;
  }
  return { index, logger, t, sources, records: 0, mainRecords: 0, recordErrors: [], outDir, parts: [] };
}

/** Pages that Pagefind put in the index it wrote (records included), from its entry file. */
function indexedCount(bundle: string): number {
  try {
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> };
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  } catch {
    return 0;
  }
}

const bundleDir = (dir: string): string => `${dir.replace(/[\\/]$/, '')}/pagefind`;

/**
 * Hands a page to Pagefind as soon as Astro has rendered it: Pagefind's own process indexes it on
 * the other core while Astro renders the next pages, and only writing the bundle is left for
 * after the build.
 */
export function addRenderedPage(session: PagefindSession, page: SearchPage): void {
  const added = session.index.addHTMLFile(page);
  // Awaited before the bundle is written; until then a failure must not count as unhandled.
  added.catch(() => {});
  session.rendered ??= [];
  session.rendered.push(added);
}

/** Adds the pages written in `dir` that mark content for search, a few at a time. */
async function addWrittenPages(index: PagefindIndex, dir: string): Promise<Added[]> {
  const pages = searchPages(dir);
  const results: Added[] = [];
  for (let at = 0; at < pages.length; at += RECORDS_IN_FLIGHT) {
    results.push(...(await Promise.all(pages.slice(at, at + RECORDS_IN_FLIGHT).map((page) => index.addHTMLFile(page)))));
  }
  return results;
}

/**
 * Adds the pages to the session's index — those handed over as they were rendered, or else the
 * ones written in `dir` — and writes the bundle beside them.
 */
async function indexAndWrite(session: PagefindSession, dir: string): Promise<void> {
  const added = session.rendered ? await Promise.all(session.rendered) : await addWrittenPages(session.index, dir);
  const errors = added.flatMap((result) => result.errors);
  if (errors.length) throw new Error(`Pagefind could not index the pages in ${dir}: ${errors.join('; ')}`);
  const written = await session.index.writeFiles({ outputPath: bundleDir(dir) });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
}

/**
 * Finishes the index now, when every page is written but images are still to be encoded (Astro's
 * prerenderer `teardown`), after the sources' records are in.
 */
export function indexWrittenPages(session: PagefindSession): void {
  if (session.early) return;
  const startedAt = performance.now();
  const done = collectRecords(session).then(() => indexAndWrite(session, session.outDir));
  // Awaited in finishPagefind; until then a failure must not count as an unhandled rejection.
  done.catch(() => {});
  session.early = { done, startedAt };
}

/**
 * Indexes the built pages in `dir` beside the sources' records, and writes the bundle. Without a
 * session (Pagefind could not start at build:start) a new index is made, and the sources are asked
 * for their records into it.
 */
export async function finishPagefind(
  started: PagefindSession | undefined,
  dir: string,
  logger: AstroIntegrationLogger,
  sources: SearchRecordSource[] = [],
  t: Translate = started?.t ?? createTranslator('id'),
): Promise<void> {
  const begun = performance.now();
  try {
    let session = started;
    if (!session) {
      const created = await pagefind.createIndex({});
      if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
      session = { index: created.index, logger, t, sources, records: 0, mainRecords: 0, recordErrors: [], outDir: dir, parts: [] };
    }
    const early = session.early;
    if (early) await early.done;
    else {
      await collectRecords(session);
      await indexAndWrite(session, dir);
    }
    if (session.recordErrors.length) throw new Error(`Pagefind could not index a search record: ${session.recordErrors.join('; ')}`);
    const bundle = bundleDir(dir);
    const entries = indexedCount(bundle);
    // Always written, so the search page's request for it never fails; `entries` 0 tells it that
    // there is nothing to search yet (Pagefind cannot open an empty index).
    const manifest: PartsManifest = { entries, parts: session.parts.map((part) => `../${part}`) };
    writeFileSync(join(bundle, PARTS_MANIFEST), JSON.stringify(manifest));
    const parts = session.parts.length ? t('build.pagefind.parts', { count: session.parts.length + 1 }) : '';
    const pages = Math.max(0, entries - session.mainRecords);
    const what = session.records ? t('build.pagefind.pagesAndRecords', { pages, records: session.records, parts }) : t('build.pagefind.pages', { pages });
    const waited = t('build.pagefind.waited', { ms: Math.round(performance.now() - begun) });
    const since = early ? t('build.pagefind.early', { ms: Math.round(performance.now() - early.startedAt) }) : '';
    logger.info(t('build.pagefind.indexed', { what, since, waited }));
  } finally {
    await pagefind.close();
  }
}
