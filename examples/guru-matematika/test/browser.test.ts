import { axeEveryPage, launchBrowser, newIsolatedPage, READER_VIEWS, type StaticServer, serveStatic, viewOptions } from '@guru-blog/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, dist, htmlFiles, routeOf, sourcePosts } from './dist.ts';
import { sourceLessons } from './lessons-source.ts';

// The built example in real headless Chromium (Debian's, installed by the helper when missing),
// served the way a static host serves it, under its real Content-Security-Policy.

let server: StaticServer;
let browser: Browser;
const published = sourcePosts().filter((p) => !p.draft);
const pythagoras = published.find((p) => /pythagoras/.test(p.id))!;
const longPost = published.reduce((a, b) => (b.body.length > a.body.length ? b : a));

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<typeof newIsolatedPage>[1] = {}) {
  const isolated = await newIsolatedPage(browser, options);
  const scripts: string[] = [];
  isolated.page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await isolated.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  return { ...isolated, scripts };
}

/** Every built page readers open; the editor at /admin/ is tested on its own (cms.test.ts). */
const readingPages = () =>
  htmlFiles()
    .map(routeOf)
    .filter((route) => route !== '/admin/');

/** Waits for a page's own scripts after `load`: the search page fills in its filters and results. */
async function settle(page: Page, path: string) {
  if (path.startsWith('/search/')) {
    await page.locator('[data-filters] select:not([disabled])').first().waitFor();
    if (path.includes('?q=')) await page.locator('[data-results] li a').first().waitFor();
  }
}

async function gotoSettled(page: Page, path: string) {
  await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  await settle(page, path);
}

