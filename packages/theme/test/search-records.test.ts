// Search records without pages (a community's member posts): few go into the main index, many are
// split into parts that the search page merges, and every record stays findable.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPagefind, temporaryFolders, writeFiles } from '@guru-blog/testing';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../src/i18n/index.ts';
import {
  finishPagefind,
  indexWrittenPages,
  PARTS_MANIFEST,
  type PartsManifest,
  type SearchRecord,
  type SearchRecordSource,
  searchRecordSources,
  startPagefind,
} from '../src/integration/pagefind.ts';
import { searchableHtml } from '../src/integration/search-pages.ts';

const temp = temporaryFolders();

const logged: string[] = [];
const logger = {
  info: (m: string) => logged.push(m),
  warn: (m: string) => logged.push(m),
  fork: () => logger,
} as unknown as AstroIntegrationLogger;
const WORDS = ['fotosintesis', 'pecahan', 'gunung', 'pantun', 'sepakbola', 'algoritma', 'ekosistem'];
const records = (count: number): SearchRecord[] =>
  Array.from({ length: count }, (_, i) => ({
    url: `https://guru${i}.example.sch.id/tulisan-${i}.html`,
    content: `Tulisan ${WORDS[i % WORDS.length]} nomor ${i}`,
    language: 'id',
    meta: { title: `Tulisan ${i}` },
    filters: { anggota: [`Guru ${i % 3}`] },
  }));

const html = (body: string) => `<!doctype html><html lang="id"><head><title>t</title></head><body>${body}</body></html>`;
/** Built pages as a site without a published post has them: nothing marked for search. */
const UNMARKED = { 'index.html': html('<h1>Beranda</h1><p>Beranda tentang fotosintesis.</p>'), '404.html': html('<p>Halaman fotosintesis tidak ada.</p>') };

/** Opens the written index in `dist` for `use`, and closes it afterwards. */
async function inIndex(dist: string, use: (pagefind: Awaited<ReturnType<typeof openPagefind>>) => Promise<void>): Promise<void> {
  const pagefind = await openPagefind(dist);
  try {
    await use(pagefind);
  } finally {
    await pagefind.close();
  }
}

/** A fresh output folder holding these built pages. */
function written(pages: Record<string, string>): string {
  return writeFiles(temp('guru-search-records-'), pages);
}

/** An integration giving `count` records through the theme's hook; `asked` counts its calls. */
function source(count: number, perIndex?: number) {
  const made = {
    asked: 0,
    integration: {
      name: 'records-source',
      hooks: {
        'guru-blog:search:records': async ({ addRecords }: { addRecords: (r: Iterable<SearchRecord>, o?: { perIndex?: number }) => Promise<void> }) => {
          made.asked++;
          await addRecords(records(count), { perIndex });
        },
      },
    },
  };
  return made;
}

async function build(count: number, perIndex: number, pages: Record<string, string> = UNMARKED) {
  const dist = written(pages);
  const sources = searchRecordSources([source(count, perIndex).integration]);
  const session = await startPagefind(dist, logger, sources);
  expect(session).toBeDefined();
  await finishPagefind(session, dist, logger, sources);
  const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', PARTS_MANIFEST), 'utf8')) as PartsManifest;
  return { dist, parts: manifest.parts, entries: manifest.entries };
}

describe('search records', () => {
  it('come from the integrations that define the hook, whatever their place in the list', () => {
    const sources = searchRecordSources([{ name: 'a', hooks: {} }, source(1).integration, { name: 'b', hooks: { 'astro:build:done': () => {} } }]);
    expect(sources.map((s: SearchRecordSource) => s.name)).toEqual(['records-source']);
  });

  it('are asked for once, also when Pagefind could not start at build:start', async () => {
    const dist = written(UNMARKED);
    const giver = source(2);
    const sources = searchRecordSources([giver.integration]);
    await finishPagefind(undefined, dist, logger, sources);
    expect(giver.asked).toBe(1);
    expect(logged.at(-1)).toMatch(/0 halaman dan 2 catatan/);
  }, 60_000);

  it('none at all: the manifest says the index is empty, for the search page to say so', async () => {
    // Pages that mark nothing for search (home, 404) stay out, rather than being indexed whole.
    const { parts, entries } = await build(0, 10);
    expect({ parts, entries }).toEqual({ parts: [], entries: 0 });
  }, 60_000);

  it('sit beside the pages that mark content for search; unmarked pages stay out', async () => {
    const marked = {
      ...UNMARKED,
      'posts/daun/index.html': html('<nav>Menu fotosintesis</nav><article data-pagefind-body><h1>Daun</h1><p>Fotosintesis di daun.</p></article>'),
    };
    const { dist, entries } = await build(2, 10, marked);
    expect(entries).toBe(3);
    expect(logged.at(-1)).toMatch(/1 halaman dan 2 catatan/);
    await inIndex(dist, async (pagefind) => {
      expect((await pagefind.search('fotosintesis')).sort()).toEqual(['/posts/daun/', 'https://guru0.example.sch.id/tulisan-0.html']);
      expect(await pagefind.search('menu')).toEqual([]);
    });
  }, 60_000);

  it('fit in the main index when there are few; the manifest of parts is empty', async () => {
    const { dist, parts, entries } = await build(5, 10);
    expect(parts).toEqual([]);
    expect(entries).toBe(5);
    expect(existsSync(join(dist, 'pagefind-parts'))).toBe(false);
    await inIndex(dist, async (pagefind) => {
      expect(await pagefind.search('fotosintesis')).toEqual(['https://guru0.example.sch.id/tulisan-0.html']);
    });
  }, 60_000);

  it('are split into parts beyond perIndex, the last part in the main index, and all stay findable', async () => {
    const { dist, parts, entries } = await build(23, 5);
    // 23 records in fives: four parts of 5 written one after the other, the last 3 in the main index.
    expect(entries).toBe(3);
    expect(parts).toEqual(['../pagefind-parts/1/', '../pagefind-parts/2/', '../pagefind-parts/3/', '../pagefind-parts/4/']);
    expect(logged.at(-1)).toMatch(/0 halaman dan 23 catatan dalam 5 indeks/);
    await inIndex(dist, async (pagefind) => {
      const found = await pagefind.search('fotosintesis');
      expect(found.sort()).toEqual([0, 7, 14, 21].map((i) => `https://guru${i}.example.sch.id/tulisan-${i}.html`).sort());
      expect((await pagefind.search(null, { anggota: 'Guru 1' })).length).toBe(8);
      expect(Object.keys((await pagefind.filters()).anggota ?? {}).sort()).toEqual(['Guru 0', 'Guru 1', 'Guru 2']);
    });
  }, 60_000);
});

