// Builds test/fixtures/lesson-markdown once per vitest run, shared by markdown-features.test.ts
// and embeds-browser.test.ts, which vitest runs in parallel workers: two `astro build`s of one
// root at once would trample each other's dist/ and caches. The build runs under a lock and is
// copied to a directory of this run's own, so a second vitest run in the same checkout (another
// engineer's) rebuilding the fixture cannot pull the files from under a running browser test.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isMainThread } from 'node:worker_threads';

const run = promisify(execFile);
const astroBin = join(createRequire(import.meta.url).resolve('astro/package.json'), '../bin/astro.mjs');

export const root = fileURLToPath(new URL('./fixtures/lesson-markdown/', import.meta.url));
// The lock lives in the fixture's (ignored) node_modules.
const lock = join(root, 'node_modules', '.build-lock');

// Workers of one run share the vitest process: as threads its pid, as forks their parent's.
const runId = String(isMainThread ? process.ppid : process.pid);
export const COPY_PREFIX = 'guru-blog-lesson-markdown-';
/** This run's copy of the built site. */
export const dist = join(tmpdir(), `${COPY_PREFIX}${runId}`);
const log = join(dist, '.vitest-build.json');

/**
 * How long the build may take: the hooks that wait for it get this long, the build is stopped
 * after it, and a lock older than this is stale (its holder was killed or timed out).
 */
export const BUILD_TIMEOUT_MS = 360_000;

export interface BuildResult {
  code: number;
  output: string;
}

async function acquire(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(join(root, 'node_modules'), { recursive: true });
      mkdirSync(lock);
      return;
    } catch {
      // A lock left by a killed run is stale once a build holding it would have timed out.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > BUILD_TIMEOUT_MS) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Copies from earlier runs, a day old or more. */
function removeOldCopies(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(COPY_PREFIX) || name === `${COPY_PREFIX}${runId}`) continue;
    const path = join(tmpdir(), name);
    if (Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 86_400_000) rmSync(path, { recursive: true, force: true });
  }
}

let built: Promise<BuildResult> | undefined;

/**
 * `astro build` of the fixture with fresh caches, at most once per vitest run; the site is then in
 * `dist`. (`vitest --watch` keeps its first build: restart it after changing the theme.)
 */
export function buildLessonMarkdown(): Promise<BuildResult> {
  built ??= (async () => {
    await acquire();
    try {
      if (existsSync(log)) return JSON.parse(readFileSync(log, 'utf8')) as BuildResult;
      removeOldCopies();
      for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(root, dir), { recursive: true, force: true });
      let result: BuildResult;
      try {
        const { stdout, stderr } = await run(process.execPath, [astroBin, 'build'], {
          cwd: root,
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
          maxBuffer: 32 * 1024 * 1024,
          timeout: BUILD_TIMEOUT_MS,
        });
        result = { code: 0, output: stdout + stderr };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        result = { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
      }
      rmSync(dist, { recursive: true, force: true });
      if (result.code === 0) cpSync(join(root, 'dist'), dist, { recursive: true });
      mkdirSync(dist, { recursive: true });
      writeFileSync(log, JSON.stringify(result));
      return result;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  })();
  return built;
}

/** A built page's HTML, by route (`posts/x`). */
export function builtPage(route: string): string {
  return readFileSync(join(dist, route, 'index.html'), 'utf8');
}
