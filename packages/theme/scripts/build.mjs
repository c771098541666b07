// Builds the `guru-blog` CLI into dist/cli/ as plain JavaScript, as the community's and the
// scaffolder's CLIs are: any Node the package supports runs it, with no type stripping at run time.
// The theme's own modules are bundled in; its dependencies (and Astro, a peer) load from
// node_modules. dist/cli/ sits as deep as src/cli/, so the CLI finds ../../package.json from both.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { externalPackages, writeOutputFiles } from './bundle-output.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = externalPackages(pkg, { peers: true });

const result = await build({
  // Split: `check`, `dev` and `build` load Astro's zod, in a chunk of their own that `new lesson`
  // never imports, so creating a skeleton works before Astro is installed.
  entryPoints: { 'guru-blog': join(root, 'src', 'cli', 'index.ts') },
  outdir: join(root, 'dist', 'cli'),
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external,
  legalComments: 'none',
  logLevel: 'warning',
});
// The launcher's Node check and bootstrap, for whatever old Node a teacher has: plain ES2018.
const nodeFirst = await build({
  entryPoints: { 'node-first': join(root, 'bin', 'node-first.src.mjs') },
  outdir: join(root, 'dist', 'cli'),
  outExtension: { '.js': '.mjs' },
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node14',
  legalComments: 'none',
  logLevel: 'warning',
});
// The browser editor (/admin/): Decap CMS with React, bundled once here rather than in every
// blog's build. A blog then installs none of Decap's packages (about 86 MB in node_modules) and
// its build copies one file instead of bundling 5 MB of JavaScript (2.7 s → 5.5 s at 100 posts).
// The script reads the site's configuration from its page, so one bundle serves every site.
const admin = await build({
  entryPoints: { admin: join(root, 'src', 'cms', 'client.ts') },
  outdir: join(root, 'dist', 'cms'),
  write: false,
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  // Decap's and React's licence notices, in a file published beside the script.
  legalComments: 'external',
  logLevel: 'warning',
});
writeOutputFiles([...result.outputFiles, ...nodeFirst.outputFiles, ...admin.outputFiles]);
console.log('@guru-blog/theme: dist/cli/ and dist/cms/ built');
