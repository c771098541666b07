// The community site, built for real: members and feeds served from loopback servers, fetched into
// the store, then `astro build` from the store alone (the servers are closed before it runs), then
// opened in headless Chromium.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatViolations, launchBrowser, newIsolatedPage, openPagefind, runAxe, type StaticServer, serveStatic, startLoopbackFarm } from '@guru-blog/testing';
import { parseFeed as parseAnyFeed, parseOpml } from 'feedsmith';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/fetch/policy.ts';
import { runFetch } from '../src/fetch/run-fetch.ts';
import { loadMembersFile } from '../src/members/index.ts';
import { Store } from '../src/store/store.ts';
import { atomFeed, jsonFeed, rss, rssItem } from './fault/feeds.ts';

const PKG = fileURLToPath(new URL('../', import.meta.url));
const SITE = join(PKG, '.work', 'site');
const DIST = join(SITE, 'dist');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const XSS = `<p>Baca ini.</p><script>alert(1337)</script><img src="https://img.example/a.png" onerror="alert(1337)"><a href="javascript:alert(1337)">klik</a>`;

const FEEDS: Record<string, { type: string; body: string }> = {
  ani: { type: 'application/atom+xml', body: atomFeed('pecahan-senilai') },
  budi: {
    type: 'application/rss+xml',
    body: rss(
      [
        rssItem('budi-1', 'Belajar Gaya dengan Kereta Dorong', '<p>Percobaan gaya di kelas 8.</p>', 'Mon, 09 Nov 2026 08:00:00 +0700'),
        rssItem('budi-2', 'Fotosintesis di Halaman Sekolah', XSS, 'Tue, 10 Nov 2026 08:00:00 +0700'),
        rssItem('budi-3', 'Ekosistem Sawah', '<p>Rantai makanan di sawah.</p>', 'Wed, 11 Nov 2026 08:00:00 +0700'),
      ].join('\n'),
    ),
  },
  citra: { type: 'application/feed+json', body: jsonFeed('teks-prosedur') },
};

let buildLog = '';

beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(dirname(SITE), { recursive: true });
  cpSync(fileURLToPath(new URL('./fixtures/site/', import.meta.url)), SITE, { recursive: true });
  const farm = await startLoopbackFarm(['127.0.0.1'], (req, res) => {
    const name = /^\/(\w+)\/feed$/.exec(req.url ?? '')?.[1] ?? '';
    if (name === 'dedi') return void res.writeHead(410).end();
    const feed = FEEDS[name];
    if (!feed) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': feed.type }).end(feed.body);
  });
  const origin = farm.origins[0];
  // A Google Forms export, the organizer's usual route: the site finds members.csv by itself, as
  // the CLI does; the same province and regency come written two ways.
  const csv = [
    'Stempel waktu,Nama Lengkap dan Gelar,Alamat Blog,Feed,Asal Sekolah,Jenjang,Mata Pelajaran yang Diampu,Provinsi,Kabupaten/Kota',
    `2026/11/01 08:00,"Ani Suryani, S.Pd.",https://bu-ani.blogspot.com/,${origin}/ani/feed,SMP Negeri 2 Depok,SMP,Matematika,DI Yogyakarta,Sleman`,
    `2026/11/01 08:05,Budi Santoso,https://pakbudi.wordpress.com/,${origin}/budi/feed,,SMP,IPA,D.I. Yogyakarta,Kab. Sleman`,
    `2026/11/01 08:10,Citra Lestari,https://citra.example.sch.id/,${origin}/citra/feed,,SMA,Bahasa Inggris,Jawa Tengah,Magelang`,
    `2026/11/01 08:15,Dedi,https://dedi.example.sch.id/,${origin}/dedi/feed,,SD,,,`,
    `2026/11/01 08:20,Eka,https://eka.example.sch.id/,${origin}/eka/feed,,SD,,,`,
  ];
  writeFileSync(join(SITE, 'members.csv'), `${csv.join('\r\n')}\r\n`);
  const { members, issues } = loadMembersFile(join(SITE, 'members.csv'));
  expect(issues).toEqual([]);
  await runFetch({ members, store: new Store(join(SITE, '.guru-community')), policy: { ...DEFAULT_POLICY, allowLoopback: true } });
  await farm.close();
  const build = spawnSync(process.execPath, [astroBin, 'build'], { cwd: SITE, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  buildLog = `${build.stdout}${build.stderr}`;
}, 300_000);

