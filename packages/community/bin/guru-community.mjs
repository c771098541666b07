#!/usr/bin/env node
// Launcher for the `guru-community` CLI (TypeScript in src/cli/, run without a build step).
import { launch } from '@guru-blog/theme/launch-ts';

const root = new URL('../', import.meta.url);
// The theme's .ts files (subject catalog) need stripping too when installed under node_modules.
const theme = new URL('./', import.meta.resolve('@guru-blog/theme/package.json'));
await launch({ entry: new URL('src/cli/index.ts', root), roots: [root, theme], script: new URL(import.meta.url) });
