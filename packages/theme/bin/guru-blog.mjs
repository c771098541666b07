#!/usr/bin/env node
// `guru-blog`: the CLI built into dist/cli/ by scripts/build.mjs. dev, build, preview and check
// first make sure this Node is one the blog's installed Astro accepts (bin/node-first.src.mjs,
// bundled into dist/cli/node-first.mjs for any old Node).
import { fileURLToPath } from 'node:url';
import { launch } from './launch.mjs';

// Missing only in an unbuilt checkout, where launch() below says to build first.
const nodeFirst = await import('../dist/cli/node-first.mjs').catch(() => undefined);
nodeFirst?.suitableNodeFirst({ script: fileURLToPath(import.meta.url), argv: process.argv.slice(2) });
await launch(new URL('../dist/cli/guru-blog.mjs', import.meta.url));
