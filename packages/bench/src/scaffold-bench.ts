/**
 * create-guru-blog: time to scaffold with --no-install (target < 1 s), and scaffold + install from a
 * warm cache + first build. Our own theme comes from a packed tarball (as in the scaffolder's
 * end-to-end test); everything else from pnpm's store, which the workspace install has warmed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchArgs } from './args.ts';
import { measure } from './measure.ts';
import { REPO_ROOT } from './paths.ts';
import { formatTable, max, median } from './stats.ts';

export const SCAFFOLD_TARGET_MS = 1000;
const BIN = join(REPO_ROOT, 'packages', 'create-guru-blog', 'bin', 'create-guru-blog.mjs');
const PNPM_AGENT = 'pnpm/12.21.0 npm/? node/v24.0.0 linux x64';

const seconds = (ms: number) => (ms / 1000).toFixed(2);

function packTheme(into: string): string {
  execFileSync('pnpm', ['pack', '--pack-destination', into], { cwd: join(REPO_ROOT, 'packages', 'theme'), stdio: 'pipe' });
  return join(into, readdirSync(into).find((f) => f.endsWith('.tgz'))!);
}

export async function runScaffoldBench(args: BenchArgs): Promise<boolean> {
  console.log('\n== create-guru-blog ==');
  const scratch = mkdtempSync(join(tmpdir(), 'guru-bench-scaffold-'));
  const env = { ...process.env, npm_config_user_agent: PNPM_AGENT, CI: 'true' };
  try {
    const runs = args.quick ? 3 : 10;
    const scaffoldMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const m = await measure(process.execPath, [BIN, `blog-${i}`, '--yes', '--no-install', '--no-git', '--mapel', 'matematika'], { cwd: scratch, env });
      if (m.exitCode !== 0) throw new Error(`scaffold failed:\n${m.stdout}\n${m.stderr}`);
      scaffoldMs.push(m.wallMs);
    }

    const tarball = packTheme(mkdtempSync(join(tmpdir(), 'guru-bench-pack-')));
    const full: { install: number; build: number; peak: number }[] = [];
    for (let i = 0; i < (args.quick ? 1 : 2); i++) {
      const name = `full-${i}`;
      const scaffold = await measure(
        process.execPath,
        [BIN, name, '--yes', '--offline', '--no-git', '--mapel', 'matematika', '--dep', `@guru-blog/theme=file:${tarball}`],
        { cwd: scratch, env },
      );
      if (scaffold.exitCode !== 0) throw new Error(`scaffold + install failed:\n${scaffold.stdout}\n${scaffold.stderr}`);
      const build = await measure('pnpm', ['run', 'build'], { cwd: join(scratch, name), env });
      if (build.exitCode !== 0) throw new Error(`first build failed:\n${build.stdout}\n${build.stderr}`);
      full.push({ install: scaffold.wallMs, build: build.wallMs, peak: Math.max(build.peakRssMb ?? 0, build.treeRssMb) });
    }

    const scaffoldMedian = median(scaffoldMs);
    console.log(
      formatTable(
        ['measure', 'runs', 'median s', 'max s'],
        [
          ['scaffold --no-install', String(runs), seconds(scaffoldMedian), seconds(max(scaffoldMs))],
          ['scaffold + install (warm pnpm store)', String(full.length), seconds(median(full.map((f) => f.install))), seconds(max(full.map((f) => f.install)))],
          ['first astro build', String(full.length), seconds(median(full.map((f) => f.build))), seconds(max(full.map((f) => f.build)))],
          [
            'total: scaffold + install + build',
            String(full.length),
            seconds(median(full.map((f) => f.install + f.build))),
            seconds(max(full.map((f) => f.install + f.build))),
          ],
        ],
      ),
    );
    const ok = scaffoldMedian < SCAFFOLD_TARGET_MS;
    console.log(`scaffold --no-install: ${seconds(scaffoldMedian)} s (target < ${seconds(SCAFFOLD_TARGET_MS)} s) ${ok ? 'ok' : 'MISSED'}`);
    console.log(`scaffold + install + first build: ${seconds(median(full.map((f) => f.install + f.build)))} s`);
    return ok;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