describe('pages indexed while images are encoded', () => {
  const MARKED = { ...UNMARKED, 'posts/daun/index.html': html('<article data-pagefind-body><h1>Daun</h1><p>Fotosintesis di daun.</p></article>') };

  it('are indexed and written once Astro has written them, before build:done', async () => {
    const dist = written(MARKED);
    // An English site: the line is in English.
    const session = await startPagefind(dist, logger, [], createTranslator('en'));
    if (!session) throw new Error('Pagefind did not start');
    indexWrittenPages(session);
    // The bundle appears without finishPagefind being called: the work began early.
    await expect.poll(() => existsSync(join(dist, 'pagefind', 'pagefind-entry.json')), { timeout: 30_000 }).toBe(true);
    await finishPagefind(session, dist, logger);
    expect(logged.at(-1)).toMatch(/^Pagefind indexed 1 pages \(in \d+ ms, begun while images were encoded; \d+ ms after the build\)$/);
    const manifest = JSON.parse(readFileSync(join(dist, 'pagefind', PARTS_MANIFEST), 'utf8')) as PartsManifest;
    expect(manifest.entries).toBe(1);
    await inIndex(dist, async (pagefind) => {
      expect(await pagefind.search('fotosintesis')).toEqual(['/posts/daun/']);
    });
  }, 60_000);

  it("hold the sources' records, asked for once, before the index is written", async () => {
    const dist = written(MARKED);
    const giver = source(2);
    const sources = searchRecordSources([giver.integration]);
    const session = await startPagefind(dist, logger, sources);
    if (!session) throw new Error('Pagefind did not start');
    indexWrittenPages(session);
    await finishPagefind(session, dist, logger, sources);
    expect(giver.asked).toBe(1);
    expect(logged.at(-1)).toMatch(/1 halaman dan 2 catatan \(dalam \d+ ms, dimulai selagi gambar diproses/);
    await inIndex(dist, async (pagefind) => {
      expect((await pagefind.search('fotosintesis')).sort()).toEqual(['/posts/daun/', 'https://guru0.example.sch.id/tulisan-0.html']);
    });
  }, 60_000);
});

describe('what Pagefind is given of a page', () => {
  it('the language, the title and the body from the marked element on; nothing of an unmarked page', () => {
    const page =
      '<!doctype html><html lang="en" data-theme="x"><head><title>Daun</title><meta name="description" content="d"><script type="application/ld+json">{}</script></head>' +
      '<body><header><nav>Menu</nav></header><main><article class="post" data-pagefind-body><h1>Daun</h1></article><nav>Berikutnya</nav></main></body></html>';
    expect(searchableHtml(Buffer.from(page))).toBe(
      '<html lang="en" data-theme="x"><head><title>Daun</title></head><body><article class="post" data-pagefind-body><h1>Daun</h1></article><nav>Berikutnya</nav></main></body></html>',
    );
    expect(searchableHtml(Buffer.from(html('<h1>Beranda</h1>')))).toBeUndefined();
  });

  it('reads the page as bytes and decodes text in any script whole', () => {
    const page =
      '<html lang="id"><head><title>Salat — صلاة</title></head><body><p>Menu…</p><article data-pagefind-body><p>Niat: نَوَيْتُ, café, 🙂</p></article></body></html>';
    expect(searchableHtml(Buffer.from(page))).toBe(
      '<html lang="id"><head><title>Salat — صلاة</title></head><body><article data-pagefind-body><p>Niat: نَوَيْتُ, café, 🙂</p></article></body></html>',
    );
  });
});
