/**
 * Build benchmark: the same generated corpus built by a bare Astro site, by the theme without
 * search, and by the theme with Pagefind. Variants alternate run by run (bare, theme, theme+pf,
 * bare, …) so slow drift on a shared machine hits all of them alike; every build is a fresh
 * `astro build` process with all caches wiped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type BenchArgs, runsFor } from './args.ts';
import { generateCorpus } from './corpus.ts';
import { hasGnuTime, type Measurement, measure } from './measure.ts';
import { type PagefindAlone, pagefindAlone, pagefindAloneLine } from './pagefind-alone.ts';
import { astroBin, WORK_DIR } from './paths.ts';
import { cleanSite, prepareSite, type SiteKind } from './sites.ts';
import { formatTable, max, median } from './stats.ts';

export type Variant = { name: string; site: SiteKind; search: boolean };

export const VARIANTS: readonly Variant[] = [
  { name: 'bare', site: 'bare', search: false },
  { name: 'theme', site: 'theme', search: false },
  { name: 'theme+pagefind', site: 'theme', search: true },
];

export type RunResult = {
  n: number;
  variant: string;
  run: number;
  ok: boolean;
  wallMs: number;
  peakRssMb?: number;
  treeRssMb: number;
  cpuMs?: number;
  pages?: number;
  pagefindMs?: number;
  /** Phases from Astro's log; see parsePhases. */
  phases: Phases;
};

/** Where Astro says the time went: content sync, page rendering, image optimization. */
export type Phases = { syncMs?: number; routesMs?: number; imagesMs?: number };

// Node's own helper, so no control character has to sit in a regex literal.
const stripAnsi = (s: string): string => stripVTControlCharacters(s);

/** Astro's "N page(s) built in …" line. */
export function parsePages(log: string): number | undefined {
  const m = stripAnsi(log).match(/(\d+) page\(s\) built in/);
  return m ? Number(m[1]) : undefined;
}

/** The time the build waited for Pagefind after Astro finished: the last duration on the theme's Pagefind log line ("… (in 3502 ms, begun while images were encoded; 12 ms after the build)", "… in 1.3 s"). */
export function parsePagefindMs(log: string): number | undefined {
  for (const line of stripAnsi(log).split('\n')) {
    if (!/pagefind/i.test(line)) continue;
    const m = line.match(/(\d+(?:\.\d+)?)\s*(ms|s)\b(?!.*\d+(?:\.\d+)?\s*(?:ms|s)\b)/);
    if (m) return m[2] === 'ms' ? Number(m[1]) : Number(m[1]) * 1000;
  }
  return undefined;
}

/** "1m 7s", "58.89s", "998ms" → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const m = text.trim().match(/^(?:(\d+)m\s*)?(?:(\d+(?:\.\d+)?)(ms|s))?$/);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return Number(m[1] ?? 0) * 60_000 + (m[2] === undefined ? 0 : Number(m[2]) * (m[3] === 'ms' ? 1 : 1000));
}

/**
 * Astro prints "[types] Generated 3.25s" after syncing content, and "✓ Completed in …" after the
 * "generating static routes" and "generating optimized images" headings.
 */
export function parsePhases(log: string): Phases {
  const lines = stripAnsi(log).split('\n');
  const after = (heading: string): number | undefined => {
    const start = lines.findIndex((l) => l.includes(heading));
    if (start < 0) return undefined;
    for (const line of lines.slice(start + 1)) {
      const m = line.match(/✓ Completed in (.+?)\.?\s*$/);
      if (m) return parseDuration(m[1] as string);
    }
    return undefined;
  };
  const sync = stripAnsi(log).match(/\[types\] Generated (\S+)/);
  const phases: Phases = {};
  const syncMs = sync ? parseDuration(sync[1] as string) : undefined;
  const routesMs = after('generating static routes');
  const imagesMs = after('generating optimized images');
  if (syncMs !== undefined) phases.syncMs = syncMs;
  if (routesMs !== undefined) phases.routesMs = routesMs;
  if (imagesMs !== undefined) phases.imagesMs = imagesMs;
  return phases;
}

function tail(text: string, lines = 25): string {
  return stripAnsi(text).trimEnd().split('\n').slice(-lines).join('\n');
}

