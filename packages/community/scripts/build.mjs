// Builds the CLI and its feed worker into dist/ as plain JavaScript. The CLI could run from the .ts
// sources through type stripping, but that costs each thread a WebAssembly compiler (about 18 MB)
// and a slower start, and a scheduled fetch should be lean. The feed parser and the sanitizer are
// bundled in too: each worker thread loads them, and one tree-shaken file costs a worker about 7 MB
// less than their many modules. The other dependencies are loaded from node_modules as usual.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BUNDLED = new Set(['@guru-blog/theme', 'feedsmith', 'sanitize-html']);

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'src', 'cli', 'index.ts'), 'feed-worker': join(root, 'src', 'process', 'feed-worker.ts') },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Chunks keep what only the worker needs (parser, sanitizer) out of the CLI's main thread.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: Object.keys(dependencies).filter((name) => !BUNDLED.has(name)),
  // Bundled CommonJS (sanitize-html and its parts) may call require(); give the ESM output one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
// The pool finds its worker as ./feed-worker.mjs beside itself: it must stay in dist/, not a chunk.
const pool = readdirSync(join(root, 'dist', 'chunks')).filter((f) => readFileSync(join(root, 'dist', 'chunks', f), 'utf8').includes('feed-worker.mjs'));
if (pool.length) throw new Error(`the feed pool was put into dist/chunks/${pool[0]}, where ./feed-worker.mjs does not resolve`);
console.log('@guru-blog/community: dist/ built');