const page = (path: string) => readFileSync(join(DIST, path), 'utf8');

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('community site', () => {
  it("the build says in the site's language how many member posts went into search", () => {
    expect(buildLog).toMatch(/pencarian: 5 tulisan anggota masuk indeks \(\d+ ms\)/);
    expect(buildLog).toMatch(/Pagefind mengindeks \d+ halaman dan 5 catatan/);
  });

  it('home is the river of latest posts, paginated, linking to the members’ blogs', () => {
    const home = page('index.html');
    expect(home).toContain('<title>Blog Guru IGI Sleman</title>');
    expect(home).toContain('href="https://guru.example.sch.id/budi-3.html"');
    expect(home.indexOf('Ekosistem Sawah')).toBeLessThan(home.indexOf('Fotosintesis di Halaman Sekolah'));
    expect(existsSync(join(DIST, 'terbaru', '2', 'index.html'))).toBe(true);
    expect(home).toContain('Budi Santoso');
  });

  it('a site overrides words and components through the options', () => {
    const home = page('index.html');
    expect(home).toMatch(/<a href="\/anggota\/"[^>]*>Daftar Guru<\/a>/);
    expect(home).toContain('<article class="my-post">');
    // The member page keeps using the same override.
    expect(page('anggota/budi-santoso/index.html')).toContain('<article class="my-post">');
  });

  it('member directory with filter pages for provinsi, kabupaten, jenjang and mapel', () => {
    const members = page('anggota/index.html');
    for (const name of ['Ani Suryani, S.Pd.', 'Budi Santoso', 'Citra Lestari', 'Dedi', 'Eka']) expect(members).toContain(name);
    expect(members).toContain('href="/anggota/provinsi/di-yogyakarta/"');
    const jogja = page('anggota/provinsi/di-yogyakarta/index.html');
    expect(jogja).toContain('Budi Santoso');
    expect(jogja).not.toContain('Citra Lestari');
    expect(page('anggota/mapel/ipa/index.html')).toContain('Budi Santoso');
    expect(page('anggota/jenjang/sma/index.html')).toContain('Citra Lestari');
    expect(page('anggota/kabupaten/magelang/index.html')).toContain('Citra Lestari');
    // "D.I. Yogyakarta" and "DI Yogyakarta", "Kab. Sleman" and "Sleman": one filter value each.
    expect(jogja).toContain('Ani Suryani, S.Pd.');
    const sleman = page('anggota/kabupaten/sleman/index.html');
    expect(sleman).toContain('Ani Suryani, S.Pd.');
    expect(sleman).toContain('Budi Santoso');
    expect(readdirSync(join(DIST, 'anggota', 'provinsi'))).toEqual(['di-yogyakarta', 'jawa-tengah']);
    expect(readdirSync(join(DIST, 'anggota', 'kabupaten'))).toEqual(['magelang', 'sleman']);
  });

  it('a page per member with profile, recent posts and the blog link', () => {
    const ani = page('anggota/ani-suryani/index.html');
    expect(ani).toContain('SMP Negeri 2 Depok, Sleman, DI Yogyakarta');
    expect(ani).toContain('href="https://bu-ani.blogspot.com/"');
    expect(ani).toContain('Atom pecahan-senilai');
    expect(page('anggota/dedi/index.html')).toContain('Belum ada tulisan');
  });

  it('feed health for organizers, worst first', () => {
    const health = page('kesehatan/index.html');
    expect(health.indexOf('Dedi')).toBeLessThan(health.indexOf('Budi Santoso'));
    expect(health).toMatch(/Dedi<\/a><\/th>\s*<td>hilang<\/td>/);
    expect(health).toMatch(/Eka<\/a><\/th>\s*<td>gagal<\/td>/);
    // What to do, in the site's language, not "http-404".
    expect(health).toContain('feed tidak ditemukan (404); periksa alamat feed, atau hapus kolom');
    expect(health).toContain('blog atau feed sudah dihapus (410); tanyakan alamat barunya kepada anggota');
    expect(health).not.toContain('http-404');
  });

  it('the footer and the OPML speak for a directory of other people’s blogs', () => {
    expect(page('index.html')).toContain('Setiap tulisan milik penulisnya; untuk memakainya ulang, ikuti ketentuan di blog penulis.');
    expect(page('index.html')).not.toContain('Isi blog ini boleh dipakai ulang');
    expect(parseOpml(page('anggota.opml')).head?.title).toBe('Blog Guru IGI Sleman: blog para anggota');
  });

  it('statistics with a posts-per-month SVG made at build time', () => {
    const stats = page('statistik/index.html');
    expect(stats).toMatch(/<dt>Anggota<\/dt><dd>5<\/dd>/);
    expect(stats).toMatch(/<dt>Tulisan tersimpan<\/dt><dd>5<\/dd>/);
    expect(stats).toMatch(/<svg viewBox="0 0 360 316" role="img" aria-label="Grafik batang jumlah tulisan per bulan/);
  });

  it('combined RSS, Atom and JSON feeds and the OPML parse, newest first, sanitized', () => {
    for (const file of ['feed.xml', 'atom.xml', 'feed.json']) {
      const feed = parseAnyFeed(page(file));
      const items = 'items' in feed.feed ? feed.feed.items : 'entries' in feed.feed ? feed.feed.entries : [];
      expect(items, file).toHaveLength(5);
    }
    const opml = parseOpml(page('anggota.opml'));
    expect(opml.body?.outlines).toHaveLength(5);
  });

  it('nothing active from a feed reaches any built file', () => {
    for (const file of allFiles(DIST).filter((f) => /\.(html|xml|json|opml)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('alert(1337)');
    }
  });

  it('search finds member posts, with their members as filters', async () => {
    const pagefind = await openPagefind(DIST);
    try {
      expect(pagefind.parts.length).toBeGreaterThan(1);
      expect(existsSync(join(DIST, 'pagefind-parts', '1', 'pagefind-entry.json'))).toBe(true);
      expect(await pagefind.search('fotosintesis')).toContain('https://guru.example.sch.id/budi-2.html');
      expect(await pagefind.search('sawah', { anggota: 'Citra Lestari' })).toEqual([]);
      const filters = await pagefind.filters();
      expect(Object.keys(filters.anggota ?? {})).toContain('Budi Santoso');
    } finally {
      await pagefind.close();
    }
  });
});

let server: StaticServer;
let browser: Browser;
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('community site in a browser', () => {
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchBrowser();
  });

  it('passes axe with zero violations, light and dark, with no console errors', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of ['/', '/terbaru/2/', '/anggota/', '/anggota/provinsi/di-yogyakarta/', '/anggota/budi-santoso/', '/kesehatan/', '/statistik/']) {
        const { page, consoleErrors, close } = await newIsolatedPage(browser, { colorScheme });
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        const violations = await runAxe(page);
        expect(violations, `${path} (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
        expect(consoleErrors, path).toEqual([]);
        await close();
      }
    }
    // Fourteen pages through axe: on a loaded 2-core machine this alone nears the default 3 minutes.
  }, 360_000);

  it('filters members instantly when JavaScript runs', async () => {
    const { page, close } = await newIsolatedPage(browser);
    await page.goto(`${server.url}/anggota/`, { waitUntil: 'load' });
    const visible = () => page.locator('[data-member-list] > li:visible h2').allTextContents();
    expect(await visible()).toHaveLength(5);
    await page.getByLabel('Jenjang').selectOption('smp');
    expect(await visible()).toEqual(['Ani Suryani, S.Pd.', 'Budi Santoso']);
    await page.getByLabel('Mata pelajaran').selectOption('ipa');
    expect(await visible()).toEqual(['Budi Santoso']);
    await close();
  });

  it('search from the header finds a member post', async () => {
    const { page, consoleErrors, close } = await newIsolatedPage(browser);
    await page.goto(`${server.url}/search/?q=fotosintesis`, { waitUntil: 'load' });
    const link = page.locator('[data-results] li a').first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://guru.example.sch.id/budi-2.html');
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