export async function buildOnce(siteDir: string, variant: Variant): Promise<Measurement> {
  cleanSite(siteDir);
  const env = {
    ...process.env,
    GURU_BENCH_SEARCH: variant.search ? '1' : '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  return measure(process.execPath, [astroBin(), 'build'], { cwd: siteDir, env });
}

const seconds = (ms: number | undefined): string => (ms === undefined ? '-' : (ms / 1000).toFixed(1));
const phaseText = (p: Phases): string => `${seconds(p.syncMs)}/${seconds(p.routesMs)}/${seconds(p.imagesMs)} s`;

const fmt = (n: number | undefined, digits = 0): string => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits));

/** Median wall time of a variant's successful builds at N. */
function medianWall(results: RunResult[], n: number, variant: string): number {
  return median(results.filter((r) => r.n === n && r.variant === variant && r.ok).map((r) => r.wallMs));
}

export function ratioLine(label: string, n: number, results: RunResult[], variant: string): string {
  const ratio = medianWall(results, n, variant) / medianWall(results, n, 'bare');
  return `${label} build ratio at ${n}: ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a (a build failed)'}`;
}

export async function runBuildBench(args: BenchArgs): Promise<RunResult[]> {
  mkdirSync(WORK_DIR, { recursive: true });
  console.log(`\n== Build benchmark (seed ${args.seed}, sizes ${args.sizes.join(', ')}${args.images ? '' : ', posts without images'}) ==`);
  if (!hasGnuTime()) console.log('note: /usr/bin/time not found; peak RSS comes from sampling /proc (VmHWM)');
  const results: RunResult[] = [];
  const alone = new Map<number, PagefindAlone>();

  for (const n of args.sizes) {
    const corpusDir = join(WORK_DIR, `corpus-${n}`);
    const t0 = performance.now();
    const corpus = await generateCorpus({ n, seed: args.seed, outDir: corpusDir, images: args.images });
    console.log(
      `corpus N=${n}: ${corpus.posts.length} posts, ${corpus.posts.filter((p) => p.image).length} with images, ${(performance.now() - t0).toFixed(0)} ms`,
    );
    const sites: Partial<Record<SiteKind, string>> = { bare: join(WORK_DIR, `bare-${n}`), theme: join(WORK_DIR, `theme-${n}`) };
    prepareSite('bare', sites.bare as string, corpusDir);
    prepareSite('theme', sites.theme as string, corpusDir);
    // The first build after writing thousands of files ran ~30% slower in every trial (page-cache
    // writeback, cold OS caches), which inflated bare's median. Flush and do one untimed build.
    spawnSync('sync');
    const warmUp = await buildOnce(sites.bare as string, VARIANTS[0] as Variant);
    console.log(`  N=${n} warm-up bare build (not counted): ${(warmUp.wallMs / 1000).toFixed(2)} s`);

    const runs = runsFor(args, n);
    const failed = new Set<string>();
    for (let run = 1; run <= runs; run++) {
      for (const variant of VARIANTS) {
        if (failed.has(variant.name)) continue; // a broken variant stays broken; save the time
        const loadBefore = loadavg()[0] as number;
        const m = await buildOnce(sites[variant.site] as string, variant);
        const log = `${m.stdout}\n${m.stderr}`;
        const pages = parsePages(log);
        const pagefindMs = variant.search ? parsePagefindMs(log) : undefined;
        const result: RunResult = {
          n,
          variant: variant.name,
          run,
          ok: m.exitCode === 0,
          wallMs: m.wallMs,
          ...(m.peakRssMb !== undefined ? { peakRssMb: m.peakRssMb } : {}),
          treeRssMb: m.treeRssMb,
          ...(m.cpuMs !== undefined ? { cpuMs: m.cpuMs } : {}),
          ...(pages !== undefined ? { pages } : {}),
          ...(pagefindMs !== undefined ? { pagefindMs } : {}),
          phases: parsePhases(log),
        };
        results.push(result);
        console.log(
          `  N=${n} run ${run}/${runs} ${variant.name.padEnd(14)} ${result.ok ? 'ok  ' : 'FAIL'} ${(m.wallMs / 1000).toFixed(2)} s (cpu ${seconds(m.cpuMs)} s), ` +
            `${fmt(m.peakRssMb)} MB peak, ${fmt(m.treeRssMb)} MB tree, ${fmt(pages)} pages, ` +
            `sync/routes/images ${phaseText(result.phases)}` +
            (variant.search ? `, waited ${fmt(pagefindMs)} ms for Pagefind` : '') +
            `, load ${loadBefore.toFixed(1)}`,
        );
        if (!result.ok) {
          failed.add(variant.name);
          console.log(`  ${variant.name} build failed (exit ${m.exitCode}); last lines:\n${tail(log).replace(/^/gm, '    | ')}`);
        }
      }
    }
    // The theme's site was built last with search on: its pages are what Pagefind was given.
    if (!failed.has('theme+pagefind')) {
      const measured = await pagefindAlone(join(sites.theme as string, 'dist'), WORK_DIR);
      if (measured) alone.set(n, measured);
    }
  }

  printBuildTable(args, results, alone);
  writeFileSync(join(WORK_DIR, 'build-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

function printBuildTable(args: BenchArgs, results: RunResult[], alone: ReadonlyMap<number, PagefindAlone>): void {
  const rows: string[][] = [];
  for (const n of args.sizes) {
    const bareMs = medianWall(results, n, 'bare');
    for (const variant of VARIANTS) {
      const ok = results.filter((r) => r.n === n && r.variant === variant.name && r.ok);
      const all = results.filter((r) => r.n === n && r.variant === variant.name);
      const wall = median(ok.map((r) => r.wallMs));
      const pf = ok.map((r) => r.pagefindMs).filter((v): v is number => v !== undefined);
      const phase = (key: keyof Phases): string => fmt(median(ok.map((r) => r.phases[key] ?? Number.NaN)) / 1000, 1);
      rows.push([
        variant.name,
        String(n),
        `${ok.length}/${all.length}`,
        fmt(wall / 1000, 2),
        fmt(wall / n, 2),
        fmt(wall / bareMs, 2),
        fmt(median(ok.map((r) => r.cpuMs ?? Number.NaN)) / 1000, 1),
        ok.length ? `${fmt(Math.min(...ok.map((r) => r.wallMs)) / 1000, 2)}–${fmt(max(ok.map((r) => r.wallMs)) / 1000, 2)}` : '-',
        fmt(median(ok.map((r) => r.pages ?? Number.NaN))),
        phase('syncMs'),
        phase('routesMs'),
        phase('imagesMs'),
        fmt(max(ok.map((r) => r.peakRssMb ?? Number.NaN))),
        fmt(max(ok.map((r) => r.treeRssMb))),
        variant.search ? fmt(median(pf)) : '',
      ]);
    }
  }
  console.log('');
  console.log(
    formatTable(
      [
        'variant',
        'N',
        'ok/runs',
        'median s',
        'ms/post',
        '×bare',
        'cpu s',
        'range s',
        'pages',
        'sync s',
        'routes s',
        'images s',
        'peak MB',
        'tree MB',
        'pagefind wait ms',
      ],
      rows,
    ),
  );
  const n = args.sizes.includes(1000) ? 1000 : (args.sizes[args.sizes.length - 1] as number);
  console.log('');
  // Diagnostic: image optimization is the most variable phase on a busy machine, and the theme's
  // <Picture> makes many more variants than the bare site's <Image>; this shows the rest.
  const withoutImages = (variant: string): number =>
    median(results.filter((r) => r.n === n && r.variant === variant && r.ok).map((r) => r.wallMs - (r.phases.imagesMs ?? Number.NaN)));
  const ratio = (variant: string): string => fmt(withoutImages(variant) / withoutImages('bare'), 2);
  console.log(`without image optimization at ${n}: theme/bare ${ratio('theme')}, theme+pagefind/bare ${ratio('theme+pagefind')}`);
  const cpu = (variant: string): number => median(results.filter((r) => r.n === n && r.variant === variant && r.ok).map((r) => r.cpuMs ?? Number.NaN));
  console.log(
    `CPU time (user+sys) at ${n}: theme/bare ${fmt(cpu('theme') / cpu('bare'), 2)}, theme+pagefind/bare ${fmt(cpu('theme+pagefind') / cpu('bare'), 2)}`,
  );
  const [one, five] = loadavg();
  console.log(
    `load average at the end: ${fmt(one, 2)} (1 min), ${fmt(five, 2)} (5 min) on ${availableParallelism()} cores; above the core count, wall times are inflated`,
  );
  for (const [size, measured] of alone) console.log(pagefindAloneLine(size, measured, medianWall(results, size, 'bare')));
  console.log(ratioLine('theme/bare', n, results, 'theme'));
  console.log(ratioLine('theme+pagefind/bare', n, results, 'theme+pagefind'));
}
