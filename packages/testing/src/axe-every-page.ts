// axe over a list of pages in one browser page: the loop every site's accessibility test runs.
import type { Browser, Page } from 'playwright-core';
import { formatViolations, type RunAxeOptions, runAxe } from './axe.ts';
import { newIsolatedPage } from './isolated-page.ts';

export interface PageView {
  /** CSS pixels; 480 and below is emulated as a phone (touch, 2× pixels, 740 px tall). */
  width: number;
  colorScheme?: 'light' | 'dark';
}

export interface AxeEveryPageOptions {
  /** Where the site is served, e.g. a `serveStatic` url. */
  origin: string;
  /** Paths to open, each with its query if it needs one. */
  paths: readonly string[];
  view: PageView;
  /** Waits for a page's own scripts after `load` (a search page fills in its results later). */
  settle?: (page: Page, path: string) => Promise<void>;
  axe?: RunAxeOptions;
}

const PHONE_WIDTH = 480;

/** The four ways readers see a page: a phone and a laptop, each light and dark. */
export const READER_VIEWS = [
  { width: 360, colorScheme: 'light' },
  { width: 360, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const satisfies readonly PageView[];

/** The browser-context options for a view: a phone below 480 px, a laptop screen above. */
export function viewOptions({ width, colorScheme }: PageView) {
  const phone = width <= PHONE_WIDTH;
  return {
    viewport: { width, height: phone ? 740 : 800 },
    ...(phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
    ...(colorScheme ? { colorScheme } : {}),
  };
}

/**
 * Opens every path in turn and runs axe on it. Returns the failures page by page — axe
 * violations and console errors (a script the CSP refused shows up here) — so one assertion
 * `toEqual([])` names every page that failed rather than stopping at the first.
 */
export async function axeEveryPage(browser: Browser, options: AxeEveryPageOptions): Promise<string[]> {
  const { page, consoleErrors, close } = await newIsolatedPage(browser, viewOptions(options.view));
  const failures: string[] = [];
  const label = `${options.view.width} px${options.view.colorScheme ? `, ${options.view.colorScheme}` : ''}`;
  try {
    for (const path of options.paths) {
      const errorsBefore = consoleErrors.length;
      await page.goto(`${options.origin}${path}`, { waitUntil: 'load' });
      await options.settle?.(page, path);
      const violations = await runAxe(page, options.axe);
      if (violations.length) failures.push(`${path} (${label}):\n${formatViolations(violations)}`);
      if (consoleErrors.length > errorsBefore) failures.push(`${path} (${label}) console: ${consoleErrors.slice(errorsBefore).join(' | ')}`);
    }
  } finally {
    await close();
  }
  return failures;
}
