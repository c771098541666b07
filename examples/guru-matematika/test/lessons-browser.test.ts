import { formatViolations, launchBrowser, newIsolatedPage, runAxe, type StaticServer, serveStatic } from '@guru-blog/testing';
import type { Browser } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, dist } from './dist.ts';
import { sourceLessons } from './lessons-source.ts';

let server: StaticServer;
let browser: Browser;
const lessons = sourceLessons();
const withExercises = lessons.find((l) => Array.isArray(l.data.exercises))!;

beforeAll(async () => {
  assertBuilt();
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('lesson pages in a browser', () => {
  it('pass axe with zero violations and log no errors (lesson pages, index, filter pages)', async () => {
    const routes = ['/lessons/', `/mapel/${withExercises.data.subject}/`, '/fase/d/', ...lessons.map((l) => `/lessons/${l.id}/`)];
    for (const route of routes) {
      const { page, consoleErrors, close } = await newIsolatedPage(browser);
      await page.goto(`${server.url}${route}`);
      const violations = await runAxe(page);
      expect(violations, `${route}\n${formatViolations(violations)}`).toEqual([]);
      expect(consoleErrors, route).toEqual([]);
      await close();
    }
  }, 300_000);

  it('filters the lesson index instantly without JavaScript, under the page CSP', async () => {
    const { page, consoleErrors, close } = await newIsolatedPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.url}/lessons/`);
    const visible = () => page.locator('.lesson-card').evaluateAll((cards) => cards.filter((c) => (c as HTMLElement).offsetParent !== null).length);
    expect(await visible()).toBe(lessons.length);
    const subject = String(withExercises.data.subject);
    await page.check(`#f-s-${subject}`);
    expect(await visible()).toBe(lessons.filter((l) => l.data.subject === subject).length);
    await page.check('#f-s-all');
    expect(await visible()).toBe(lessons.length);
    // Filters combine: grade 8 and one document type.
    await page.check('#f-g-8');
    await page.check('#f-f-rpm');
    expect(await visible()).toBe(lessons.filter((l) => (l.data.grades as number[]).includes(8) && l.data.docType === 'rpm').length);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('prints on A4 without site chrome, with the answer key on its own last page', async () => {
    const { page, close } = await newIsolatedPage(browser);
    await page.goto(`${server.url}/lessons/${withExercises.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.skip-link', '.answer summary']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.answer-key').isVisible()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const first = await doc.getPage(1);
    const [, , width, height] = first.view;
    expect(Math.round(width!)).toBe(595); // A4 in points: 595 × 842
    expect(Math.round(height!)).toBe(842);
    const { text } = await extractText(doc, { mergePages: false });
    expect(text.length).toBeGreaterThan(1);
    const last = text.at(-1)!;
    expect(last).toContain('Kunci Jawaban');
    expect(text.slice(0, -1).join('\n')).not.toContain('Kunci Jawaban');
    expect(text[0]).toContain(String(withExercises.data.title).slice(0, 20));
    expect(text.join('\n')).not.toContain('Dibuat dengan Guru Blog'); // the footer
    await close();
  });
});
