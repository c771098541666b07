#!/usr/bin/env node
// Launcher for the `guru-community` CLI (built into dist/ by scripts/build.mjs).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch } from '@guru-blog/theme/launch';
import { suitableNodeFirst } from '@guru-blog/theme/node';

const argv = process.argv.slice(2);
// dev, build and preview run the site's Astro: on a Node older than it needs, they run again on a
// suitable one or stop naming the version to install (the theme's bootstrap, as `guru-blog` does).
suitableNodeFirst({ script: fileURLToPath(import.meta.url), argv, commands: ['dev', 'build', 'preview'], prefix: '[guru-community] ' });
// A fetch run's main thread only moves bytes (feed workers parse them), but with V8's default young
// generation it still keeps tens of MB of garbage. A small one costs no speed (measured on the
// 1,000-feed farm of packages/bench: 205 MB → 160 MB peak for the whole process).
if ((argv[0] === 'fetch' || argv[0] === 'check') && !process.env.GURU_COMMUNITY_HEAP) {
  const flags = ['--max-semi-space-size=2', '--max-old-space-size=256'];
  const child = spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...argv], {
    stdio: 'inherit',
    env: { ...process.env, GURU_COMMUNITY_HEAP: '1' },
  });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}

await launch(new URL('../dist/cli.mjs', import.meta.url), argv);
