#!/usr/bin/env node
// Launcher for the `guru-community` CLI (TypeScript in src/cli/, run without a build step).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from '@guru-blog/theme/launch-ts';

const argv = process.argv.slice(2);
// A fetch run allocates fast while feeds stream in; without a smaller heap V8 keeps hundreds of MB
// of garbage. These limits halve peak memory at the same speed (measured: packages/bench).
if ((argv[0] === 'fetch' || argv[0] === 'check') && !process.env.GURU_COMMUNITY_HEAP) {
  const flags = ['--max-semi-space-size=8', '--max-old-space-size=256'];
  const child = spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...argv], {
    stdio: 'inherit',
    env: { ...process.env, GURU_COMMUNITY_HEAP: '1' },
  });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}

const root = new URL('../', import.meta.url);
// The theme's .ts files (subject catalog) need stripping too when installed under node_modules.
const theme = new URL('./', import.meta.resolve('@guru-blog/theme/package.json'));
await launch({ entry: new URL('src/cli/index.ts', root), roots: [root, theme], script: new URL(import.meta.url) });
