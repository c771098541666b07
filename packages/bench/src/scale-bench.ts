/**
 * A large community end to end: 5,000 members (500 with --quick) with 10 posts each, fetched from
 * the loopback farm into an empty store, then the directory site built from it. Prints the split
 * between fetch, Astro build and Pagefind, and peak memory (target: ≤ 5 min, ≤ 2 GB).
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchArgs } from './args.ts';
import { startFeedFarm } from './feed-farm.ts';
import { measure } from './measure.ts';
import { astroBin, BENCH_ROOT, REPO_ROOT, WORK_DIR } from './paths.ts';
import { formatTable } from './stats.ts';

const BIN = join(REPO_ROOT, 'packages', 'community', 'bin', 'guru-community.mjs');
export const SCALE_TARGETS = { totalSeconds: 300, peakMb: 2048 } as const;

export async function runScaleBench(args: BenchArgs): Promise<boolean> {
  const members = args.quick ? 500 : 5000;
  console.log(`\n== community at scale: ${members} members × 10 posts, fetch + build ==`);
  const farm = await startFeedFarm({ feeds: members, hosts: 200, sharedShare: 0.1, latencyMs: 200, seed: args.seed, itemsPerFeed: 10 });
  const site = join(WORK_DIR, 'community-scale');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  cpSync(join(BENCH_ROOT, 'src', 'community-site'), site, { recursive: true });
  try {
    writeFileSync(
      join(site, 'members.yaml'),
      farm.feedUrls
        .map((feed, i) => {
          const prov = ['DI Yogyakarta', 'Jawa Tengah', 'Jawa Timur', 'Jawa Barat', 'Bali'][i % 5];
          return `- id: m${i}\n  nama: Guru ${i}\n  blog: ${new URL(`/blog/${i}/`, feed).href}\n  feed: ${feed}\n  jenjang: ${['SD', 'SMP', 'SMA', 'SMK'][i % 4]}\n  mapel: ${['matematika', 'ipa', 'bahasa-indonesia', 'pjok', 'informatika'][i % 5]}\n  provinsi: ${prov}\n`;
        })
        .join(''),
    );
    const fetched = await measure(process.execPath, [BIN, 'fetch', '--allow-loopback'], { cwd: site });
    if (fetched.exitCode !== 0) throw new Error(`fetch failed:\n${fetched.stdout.slice(-2000)}\n${fetched.stderr.slice(-2000)}`);
    await farm.close();
    const built = await measure(process.execPath, [astroBin(), 'build'], { cwd: site, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (built.exitCode !== 0) throw new Error(`build failed:\n${built.stdout.slice(-3000)}\n${built.stderr.slice(-3000)}`);
    // Pagefind's share: the member posts' records (written in parts by the community's build:done),
    // then the theme finishing the main index.
    const recordsMs = Number(
      /(?:search: \d+ member posts added to the index|pencarian: \d+ tulisan anggota masuk indeks) \((\d+) ms\)/.exec(built.stdout)?.[1] ?? 0,
    );
    const finishMs = Number(
      // The theme's line in either language ("… (12 ms after the build)", "… (12 ms setelah build)").
      /Pagefind (?:indexed|mengindeks) [^(\n]*\([^)\n]*?(\d+) ms (?:after the build|setelah build)\)/.exec(built.stdout)?.[1] ?? Number.NaN,
    );
    const pagefindMs = recordsMs + finishMs;
    const pages = Number(/(\d+) page\(s\) built/.exec(built.stdout)?.[1] ?? Number.NaN);
    const peak = (m: typeof built) => Math.max(m.peakRssMb ?? 0, m.treeRssMb);
    const totalS = (fetched.wallMs + built.wallMs) / 1000;
    const peakMb = Math.max(peak(fetched), peak(built));
    console.log(
      formatTable(
        ['phase', 'seconds', 'peak MB'],
        [
          ['fetch (guru-community fetch)', (fetched.wallMs / 1000).toFixed(1), peak(fetched).toFixed(0)],
          [`astro build (${pages} pages, Pagefind included)`, (built.wallMs / 1000).toFixed(1), peak(built).toFixed(0)],
          ['  of which Pagefind after the pages', (pagefindMs / 1000).toFixed(1), ''],
          ['total', totalS.toFixed(1), peakMb.toFixed(0)],
        ],
      ),
    );
    const ok = totalS <= SCALE_TARGETS.totalSeconds && peakMb <= SCALE_TARGETS.peakMb;
    console.log(`community at scale: ${members} members, ${totalS.toFixed(0)} s, ${peakMb.toFixed(0)} MB ${ok ? 'ok' : 'MISSED'}`);
    return ok;
  } finally {
    await farm.close().catch(() => {});
    if (!process.env.BENCH_KEEP) rmSync(site, { recursive: true, force: true });
  }
}
