import { formatViolations, launchBrowser, newIsolatedPage, runAxe, type StaticServer, serveStatic } from '@guru-blog/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_FRAME_HOSTS } from '../src/embeds/parse.ts';
import { BUILD_TIMEOUT_MS, buildLessonMarkdown, dist } from './lesson-markdown-build.ts';

// The click-to-load facades in real headless Chromium, under the page's real CSP (which the
// srcdoc facade documents inherit), with JavaScript on and off. The network is closed
// (newIsolatedPage aborts and records every non-loopback request in `blockedRequests`), so an
// embed host showing up there is proof the page tried to load it.

const MD = '/posts/rumus-dan-video/';
const MDX = '/posts/komponen-mdx/';

let server: StaticServer;
let browser: Browser;

// The fixture build is shared with markdown-features.test.ts and runs while the other packages'
// suites compete for the same cores: under `npm test` it has taken over 2 minutes.
beforeAll(async () => {
  const build = await buildLessonMarkdown();
  expect(build.code, build.output).toBe(0);
  server = await serveStatic(dist);
  browser = await launchBrowser();
}, BUILD_TIMEOUT_MS);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const frameHost = (url: string) => (EMBED_FRAME_HOSTS as readonly string[]).includes(new URL(url).hostname);
const thumbnail = /^https:\/\/i\.ytimg\.com\/vi\/[\w-]{11}\/hqdefault\.jpg$/;

