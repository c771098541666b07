#!/usr/bin/env node
// Launcher for the `guru-blog` CLI (TypeScript in src/cli/, run without a build step; see launch-ts.mjs).
import { launch } from './launch-ts.mjs';

const root = new URL('../', import.meta.url);
await launch({ entry: new URL('src/cli/index.ts', root), roots: [root], script: new URL(import.meta.url) });
