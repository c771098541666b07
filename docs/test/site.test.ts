// The built docs site (turbo builds it before the tests): every page passes axe at a phone and a
// laptop width, and the search finds Indonesian words. Broken internal links already fail the
// build (starlight-links-validator).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeEveryPage, launchBrowser, newIsolatedPage, type StaticServer, serveStatic } from '@guru-blog/testing';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : pages(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** `/kelas/1-pasang-node/` for dist/kelas/1-pasang-node/index.html. */
const urlPath = (file: string) => `/${relative(DIST, file).split(sep).join('/')}`.replace(/index\.html$/, '');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('docs/dist is missing: run `pnpm --filter @guru-blog/docs build` first');
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('docs site', () => {
  it('has the course, the guides, and generated reference and troubleshooting pages in both languages', () => {
    const paths = pages(DIST).map(urlPath);
    for (const path of [
      '/',
      '/en/',
      '/kelas/1-pasang-node/',
      '/kelas/7-terbit/',
      '/panduan/tanpa-laptop/',
      '/referensi/opsi-tema/',
      '/en/referensi/opsi-tema/',
      '/masalah/create-guru-blog/',
      '/en/masalah/members/',
      '/en/kelas/1-pasang-node/',
      '/en/kelas/7-terbit/',
      '/en/panduan/tanpa-laptop/',
      '/en/panduan/pelatihan/',
    ]) {
      expect(paths).toContain(path);
    }
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toMatch(/<html[^>]+lang="id"/);
    expect(readFileSync(join(DIST, 'en', 'index.html'), 'utf8')).toMatch(/<html[^>]+lang="en"/);

    // Every course unit and guide is written in English, not Starlight's fallback: a missing page
    // is still built under /en/ (with lang="en") but shows the Indonesian text under a notice.
    const handWritten = paths.filter((p) => /^\/(kelas|panduan)\//.test(p));
    expect(handWritten.length).toBeGreaterThanOrEqual(22);
    expect(paths.filter((p) => /^\/en\/(kelas|panduan)\//.test(p)).sort()).toEqual(handWritten.map((p) => `/en${p}`).sort());
    const heading = (html: string) => /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
    const notEnglish = handWritten.filter((path) => {
      const english = readFileSync(join(DIST, 'en', path, 'index.html'), 'utf8');
      return (
        !/<html[^>]+lang="en"/.test(english) ||
        // Starlight's English notice on a fallback page (FallbackContentNotice, i18n.untranslatedContent).
        english.includes('This content is not available in your language yet.') ||
        heading(english) === heading(readFileSync(join(DIST, path, 'index.html'), 'utf8'))
      );
    });
    expect(notEnglish).toEqual([]);
  });

  it('every page has no axe violations and no console errors at 360 and 1280 px', async () => {
    const paths = pages(DIST).map(urlPath);
    // The two widths run side by side: one browser page each, so both cores work.
    const failures = await Promise.all([360, 1280].map((width) => axeEveryPage(browser, { origin: server.url, paths, view: { width } })));
    expect(failures.flat()).toEqual([]);
  }, 2_400_000);

  /** Types `query` in the site's search dialog on an Indonesian page and returns the result links. */
  async function searchResults(query: string): Promise<string[]> {
    const { page, consoleErrors, close } = await newIsolatedPage(browser, { viewport: { width: 360, height: 800 } });
    try {
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      await page.locator('site-search button[data-open-modal]').first().click();
      await page.locator('site-search dialog input').fill(query);
      const links = page.locator('site-search dialog .pagefind-ui__result-link');
      await links.first().waitFor({ timeout: 30_000 });
      expect(consoleErrors).toEqual([]);
      return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((href) => new URL(href, server.url).pathname);
    } finally {
      await close();
    }
  }

  it('the search finds Indonesian words by their stem: "pemasangan" finds the unit titled "Pasang"', async () => {
    expect(await searchResults('pemasangan node')).toEqual(expect.arrayContaining([expect.stringMatching(/^\/kelas\/1-pasang-node\//)]));
    expect(await searchResults('sematan wordwall')).toEqual(expect.arrayContaining([expect.stringMatching(/^\/panduan\/sematan\//)]));
    // A message as a teacher would paste it from the terminal finds its explanation.
    expect(await searchResults('folder sudah berisi berkas')).toEqual(expect.arrayContaining([expect.stringMatching(/^\/masalah\/create-guru-blog\//)]));
  });
});
