// The example community site, from its fixture feeds to pages in a browser: fetch (feeds served
// from 127.0.0.1), build from the store, assert on the output, then axe and the instant filter.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeEveryPage, launchBrowser, newIsolatedPage, openPagefind, READER_VIEWS, type StaticServer, serveStatic, viewOptions } from '@guru-blog/testing';
import { parseFeed, parseOpml } from 'feedsmith';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = join(ROOT, 'dist');
const require = createRequire(import.meta.url);
const astroBin = join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
const communityBin = join(dirname(require.resolve('@guru-blog/community/package.json')), 'bin', 'guru-community.mjs');
const fixtures = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'blogs.json'), 'utf8')) as { members: { id: string; posts: unknown[] }[] };
const postCount = fixtures.members.reduce((n, m) => n + m.posts.length, 0);

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return { ...result, output: `${result.stdout}\n${result.stderr}` };
}

let fetchOutput = '';
beforeAll(() => {
  rmSync(join(ROOT, '.guru-community'), { recursive: true, force: true });
  const fetched = run([join(ROOT, 'scripts', 'with-fixtures.mjs'), process.execPath, communityBin, 'fetch', '--allow-loopback']);
  fetchOutput = fetched.output;
  // 2 of 15 feeds fail by design (broken, gone): under the 30% limit, so fetch succeeds.
  if (fetched.status !== 0) {
    // What each feed answered, so a failure here can be told apart from a failure of the fetcher.
    const status = run([communityBin, 'status']);
    throw new Error(`fetch failed:\n${fetched.output}\n${status.output}`);
  }
  const built = run([astroBin, 'build']);
  if (built.status !== 0) throw new Error(`astro build failed:\n${built.output}`);
}, 300_000);

const page = (path: string) => readFileSync(join(DIST, path), 'utf8');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('example community site', () => {
  it('fetched every fixture feed but the broken one and the gone one', () => {
    expect(fetchOutput).toContain(`13 diperbarui, 0 tidak berubah, 0 dilewati (belum waktunya), 1 gagal, 1 hilang; ${postCount} tulisan baru.`);
  });

  it('lists all 15 members with facet pages, and a page for each', () => {
    const members = page('anggota/index.html');
    expect(members).toContain('15 anggota');
    for (const m of fixtures.members) expect(readFileSync(join(DIST, 'anggota', m.id, 'index.html'), 'utf8')).toContain('Kunjungi blog');
    expect(page('anggota/kabupaten/sleman/index.html')).toContain('Budi Santoso, S.Pd.');
    expect(page('anggota/jenjang/smp/index.html')).toContain('Joko Prasetyo, S.Pd.I.'); // MTs counts as SMP
    expect(page('anggota/mapel/informatika/index.html')).toContain('Fajar Hidayat, S.Kom.');
  });

  it('the river shows the newest posts first, linking to the members’ blogs', () => {
    const home = page('index.html');
    const first = home.indexOf('Praktikum Uji Amilum dengan Air Ludah');
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(home.indexOf('Membaca Nyaring di Kelas 2'));
    expect(home).toContain('href="https://pakbudi-ipa.wordpress.com/2026/11/20/praktikum-uji-amilum-dengan-air-ludah/"');
    expect(home).toContain('href="https://matematika-bu-ratna.blogspot.com/2026/11/pecahan-senilai-dengan-kertas-lipat.html"');
  });

  it('feed health names the broken feed and the gone blog', () => {
    const health = page('kesehatan/index.html');
    expect(health).toMatch(/Oki Firmansyah<\/a><\/th>\s*<td>hilang<\/td>/);
    expect(health).toMatch(/Nanda Saputra<\/a><\/th>\s*<td>gagal<\/td>[\s\S]*?alamat feed membuka halaman web, bukan feed; hapus kolom/);
  });

  it('combined feeds and OPML parse; statistics count members and posts', () => {
    const rss = parseFeed(page('feed.xml'));
    expect(rss.format).toBe('rss');
    expect('items' in rss.feed && rss.feed.items?.length).toBe(postCount);
    expect(parseOpml(page('anggota.opml')).body?.outlines).toHaveLength(15);
    const stats = page('statistik/index.html');
    expect(stats).toMatch(/<dt>Anggota<\/dt><dd>15<\/dd>/);
    expect(stats).toMatch(new RegExp(`<dt>Tulisan tersimpan</dt><dd>${postCount}</dd>`));
  });

  it('no script, handler or javascript: URL from a feed reaches the built site', () => {
    for (const file of files(DIST).filter((f) => /\.(html|xml|json|opml)$/.test(f))) {
      expect(readFileSync(file, 'utf8'), file).not.toContain('xss-komunitas');
    }
  });

  it('search finds a member post by an Indonesian word, and filters by member', async () => {
    const pagefind = await openPagefind(DIST);
    try {
      expect(await pagefind.search('amilum')).toContain('https://pakbudi-ipa.wordpress.com/2026/11/20/praktikum-uji-amilum-dengan-air-ludah/');
      expect(await pagefind.search('amilum', { anggota: 'Citra Lestari, S.Pd.' })).toEqual([]);
    } finally {
      await pagefind.close();
    }
  });
});

