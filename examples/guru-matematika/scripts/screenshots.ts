// Screenshots of every page kind of the example blog (and of the example community when it is
// built) at 360 and 1280 px, light and dark, for the docs: `pnpm --filter guru-matematika
// screenshots [outDir] [--full] [--only=blog-home,community-stats]`. The default folder is docs/src/assets/screenshots/theme/.
// The built sites are served from 127.0.0.1 and loaded in Debian's Chromium, each page after its
// own scripts ran (the search page waits for its results).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newIsolatedPage, serveStatic } from '@guru-blog/testing';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const outDir = args.find((a) => !a.startsWith('--')) ?? join(here, '../../../docs/src/assets/screenshots/theme');
mkdirSync(outDir, { recursive: true });

type Shot = { name: string; path: string; wait?: string };
const sites: { name: string; dist: string; shots: Shot[] }[] = [
  {
    name: 'blog',
    dist: join(here, '../dist'),
    shots: [
      { name: 'home', path: '/' },
      { name: 'post', path: '/posts/teorema-pythagoras-dengan-tali-simpul/' },
      { name: 'post-table', path: '/posts/mengolah-nilai-ulangan-dengan-spreadsheet/' },
      { name: 'posts', path: '/posts/' },
      { name: 'lesson', path: '/lessons/persamaan-linear-satu-variabel/' },
      { name: 'lessons', path: '/lessons/' },
      { name: 'subject', path: '/mapel/matematika/' },
      { name: 'tags', path: '/tags/' },
      { name: 'tag', path: '/tags/geometri/' },
      { name: 'archive', path: '/archive/' },
      { name: 'about', path: '/about/' },
      { name: 'search', path: '/search/?q=pecahan', wait: '[data-results] li a' },
      { name: '404', path: '/404.html' },
    ],
  },
  {
    name: 'community',
    dist: join(here, '../../komunitas/dist'),
    shots: [
      { name: 'home', path: '/' },
      { name: 'members', path: '/anggota/' },
      { name: 'stats', path: '/statistik/' },
      { name: 'health', path: '/kesehatan/' },
    ],
  },
];

const browser = await launchBrowser();
let written = 0;
try {
  for (const site of sites) {
    if (!existsSync(join(site.dist, 'index.html'))) {
      console.log(`${site.name}: not built (${site.dist}), skipped`);
      continue;
    }
    const server = await serveStatic(site.dist);
    try {
      for (const [width, height, mobile] of [
        [360, 740, true],
        [1280, 800, false],
      ] as const) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const { page, close } = await newIsolatedPage(browser, {
            viewport: { width, height },
            deviceScaleFactor: mobile ? 2 : 1,
            isMobile: mobile,
            hasTouch: mobile,
            colorScheme,
          });
          for (const shot of site.shots.filter((s) => !only || only.includes(`${site.name}-${s.name}`))) {
            await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
            if (shot.wait) await page.locator(shot.wait).first().waitFor();
            // Lazy images below the fold load for a full-page picture.
            if (full)
              await page.evaluate(() => {
                for (const img of document.querySelectorAll('img[loading="lazy"]')) img.setAttribute('loading', 'eager');
              });
            await page.waitForFunction(() => [...document.images].every((img) => img.loading === 'lazy' || img.complete));
            const file = join(outDir, `${site.name}-${shot.name}-${width}-${colorScheme}.png`);
            await page.screenshot({ path: file, fullPage: full });
            written++;
          }
          await close();
        }
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`${written} screenshots in ${outDir}`);