describe('the example blog in a browser', () => {
  // Every built page, in the four ways readers see it: one test each, so a failure names its case.
  // Console errors count as failures, so a script the real CSP refuses fails here too.
  // /admin/ is Decap CMS's own app for the teacher, checked with its file server in cms.test.ts.
  for (const view of READER_VIEWS) {
    it(`passes axe with zero violations and logs no console error on every built page at ${view.width} px, ${view.colorScheme}`, async () => {
      const paths = [...readingPages(), '/search/?q=pecahan'];
      expect(await axeEveryPage(browser, { origin: server.url, paths, view, settle })).toEqual([]);
    }, 600_000);
  }

  it('fetches no script on reading pages', async () => {
    for (const path of ['/', `/posts/${longPost.id}/`, '/tags/']) {
      const { scripts, close } = await open(path);
      expect(scripts, path).toEqual([]);
      await close();
    }
  });

  it('searches from the header and shows the right post first', async () => {
    const { page, consoleErrors, scripts, close } = await open(`/posts/${longPost.id}/`);
    await page.getByRole('link', { name: 'Cari' }).click();
    await page.waitForURL(/\/search\/$/);
    // The search box has the focus when the page opens.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe('search-input');
    await page.keyboard.type('pythagoras');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=pythagoras/);
    const first = page.locator('[data-results] li a').first();
    await first.waitFor();
    const top = await page.locator('[data-results] li a').evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href')));
    expect(top).toContain(`/posts/${pythagoras.id}/`);
    expect(await page.locator('[data-status]').textContent()).toMatch(/\d+ hasil untuk “pythagoras”/);
    expect(scripts.some((s) => s.includes('/pagefind/pagefind.js'))).toBe(true);
    // Narrowing by tag keeps only posts with that tag.
    await page.fill('#search-input', 'siswa');
    await page.selectOption('select[name="tag"]', 'geometri');
    await page.waitForURL(/tag=geometri/);
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('siswa'));
    const hrefs = await page.locator('[data-results] li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const geometri = [
      ...published.filter((p) => p.tags.includes('geometri')).map((p) => `/posts/${p.id}/`),
      ...sourceLessons()
        .filter((l) => (l.data.tags as string[] | undefined)?.includes('geometri'))
        .map((l) => `/lessons/${l.id}/`),
    ];
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(geometri).toContain(href);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('toggles dark mode, remembers it, and shows no flash of the other theme', async () => {
    const { page, context, consoleErrors, close } = await open('/', { colorScheme: 'light' });
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    const toggle = page.locator('[data-theme-toggle]');
    await expect.poll(() => toggle.isVisible(), { timeout: 15_000 }).toBe(true);
    // The toggle says what a press does: to dark in light mode, back to light in dark mode.
    expect(await page.getByRole('button', { name: 'Mode gelap' }).count()).toBe(1);
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.getByRole('button', { name: 'Mode terang' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Mode gelap' }).count()).toBe(0);
    expect(await bg()).not.toBe(light);
    // On a laptop the label is shown, not only announced.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.getByText('Mode terang', { exact: true }).isVisible()).toBe(true);
    // A new page in the same browser profile is dark before any of its content is parsed.
    await context.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? '';
      });
    });
    await page.goto(`${server.url}/posts/${pythagoras.id}/`);
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('dark');
    expect(await bg()).not.toBe(light);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('follows the system dark setting without JavaScript, and every page still reads', async () => {
    const { page, close } = await open(`/posts/${longPost.id}/`, { colorScheme: 'dark', javaScriptEnabled: false });
    expect(await page.locator('h1').textContent()).toBe(longPost.title);
    expect(await page.locator('.post-body p').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 19, 15)');
    await page.goto(`${server.url}/search/`);
    expect(await page.locator('noscript').count()).toBe(1);
    await close();
  });

  it('reaches search and post links with the keyboard alone', async () => {
    const { page, close } = await open('/');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}#${el.id}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim().slice(0, 40)}` : '';
      });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^a#\|#main\|/);
    let reachedSearch = false;
    for (let i = 0; i < 15 && !reachedSearch; i++) {
      await page.keyboard.press('Tab');
      reachedSearch = (await focused()).startsWith('a#|/search/|');
    }
    expect(reachedSearch).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/$/);
    await expect.poll(focused, { timeout: 15_000 }).toMatch(/^input#search-input/);
    await page.keyboard.type('diferensiasi');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\//);
    await page.locator('[data-results] li a').first().waitFor();
    let onResult = false;
    for (let i = 0; i < 30 && !onResult; i++) {
      await page.keyboard.press('Tab');
      onResult = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-results]')));
    }
    expect(onResult).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/posts\/pembelajaran-berdiferensiasi/);
    // From the home page, Tab reaches the post links.
    await page.goto(`${server.url}/`);
    let onPost = false;
    for (let i = 0; i < 30 && !onPost; i++) {
      await page.keyboard.press('Tab');
      onPost = /^a#\|\/posts\/[a-z0-9-]+\/\|/.test(await focused());
    }
    expect(onPost).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await close();
  });

  it('keeps the column alignment a GFM table asks for', async () => {
    const aligned = published.find((p) => /^\|.*:-+:?\s*\|/m.test(p.body) || /^\|.*\|\s*-+:\s*\|/m.test(p.body))!;
    expect(aligned, 'a post with an aligned table column').toBeDefined();
    const { page, close } = await open(`/posts/${aligned.id}/`);
    const right = await page.$$eval('td', (cells) => cells.filter((c) => c.getAttribute('style')?.includes('right')).map((c) => getComputedStyle(c).textAlign));
    expect(right.length).toBeGreaterThan(0);
    expect(new Set(right)).toEqual(new Set(['right']));
    await close();
  });

  it('fits a 360 px phone screen without sideways scrolling, after each page’s scripts ran', async () => {
    const { page, close } = await newIsolatedPage(browser, viewOptions({ width: 360 }));
    const wide: string[] = [];
    // Every page: wide tables, long formulas, embeds and long words must scroll inside the page, not
    // it. Measured against 360, not innerWidth: on a phone Chromium widens innerWidth to the content.
    for (const path of [...readingPages(), '/search/?q=pecahan']) {
      await gotoSettled(page, path);
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (width > 360) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await close();
  });

  it('keeps the phone header to one compact bar: a post title starts in the top quarter of 360×740', async () => {
    const { page, close } = await newIsolatedPage(browser, viewOptions({ width: 360 }));
    for (const path of [`/posts/${longPost.id}/`, `/posts/${pythagoras.id}/`, `/lessons/${sourceLessons()[0]!.id}/`]) {
      await gotoSettled(page, path);
      const box = await page.evaluate(() => {
        const header = document.querySelector('.site-header')!.getBoundingClientRect();
        const title = document.querySelector('main h1')!.getBoundingClientRect();
        return { header: header.height, title: title.top };
      });
      expect(box.header, path).toBeLessThanOrEqual(72);
      expect(box.title, path).toBeLessThan(740 / 4);
    }
    // One bar: name, search, dark-mode toggle and menu share a row.
    const tops = await page
      .locator('.site-title, .search-btn, .theme-toggle, .menu > summary')
      .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)));
    expect(tops).toHaveLength(4);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(2);
    await close();
  });

  it('opens the phone menu without JavaScript, and shows the links in one line on a laptop', async () => {
    const phone = await newIsolatedPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
    await phone.page.goto(`${server.url}/`);
    const menuLink = phone.page.locator('.menu-panel a[href="/lessons/"]');
    expect(await menuLink.isVisible()).toBe(false);
    expect(await phone.page.locator('.nav-wide').isVisible()).toBe(false);
    await phone.page.locator('.menu > summary').click();
    expect(await menuLink.isVisible()).toBe(true);
    await menuLink.click();
    await phone.page.waitForURL(/\/lessons\/$/);
    await phone.close();
    const laptop = await open('/', { viewport: { width: 1280, height: 800 } });
    expect(await laptop.page.locator('.menu').isVisible()).toBe(false);
    const header = await laptop.page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    expect(header).toBeLessThanOrEqual(64);
    const tops = await laptop.page.locator('.nav-wide a').evaluateAll((as) => new Set(as.map((a) => Math.round(a.getBoundingClientRect().top))).size);
    expect(tops).toBe(1);
    await laptop.close();
  });

  it('shares a post and a lesson with plain links: exact addresses, no script fetched', async () => {
    const site = 'https://bu-ratna.example.sch.id';
    const lesson = sourceLessons()[0]!;
    for (const [path, title] of [
      [`/posts/${pythagoras.id}/`, pythagoras.title],
      [`/lessons/${lesson.id}/`, String(lesson.data.title)],
    ] as const) {
      const { page, scripts, close } = await open(path);
      const hrefs = await page
        .locator('.share a')
        .evaluateAll((as) => Object.fromEntries(as.map((a) => [a.getAttribute('data-share'), a.getAttribute('href')])));
      const url = `${site}${path}`;
      const e = encodeURIComponent;
      expect(hrefs).toEqual({
        whatsapp: `https://wa.me/?text=${e(`${title} ${url}`)}`,
        telegram: `https://t.me/share/url?url=${e(url)}&text=${e(title)}`,
        facebook: `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`,
        x: `https://x.com/intent/tweet?text=${e(title)}&url=${e(url)}`,
        email: `mailto:?subject=${e(title)}&body=${e(`${title}\n${url}`)}`,
        copy: url,
      });
      expect(scripts, path).toEqual([]);
      await close();
    }
  });

  it('sends a 720 px phone the 720 px images, and a sharper screen the large ones', async () => {
    // The image each screen really loads (currentSrc), against the srcset candidate of that width.
    async function loaded(device: Parameters<typeof newIsolatedPage>[1]) {
      const { page, close } = await newIsolatedPage(browser, device);
      await page.goto(`${server.url}/posts/${pythagoras.id}/`, { waitUntil: 'load' });
      const pick = async (selector: string) => {
        const img = page.locator(selector);
        await img.scrollIntoViewIfNeeded();
        await page.waitForFunction((el) => el instanceof HTMLImageElement && el.complete && el.currentSrc !== '', await img.elementHandle());
        return img.evaluate((el: HTMLImageElement) => {
          const srcset = (el.parentElement?.querySelector('source')?.srcset || el.srcset).split(',').map((c) => c.trim().split(/\s+/));
          return srcset.find(([src]) => new URL(src!, location.href).href === el.currentSrc)?.[1] ?? el.currentSrc;
        });
      };
      const chosen = { hero: await pick('figure.hero img'), photo: await pick('.post-body img[alt^="Tiang bendera"]') };
      await close();
      return chosen;
    }
    // A budget Android phone: 720 px wide (HD+) at 360 CSS px.
    expect(await loaded({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true })).toEqual({ hero: '720w', photo: '720w' });
    // A 1080 px phone, and a laptop at 1x.
    expect(await loaded({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true })).toEqual({ hero: '960w', photo: '1280w' });
    expect(await loaded({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })).toEqual({ hero: '720w', photo: '720w' });
  });

  it('prints the post without site chrome', async () => {
    const { page, close } = await open(`/posts/${longPost.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.toc', '.prev-next', '[data-theme-toggle]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('article h1').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await close();
  });
});
