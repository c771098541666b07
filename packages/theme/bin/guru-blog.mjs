#!/usr/bin/env node
// `guru-blog`: the CLI built into dist/cli/ by scripts/build.mjs.
import { launch } from './launch.mjs';

await launch(new URL('../dist/cli/guru-blog.mjs', import.meta.url));
