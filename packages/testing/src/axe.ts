// WCAG checks with axe-core inside the real page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, NodeResult, Result, RunOptions, SerialContextObject } from 'axe-core';
import type { Frame, Page } from 'playwright-core';

/** WCAG 2.0/2.1 A and AA, plus axe's best practices (landmarks, one h1, ...). */
export const DEFAULT_AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export interface RunAxeOptions {
  /** Rule tags to run; defaults to DEFAULT_AXE_TAGS. */
  tags?: readonly string[];
  /** Rule ids to switch off, e.g. `['color-contrast']` for a test that cannot render fonts. */
  disableRules?: readonly string[];
  /** CSS selectors limiting / excluding what is checked (default: the whole document). */
  include?: readonly string[];
  exclude?: readonly string[];
  /** Also test inside iframes (default false: embeds are third-party and load only on click). */
  iframes?: boolean;
}

type AxeWindow = { axe?: { run(context: unknown, options: RunOptions): Promise<AxeResults> } };

let axeSource: string | undefined;

function loadAxeSource(): string {
  // Resolved from this package so consumers need not depend on axe-core themselves.
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

async function inject(frame: Frame): Promise<void> {
  if (await frame.evaluate(() => typeof (window as AxeWindow).axe === 'object')) return;
  // evaluate() runs over the DevTools protocol, which the page's Content-Security-Policy does not
  // govern. page.addScriptTag({ content }) is an inline <script>: a hash-based script-src refuses
  // it (Playwright throws) and logs a CSP error to the console we are asserting on.
  await frame.evaluate(`${loadAxeSource()}\n;true`);
}

/** Runs axe on the page's current document and returns the violations. */
export async function runAxe(page: Page, options: RunAxeOptions = {}): Promise<Result[]> {
  await inject(page.mainFrame());
  // axe asks child frames to test themselves; a frame without axe just costs a ping timeout,
  // and blocked (chrome-error://) frames refuse scripts, so failures there are ignored.
  if (options.iframes)
    await Promise.all(
      page
        .frames()
        .filter((frame) => frame !== page.mainFrame())
        .map((frame) => inject(frame).catch(() => undefined)),
    );

  const rules: NonNullable<RunOptions['rules']> = {};
  for (const id of options.disableRules ?? []) rules[id] = { enabled: false };
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: [...(options.tags ?? DEFAULT_AXE_TAGS)] },
    rules,
    // Only violations are returned, so skip building the (large) other result groups.
    resultTypes: ['violations'],
    // Our pages' iframes are third-party embeds that load only after a click: axe would wait for
    // frames that never answer. The iframe element itself (title etc.) is still checked.
    iframes: options.iframes ?? false,
  };
  const context =
    options.include || options.exclude
      ? ({
          ...(options.include && { include: [...options.include] }),
          ...(options.exclude && { exclude: [...options.exclude] }),
        } as SerialContextObject)
      : null;

  const results = await page.evaluate(
    ([ctx, opts]) => {
      const axe = (window as AxeWindow).axe;
      if (!axe) throw new Error('axe-core was not injected');
      return axe.run(ctx ?? document, opts);
    },
    [context, runOptions] as const,
  );
  return results.violations;
}

function formatTarget(target: NodeResult['target']): string {
  // Inner arrays are shadow-DOM paths; outer entries step into iframes.
  return target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' | ');
}

function oneLine(html: string, max = 200): string {
  const flat = html.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A readable report for assertion messages: rule, impact, help, first 3 elements. */
export function formatViolations(violations: readonly Result[]): string {
  if (violations.length === 0) return 'No accessibility violations.';
  const lines = [`${violations.length} accessibility violation${violations.length === 1 ? '' : 's'}:`];
  for (const violation of violations) {
    const count = violation.nodes.length;
    lines.push('', `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help} (${count} element${count === 1 ? '' : 's'})`);
    lines.push(`  ${violation.helpUrl}`);
    for (const node of violation.nodes.slice(0, 3)) {
      lines.push(`  - ${formatTarget(node.target)}`, `    ${oneLine(node.html)}`);
      // First concrete reason, e.g. "Element does not have an alt attribute".
      const reason = node.failureSummary?.split('\n')[1]?.trim();
      if (reason) lines.push(`    ${reason}`);
    }
    if (count > 3) lines.push(`  ...and ${count - 3} more`);
  }
  return lines.join('\n');
}
