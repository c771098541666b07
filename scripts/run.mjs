#!/usr/bin/env node
// Entry point behind the root package.json scripts (`npm start`, `npm test`, `npm run bench`, ...).
// It must run on any Node >= 18 with only npm present, so it uses nothing but Node built-ins:
//   1. if this Node is older than the Astro in the lockfile declares (its engines.node), fetch Node
//      from the npm registry's `node` package into a cache folder and re-run itself with it (the
//      blogs' own bootstrap, packages/theme/src/node, does the same for their scripts);
//   2. fetch the pnpm pinned in package.json's `packageManager` the same way when it is missing;
//   3. `pnpm install` when the lockfile or a package.json changed since the last install;
//   4. run the requested task.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroNodeFloor, cacheRoot, lockfileAstroFloor, relaunchOnSuitableNode } from '../packages/theme/src/node/index.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = rootPkg.packageManager.replace(/^pnpm@/, '').split('+')[0];
const cacheDir = cacheRoot();

/** Which root task runs which pnpm command (after install). */
const TASKS = {
  start: ['--filter', 'guru-matematika', 'run', 'start'],
  dev: ['--filter', 'guru-matematika', 'run', 'dev'],
  // Tests, type checks (tsc, astro check) and Biome over the whole tree (the root's `biome`
  // script), side by side: turbo runs them in parallel, and any warning fails the run.
  test: ['exec', 'turbo', 'run', 'test', 'check', 'biome', '--continue=dependencies-successful'],
  build: ['exec', 'turbo', 'run', 'build'],
  check: ['exec', 'turbo', 'run', 'check', 'biome'],
  bench: ['--filter', '@guru-blog/bench', 'run', 'bench'],
  format: ['exec', 'biome', 'format', '--write', '.'],
};

const say = (msg) => console.log(`[guru-blog] ${msg}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/** The Node the workspace's Astro declares: from the install, else from the lockfile. */
function nodeNeed() {
  const installed = astroNodeFloor(join(root, 'packages', 'theme'));
  if (installed) return installed;
  const lock = join(root, 'pnpm-lock.yaml');
  return (existsSync(lock) && lockfileAstroFloor(readFileSync(lock, 'utf8'))) || { astro: '7', floor: '22.12.0' };
}

/** Installs the pinned pnpm into the cache (no corepack needed) and returns its bin folder. */
function ensurePnpm() {
  const prefix = join(cacheDir, `pnpm-${pnpmVersion}`);
  const bin = join(prefix, 'node_modules', '.bin');
  if (!existsSync(join(bin, 'pnpm'))) {
    say(`fetching pnpm ${pnpmVersion} from the npm registry into ${prefix}`);
    mkdirSync(prefix, { recursive: true });
    const code = run('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${pnpmVersion}`]);
    if (code !== 0) process.exit(code);
  }
  return bin;
}

/** Hash of everything that decides what `pnpm install` does, so unchanged trees skip it. */
function installFingerprint() {
  const h = createHash('sha256');
  const files = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['packages', 'examples', 'templates']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) files.push(join(group, name, 'package.json'));
  }
  for (const f of files.sort()) {
    const p = join(root, f);
    if (existsSync(p)) h.update(f).update(readFileSync(p));
  }
  return h.digest('hex');
}

function ensureInstalled(pnpm) {
  const stamp = join(root, 'node_modules', '.guru-install-stamp');
  const want = installFingerprint();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  const args = ['install'];
  if (process.env.CI) args.push('--frozen-lockfile');
  const code = run(pnpm, args);
  if (code !== 0) process.exit(code);
  writeFileSync(stamp, want);
}

const task = process.argv[2];
const extra = process.argv.slice(3);
if (!task || !(task in TASKS)) {
  console.error(`usage: node scripts/run.mjs <${Object.keys(TASKS).join('|')}> [args]`);
  process.exit(2);
}

relaunchOnSuitableNode({ need: nodeNeed(), script: fileURLToPath(import.meta.url), argv: [task, ...extra], prefix: '[guru-blog] ' });

const pnpmBin = ensurePnpm();
// Children (pnpm, turbo, astro, vitest) must see this Node and this pnpm first on PATH.
process.env.PATH = `${dirname(process.execPath)}${delimiter}${pnpmBin}${delimiter}${process.env.PATH}`;
process.env.TURBO_TELEMETRY_DISABLED = '1';
process.env.ASTRO_TELEMETRY_DISABLED = '1';
process.env.DO_NOT_TRACK = '1';
const pnpm = join(pnpmBin, 'pnpm');
ensureInstalled(pnpm);
if (task !== 'test') process.exit(run(pnpm, [...TASKS[task], ...extra]));
for (const file of vitestReports()) rmSync(file);
const code = run(pnpm, [...TASKS[task], ...extra]);
printTestTotal(code);
process.exit(code);

/** Every package's vitest JSON report (see each vitest.config.ts). */
function vitestReports() {
  const found = [];
  for (const group of ['packages', 'examples', 'templates']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const file = join(dir, name, '.vitest', 'results.json');
      if (existsSync(file)) found.push(file);
    }
  }
  return found;
}

/** One closing line for the whole workspace, the plain form CI reads: "tests: N passed, N failed". */
function printTestTotal(exitCode) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const file of vitestReports()) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  }
  if (exitCode !== 0 && failed === 0) {
    console.log('[guru-blog] a task failed before or outside its tests (see above); counting it as a failure');
    failed = 1;
  }
  console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
