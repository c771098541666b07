/**
 * The community aggregator against a farm of member feeds on this machine (see README.md): cold
 * run, all-304 re-run, re-run inside the refresh interval, peak memory, the most requests in
 * flight on one host, and the ratio against fetching the same feeds one at a time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY, runFetch, Store } from '@guru-blog/community';
import type { BenchArgs } from './args.ts';
import { startFeedFarm } from './feed-farm.ts';
import { measure } from './measure.ts';
import { REPO_ROOT } from './paths.ts';
import { formatTable } from './stats.ts';

const BIN = join(REPO_ROOT, 'packages', 'community', 'bin', 'guru-community.mjs');
export const AGGREGATOR_TARGETS = { coldFeedsPerSecond: 90, all304Seconds: 11, peakMb: 200, perHost: 2 } as const;
const SEQUENTIAL_SAMPLE = 40;

export async function runAggregatorBench(args: BenchArgs): Promise<boolean> {
  const feeds = args.quick ? 200 : 1000;
  const hosts = args.quick ? 40 : 200;
  console.log(`\n== community aggregator: ${feeds} feeds, ${hosts} hosts (10% on one), 200 ms per response ==`);
  const feedFarm = await startFeedFarm({ feeds, hosts, sharedShare: 0.1, latencyMs: 200, seed: args.seed });
  const site = mkdtempSync(join(tmpdir(), 'guru-bench-community-'));
  try {
    const members = feedFarm.feedUrls.map((feed, i) => ({
      id: `m${i}`,
      name: `Guru ${i}`,
      blog: new URL(`/blog/${i}/`, feed).href,
      feed,
      active: true,
      jenjang: [],
      subjects: [],
    }));
    writeFileSync(join(site, 'members.yaml'), members.map((m) => `- id: ${m.id}\n  nama: ${m.name}\n  blog: ${m.blog}\n  feed: ${m.feed}\n`).join(''));
    const cli = (extra: string[]) => measure(process.execPath, [BIN, 'fetch', '--allow-loopback', ...extra], { cwd: site });

    const cold = await cli([]);
    if (cold.exitCode !== 0) throw new Error(`cold run failed:\n${cold.stdout}\n${cold.stderr}`);
    const all304 = await cli(['--force']);
    if (all304.exitCode !== 0) throw new Error(`304 run failed:\n${all304.stdout}\n${all304.stderr}`);
    if (!/0 diperbarui, \d+ tidak berubah/.test(all304.stdout)) throw new Error(`the forced re-run was not all 304:\n${all304.stdout}`);
    const idle = await cli([]);
    if (!/\d+ dilewati/.test(idle.stdout)) throw new Error(`the re-run inside the interval skipped nothing:\n${idle.stdout}`);
    const perHost = Math.max(...feedFarm.farm.maxInFlight.values());

    // One at a time, on a sample (the whole farm would take feeds × 200 ms), scaled up.
    const sample = members.slice(0, SEQUENTIAL_SAMPLE);
    const sequentialDir = mkdtempSync(join(tmpdir(), 'guru-bench-sequential-'));
    const started = performance.now();
    await runFetch({ members: sample, store: new Store(sequentialDir), policy: { ...DEFAULT_POLICY, allowLoopback: true, concurrency: 1, perHost: 1 } });
    const sequentialMs = ((performance.now() - started) / SEQUENTIAL_SAMPLE) * feeds;
    rmSync(sequentialDir, { recursive: true, force: true });

    const peakMb = Math.max(cold.peakRssMb ?? cold.treeRssMb, all304.peakRssMb ?? all304.treeRssMb);
    const feedsPerSecond = feeds / (cold.wallMs / 1000);
    const rows = [
      ['cold run', `${(cold.wallMs / 1000).toFixed(1)} s`, `${feedsPerSecond.toFixed(0)} feeds/s`, `≥ ${AGGREGATOR_TARGETS.coldFeedsPerSecond} feeds/s`],
      ['all-304 re-run (--force)', `${(all304.wallMs / 1000).toFixed(1)} s`, '', `≤ ${AGGREGATOR_TARGETS.all304Seconds} s`],
      ['re-run inside the interval', `${(idle.wallMs / 1000).toFixed(2)} s`, '', 'skips every feed'],
      ['peak memory (fetch process)', `${peakMb.toFixed(0)} MB`, '', `≤ ${AGGREGATOR_TARGETS.peakMb} MB`],
      ['most requests in flight on one host', String(perHost), '', `≤ ${AGGREGATOR_TARGETS.perHost}`],
      [
        `one at a time (${SEQUENTIAL_SAMPLE} feeds, scaled)`,
        `${(sequentialMs / 1000).toFixed(0)} s`,
        `${(sequentialMs / cold.wallMs).toFixed(1)}× the cold run`,
        '',
      ],
    ];
    console.log(formatTable(['measure', 'time', 'rate', 'target'], rows));
    const ok =
      (args.quick || feedsPerSecond >= AGGREGATOR_TARGETS.coldFeedsPerSecond) &&
      all304.wallMs / 1000 <= AGGREGATOR_TARGETS.all304Seconds &&
      peakMb <= AGGREGATOR_TARGETS.peakMb &&
      perHost <= AGGREGATOR_TARGETS.perHost;
    console.log(
      `aggregator: ${feedsPerSecond.toFixed(0)} feeds/s cold, all-304 ${(all304.wallMs / 1000).toFixed(1)} s, ${peakMb.toFixed(0)} MB, ${perHost} per host ${ok ? 'ok' : 'MISSED'}`,
    );
    return ok;
  } finally {
    await feedFarm.close();
    rmSync(site, { recursive: true, force: true });
  }
}
