#!/usr/bin/env node
// Launcher for the `guru-blog` CLI (TypeScript in src/cli/, run without a build step; see launch-ts.mjs).
import { fileURLToPath } from 'node:url';
import { launch } from './launch-ts.mjs';
import { suitableNodeFirst } from './node-first.mjs';

const root = new URL('../', import.meta.url);
suitableNodeFirst({ root, script: fileURLToPath(import.meta.url), argv: process.argv.slice(2) });
await launch({ entry: new URL('src/cli/index.ts', root), roots: [root], script: new URL(import.meta.url) });