describe('example community site in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const routes = () => [
    ...files(DIST)
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const rel = f.slice(DIST.length).split('\\').join('/');
        return rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
      }),
    '/search/?q=amilum',
  ];
  /** Opens a page and waits for its own scripts: the search page fills in its filters and results after load. */
  const settle = async (tab: Page, path: string) => {
    if (path.startsWith('/search/')) await tab.locator('[data-filters] select:not([disabled])').first().waitFor();
    if (path.includes('?q=')) await tab.locator('[data-results] li a').first().waitFor();
  };

  it('every built page fits 360 px without sideways scrolling, after its scripts ran', async () => {
    const { page: tab, close } = await newIsolatedPage(browser, viewOptions({ width: 360 }));
    const wide: string[] = [];
    for (const path of routes()) {
      await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
      await settle(tab, path);
      // Against 360, not innerWidth: on a phone Chromium widens innerWidth to the content.
      const pageWidth = await tab.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (pageWidth > 360) wide.push(`${path}: ${pageWidth}px`);
    }
    await close();
    expect(wide).toEqual([]);
  }, 600_000);

  // Every built page, in the four ways readers see it: one test each, so a failure names its case.
  // The failures include console errors, so a script the CSP refuses fails here too.
  for (const view of READER_VIEWS) {
    it(`every built page has zero axe violations and no console errors at ${view.width} px, ${view.colorScheme}`, async () => {
      expect(await axeEveryPage(browser, { origin: server.url, paths: routes(), view, settle })).toEqual([]);
    }, 600_000);
  }

  it('filters the members instantly, and works without JavaScript through filter pages', async () => {
    const { page: tab, close } = await newIsolatedPage(browser);
    await tab.goto(`${server.url}/anggota/`, { waitUntil: 'load' });
    await tab.getByLabel('Provinsi').selectOption('jawa-tengah');
    await tab.getByLabel('Jenjang').selectOption('sma');
    expect(await tab.locator('[data-member-list] > li:visible h2').allTextContents()).toEqual([
      'Citra Lestari, S.Pd.',
      'Drs. Hendra Wijaya',
      'Maya Anggraini, S.Si.',
    ]);
    await close();
    const noJs = await newIsolatedPage(browser, { javaScriptEnabled: false } as never);
    await noJs.page.goto(`${server.url}/anggota/`, { waitUntil: 'load' });
    expect(await noJs.page.locator('[data-member-filters]').isHidden()).toBe(true);
    await noJs.page.locator('summary', { hasText: 'Provinsi' }).click();
    await noJs.page
      .getByRole('link', { name: /Jawa Tengah/ })
      .first()
      .click();
    expect(noJs.page.url()).toContain('/anggota/provinsi/jawa-tengah/');
    await noJs.close();
  });
});
