/**
 * Lighthouse (mobile, its defaults: a mid-range phone on a throttled 4G connection) on the built
 * example: home, a post, a lesson, the lessons index and the search page, all four categories,
 * with the `lighthouse` CLI on Debian's Chromium. The site is served from 127.0.0.1 and Chromium
 * may not resolve any other host, as in the browser tests. Not a timed test: scores vary with the
 * machine's load, so the bench reports them and the search page's layout shift (CLS).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, ensureChromium, serveStatic } from '@guru-blog/testing';
import type { BenchArgs } from './args.ts';
import { firstPostPage, lessonPages } from './page-weight.ts';
import { REPO_ROOT } from './paths.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Report = { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> };

function lighthouseBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');
}

export async function runLighthouse(args: BenchArgs): Promise<boolean> {
  const siteDir = args.site ? join(REPO_ROOT, args.site) : join(REPO_ROOT, 'examples', 'guru-matematika');
  const distDir = join(siteDir, 'dist');
  console.log('\n== Lighthouse, mobile (lighthouse CLI on Debian Chromium) ==');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.log(`no built site at ${distDir}; build it first (pnpm --filter guru-matematika build)`);
    return false;
  }
  const chrome = await ensureChromium();
  const pages = [
    '/',
    args.page ?? firstPostPage(distDir),
    lessonPages(distDir)[0],
    existsSync(join(distDir, 'lessons', 'index.html')) ? '/lessons/' : undefined,
    '/search/',
  ].filter((p): p is string => Boolean(p));
  const server = await serveStatic(distDir);
  const work = mkdtempSync(join(tmpdir(), 'guru-lighthouse-'));
  let ok = true;
  try {
    for (const page of pages) {
      const out = join(work, 'report.json');
      // Asynchronous: the static server answering Lighthouse runs in this process.
      const run = await promisify(execFile)(
        process.execPath,
        [
          lighthouseBin(),
          `${server.url}${page}`,
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}`,
        ],
        { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chrome }, timeout: 240_000 },
      ).catch((error: { code?: number; stderr?: string; stdout?: string }) => error);
      if (!existsSync(out)) {
        console.log(`${page}: lighthouse failed: ${`${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').slice(-3).join(' | ')}`);
        ok = false;
        continue;
      }
      const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
      const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
      const cls = report.audits['cumulative-layout-shift']?.numericValue ?? 0;
      const all100 = scores.every((s) => s === 100);
      // The issue's four pages must score 100; the search page must not shift when its UI loads.
      if (page === '/search/') ok &&= cls < 0.01;
      else ok &&= all100;
      console.log(`${page.padEnd(48)} ${CATEGORIES.map((c, i) => `${c} ${scores[i]}`).join(', ')}; CLS ${cls.toFixed(3)}${all100 ? '' : '  <-- below 100'}`);
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`  target ${ok ? 'met   ' : 'MISSED'} Lighthouse 100 in all four categories (home, post, lesson, lessons); search page CLS < 0.01`);
  return ok;
}
