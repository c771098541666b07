import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DEFAULT_AXE_TAGS, formatViolations, launchBrowser, newIsolatedPage, type StaticServer, serveStatic } from '@guru-blog/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_FRAME_HOSTS } from '../src/embeds/parse.ts';
import { buildLessonMarkdown, dist } from './lesson-markdown-build.ts';

// The click-to-load facades in real headless Chromium, under the page's real CSP. The network is
// closed (newIsolatedPage aborts and records every non-loopback request in `blockedRequests`),
// so an embed host showing up there is proof the page tried to load it.

const MD = '/posts/rumus-dan-video/';
const MDX = '/posts/komponen-mdx/';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const build = await buildLessonMarkdown();
  expect(build.code, build.output).toBe(0);
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const frameHost = (url: string) => (EMBED_FRAME_HOSTS as readonly string[]).includes(new URL(url).hostname);

async function open(path: string, options: Parameters<typeof newIsolatedPage>[1] = {}) {
  const isolated = await newIsolatedPage(browser, options);
  const local: string[] = [];
  const scripts: string[] = [];
  isolated.page.on('request', (r) => {
    if (r.url().startsWith(server.url)) local.push(r.url().slice(server.url.length));
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await isolated.page.goto(`${server.url}${path}`, { waitUntil: 'load' });
  // Bring every facade into view, so any lazy iframe that were to load would load now.
  for (const embed of await isolated.page.locator('.embed').all()) {
    await embed.scrollIntoViewIfNeeded();
    await isolated.page.waitForTimeout(50);
  }
  await isolated.page.waitForTimeout(500);
  return { ...isolated, local, scripts };
}

// axe in the page itself, not in its frames. runAxe from @guru-blog/testing injects axe into every
// frame first, and an iframe that lazy loading has not loaded yet is a frame without a document:
// injecting there waits forever. The iframes' own attributes (frame-title …) are still checked.
const axeSource = readFileSync(createRequire(fileURLToPath(import.meta.resolve('@guru-blog/testing'))).resolve('axe-core/axe.min.js'), 'utf8');
type Violations = Parameters<typeof formatViolations>[0];

async function expectNoViolations(page: Page, label: string) {
  await page.evaluate(`${axeSource}\n;true`);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: unknown[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false })
        .then((r) => r.violations),
    [...DEFAULT_AXE_TAGS],
  );
  expect(violations, `${label}:\n${formatViolations(violations as Violations)}`).toEqual([]);
}

function facade(page: Page, provider: string) {
  return page.locator(`.embed--${provider} summary`).first();
}

describe('embed facades in a browser', () => {
  it('load no embed before a click; a click loads that one embed only', async () => {
    for (const [path, provider, expected] of [
      [MD, 'google-slides', 'https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef/embed?start=false&loop=false&delayms=3000'],
      [MDX, 'youtube', 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE'],
      [MDX, 'canva', 'https://www.canva.com/design/DAFabc12345/AbCdEfGhIjKl/view?embed'],
    ] as const) {
      const { page, blockedRequests, consoleErrors, scripts, close } = await open(path);
      expect(await page.locator('iframe').count(), path).toBeGreaterThan(3);
      // Before: no embed host at all; only YouTube thumbnails (images, CSP img-src https:).
      expect(blockedRequests.filter(frameHost), `${path} before click`).toEqual([]);
      for (const url of blockedRequests) expect(url, path).toMatch(/^https:\/\/i\.ytimg\.com\/vi\/[\w-]{11}\/hqdefault\.jpg$/);
      expect(await page.locator('.embed iframe').first().isVisible()).toBe(false);

      await facade(page, provider).click();
      await expect.poll(() => blockedRequests.filter(frameHost), { timeout: 10_000 }).toEqual([expected]);
      expect(await page.locator(`.embed--${provider} iframe`).first().isVisible()).toBe(true);
      await page.waitForTimeout(300);
      expect(blockedRequests.filter(frameHost), `${path}: only the clicked embed`).toEqual([expected]);
      // No CSP violation (it would log "Refused to frame …"), no script fetched.
      expect(consoleErrors, path).toEqual([]);
      expect(scripts, path).toEqual([]);
      await close();
    }
  });

  it("loads the site's own PDF only when opened, from the site itself", async () => {
    const { page, local, blockedRequests, consoleErrors, close } = await open(MD);
    expect(local.filter((u) => u.endsWith('.pdf'))).toEqual([]);
    await facade(page, 'pdf').click();
    await expect.poll(() => local.filter((u) => u.endsWith('.pdf')), { timeout: 10_000 }).toEqual(['/files/lkpd.pdf']);
    expect(blockedRequests.filter(frameHost)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('has zero axe violations, closed and opened, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of [MD, MDX]) {
        const { page, consoleErrors, close } = await open(path, { colorScheme });
        await expectNoViolations(page, `${path} (${colorScheme})`);
        await facade(page, 'youtube').click();
        await facade(page, 'pdf').click();
        await expectNoViolations(page, `${path} opened (${colorScheme})`);
        expect(consoleErrors, path).toEqual([]);
        await close();
      }
    }
  });

  it('every frame has a title and every summary a name', async () => {
    const { page, close } = await open(MDX);
    const frames = await page.locator('.embed iframe').evaluateAll((els) => els.map((el) => el.getAttribute('title')));
    expect(frames.length).toBe(8);
    for (const title of frames) expect(title?.trim()).toBeTruthy();
    const names = await page.locator('.embed summary').evaluateAll((els) => els.map((el) => el.textContent?.trim()));
    expect(names).toContain('Pecahan senilaiYouTubeTampilkan di halaman ini');
    await close();
  });

  it('works without JavaScript: links shown, summaries open the embeds', async () => {
    const { page, close } = await open(MD, { javaScriptEnabled: false });
    const links = page.locator('.embed-open');
    expect(await links.count()).toBe(5);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    expect(await links.first().getAttribute('href')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s');
    // <details> needs no script. (Without scripting, browsers do not lazy-load at all, HTML's
    // anti-tracking rule, so for these readers the hidden frames load with the page.)
    const quiz = page.locator('.embed--quizizz iframe');
    expect(await quiz.isVisible()).toBe(false);
    await facade(page, 'quizizz').click();
    expect(await quiz.isVisible()).toBe(true);
    expect(await quiz.getAttribute('src')).toBe('https://wayground.com/embed/quiz/5f8a1b2c3d4e5f6a7b8c9d0e');
    await close();
  });

  it('prints the link with its address and never the frame', async () => {
    const { page, close } = await open(MDX);
    await facade(page, 'youtube').click();
    await facade(page, 'pdf').click();
    expect(await page.locator('.embed--youtube iframe').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const iframe of await page.locator('.embed iframe').all()) expect(await iframe.isVisible()).toBe(false);
    expect(await page.locator('.embed-thumb').first().isVisible()).toBe(false);
    const printedAfter = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await printedAfter('.embed--youtube .embed-open')).toContain('https://youtu.be/M7lc1UVf-VE');
    expect(await printedAfter('.embed--pdf .embed-open')).toContain('/files/lkpd.pdf');
    expect(await page.locator('.embed--youtube .embed-title').first().isVisible()).toBe(true);
    await close();
  });
});
