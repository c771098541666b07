import { describe, expect, it } from 'vitest';
import { parseDuration, parsePagefindMs, parsePages, parsePhases, type RunResult, ratioLine } from '../src/build-bench.ts';
import { median } from '../src/stats.ts';

// Trimmed from a real Astro 7.3.5 build log of the theme site.
const LOG = `14:21:42 [types] Generated 3.28s
14:21:44 [build] Rearranging server assets...

 generating static routes 
14:21:49   ├─ /posts/post-0001/index.html (+4ms)
14:21:49 ✓ Completed in 5.76s.

 generating optimized images 
14:21:49   ▶ /_astro/img-0015.LOPG1uon_1IUnjr.webp (before: 16kB, after: 3kB) (+68ms) (1/417)
14:22:48 ✓ Completed in 1m 7s.

14:22:48 [build] ✓ Completed in 1m 7s.
14:22:48 [@guru-blog/theme] Pagefind indexed 1139 pages in 3253 ms
14:22:48 [build] 1139 page(s) built in 1m 10s`;

describe('build log parsing', () => {
  it('reads durations in Astro formats', () => {
    expect(parseDuration('998ms')).toBe(998);
    expect(parseDuration('5.76s')).toBe(5760);
    expect(parseDuration('1m 7s')).toBe(67_000);
    expect(parseDuration('2m')).toBe(120_000);
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('finds pages, phases and the Pagefind line', () => {
    expect(parsePages(LOG)).toBe(1139);
    expect(parsePhases(LOG)).toEqual({ syncMs: 3280, routesMs: 5760, imagesMs: 67_000 });
    expect(parsePagefindMs(LOG)).toBe(3253);
    expect(parsePagefindMs('[theme] Pagefind: 1.31 s')).toBe(1310);
    // Indexing that began while images were encoded: the time the build still waited for it.
    expect(parsePagefindMs('[@guru-blog/theme] Pagefind indexed 1000 pages (in 3502 ms, begun while images were encoded; 12 ms after the build)')).toBe(12);
    // The same line on an Indonesian site.
    expect(parsePagefindMs('[@guru-blog/theme] Pagefind mengindeks 1000 halaman (dalam 3502 ms, dimulai selagi gambar diproses; 12 ms setelah build)')).toBe(
      12,
    );
    expect(parsePagefindMs('no search here')).toBeUndefined();
  });

  it('prints the ratio of medians, or n/a when a variant has no successful build', () => {
    const run = (variant: string, wallMs: number, ok = true): RunResult => ({ n: 1000, variant, run: 1, ok, wallMs, treeRssMb: 0, phases: {} });
    const results = [
      run('bare', 10_000),
      run('bare', 12_000),
      run('bare', 11_000),
      run('theme', 11_000),
      run('theme', 13_000),
      run('theme+pagefind', 1, false),
    ];
    expect(ratioLine('theme/bare', 1000, results, 'theme')).toBe('theme/bare build ratio at 1000: 1.09');
    expect(ratioLine('theme+pagefind/bare', 1000, results, 'theme+pagefind')).toBe('theme+pagefind/bare build ratio at 1000: n/a (a build failed)');
    expect(median([3, Number.NaN, 1])).toBe(2);
  });
});