async function open(path: string, options: Parameters<typeof newIsolatedPage>[1] = {}) {
  const isolated = await newIsolatedPage(browser, options);
  const local: string[] = [];
  const scripts: string[] = [];
  isolated.page.on('request', (r) => {
    if (r.url().startsWith(server.url)) local.push(r.url().slice(server.url.length));
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await isolated.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  // Bring every facade into view, so any lazy iframe that were to load would load now, then wait
  // until the network has been quiet for 500 ms (Playwright's networkidle): the bounded window in
  // which such an iframe would have asked for its page.
  for (const embed of await isolated.page.locator('.embed').all()) await embed.scrollIntoViewIfNeeded();
  await settled(isolated.page);
  return { ...isolated, local, scripts };
}

/** Waits until no request has been made for 500 ms (see open()). */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

async function expectNoViolations(page: Page, label: string) {
  const violations = await runAxe(page);
  expect(violations, `${label}:\n${formatViolations(violations)}`).toEqual([]);
}

/** The one link inside a facade's srcdoc document. */
function facade(page: Page, provider: string) {
  return page.frameLocator(`.embed--${provider} iframe >> nth=0`).locator('a');
}

const CASES = [
  [MD, 'google-slides', 'https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef/embed?start=false&loop=false&delayms=3000'],
  [MD, 'quizizz', 'https://wayground.com/embed/quiz/5f8a1b2c3d4e5f6a7b8c9d0e'],
  [MDX, 'youtube', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1'],
  [MDX, 'canva', 'https://www.canva.com/design/DAFabc12345/AbCdEfGhIjKl/view?embed'],
] as const;

describe('embed facades in a browser', () => {
  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';
    it(`${mode}: loads no embed before a click; a click in the facade loads that one embed only`, async () => {
      for (const [path, provider, expected] of CASES) {
        const { page, blockedRequests, consoleErrors, scripts, close } = await open(path, { javaScriptEnabled });
        expect(await page.locator('.embed iframe').count(), path).toBeGreaterThan(3);
        // No iframe has a src: nothing but the srcdoc facades, even with lazy loading off.
        expect(await page.locator('.embed iframe[src]').count(), path).toBe(0);
        // Before: no embed host at all; only YouTube thumbnails (images, CSP img-src https:).
        expect(blockedRequests.filter(frameHost), `${path} before click (${mode})`).toEqual([]);
        for (const url of blockedRequests) expect(url, path).toMatch(thumbnail);
        expect(await page.locator(`.embed--${provider} iframe`).first().isVisible()).toBe(true);
        // The facade document rendered under the CSP: its one stylesheet applied (hash allowed).
        const link = facade(page, provider);
        expect(await link.evaluate((a) => getComputedStyle(a).display)).toBe('flex');
        expect(await link.getAttribute('target')).toBeNull();

        await link.click();
        await expect.poll(() => blockedRequests.filter(frameHost), { timeout: 10_000 }).toEqual([expected]);
        // Any other embed a click wrongly started would have asked for its host before the network settled.
        await settled(page);
        expect(blockedRequests.filter(frameHost), `${path}: only the clicked embed`).toEqual([expected]);
        // The frame itself navigated (no new page, the article is still there).
        expect(page.context().pages()).toHaveLength(1);
        expect(page.url()).toBe(`${server.url}${path}`);
        // No CSP violation ("Refused to apply inline style / to frame …"), no script fetched.
        expect(consoleErrors, `${path} (${mode})`).toEqual([]);
        expect(scripts, path).toEqual([]);
        await close();
      }
    });
  }

  it("loads the site's own PDF only when clicked, from the site itself, with or without JavaScript", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page, local, blockedRequests, consoleErrors, close } = await open(MD, { javaScriptEnabled });
      expect(local.filter((u) => u.endsWith('.pdf'))).toEqual([]);
      await facade(page, 'pdf').click();
      await expect.poll(() => local.filter((u) => u.endsWith('.pdf')), { timeout: 10_000 }).toEqual(['/files/lkpd.pdf']);
      expect(blockedRequests.filter(frameHost)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await close();
    }
  });

  // axe needs timers, which do not run in a page without scripting, so it runs with JavaScript on;
  // the markup is the same either way (no script touches it).
  it('has zero axe violations, before and after a click, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of [MD, MDX]) {
        const label = `${path} (${colorScheme})`;
        const { page, local, blockedRequests, consoleErrors, close } = await open(path, { colorScheme });
        await expectNoViolations(page, label);
        await facade(page, 'youtube').click();
        await facade(page, 'pdf').click();
        // Both frames navigated (YouTube's request is blocked; the PDF is the site's own file) before axe looks again.
        await expect.poll(() => blockedRequests.filter(frameHost).length, { timeout: 10_000 }).toBe(1);
        await expect.poll(() => local.filter((u) => u.endsWith('.pdf')), { timeout: 10_000 }).toEqual(['/files/lkpd.pdf']);
        await expectNoViolations(page, `${label} after click`);
        expect(consoleErrors, label).toEqual([]);
        await close();
      }
    }
  });

  it('every frame has a title, its link a name, and the keyboard reaches and follows it', async () => {
    const { page, blockedRequests, close } = await open(MDX);
    const frames = await page.locator('.embed iframe').evaluateAll((els) => els.map((el) => el.getAttribute('title')));
    expect(frames.length).toBe(8);
    for (const title of frames) expect(title?.trim()).toBeTruthy();
    const video = page.frameLocator('iframe[title="Pecahan senilai"]').locator('a');
    expect((await video.textContent())?.trim()).toBe('Pecahan senilaiYouTubeTampilkan di halaman ini');
    expect(await video.getAttribute('href')).toBe('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1');
    expect(await video.locator('img').getAttribute('alt')).toBe('');
    // Tab from the top of the page into the facade (the link inside the frame), Enter follows it.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached =
        (await page.evaluate(() => document.activeElement?.getAttribute('title'))) === 'Pecahan senilai' &&
        (await video.evaluate((a) => a.ownerDocument.activeElement === a));
    }
    expect(reached, 'the facade link is reachable with Tab').toBe(true);
    expect(blockedRequests.filter(frameHost)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => blockedRequests.filter(frameHost), { timeout: 10_000 }).toEqual(['https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1']);
    await close();
  });

  it('without JavaScript the always-visible links still lead to the originals', async () => {
    const { page, close } = await open(MD, { javaScriptEnabled: false });
    const links = page.locator('.embed-open');
    expect(await links.count()).toBe(5);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    expect(await links.first().getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s');
    await close();
  });

  it('prints the link with its address and never the frame', async () => {
    const { page, close } = await open(MDX);
    await facade(page, 'youtube').click();
    await facade(page, 'pdf').click();
    expect(await page.locator('.embed--youtube iframe').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const iframe of await page.locator('.embed iframe').all()) expect(await iframe.isVisible()).toBe(false);
    const printedAfter = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await printedAfter('.embed--youtube .embed-open')).toContain('https://youtu.be/M7lc1UVf-VE');
    expect(await printedAfter('.embed--pdf .embed-open')).toContain('/files/lkpd.pdf');
    expect(await page.locator('.embed--youtube .embed-link').first().isVisible()).toBe(true);
    await close();
  });
});
