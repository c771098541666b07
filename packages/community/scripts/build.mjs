// Builds the CLI and its feed worker into dist/ as plain JavaScript. The CLI could run from the .ts
// sources through type stripping, but that costs each thread a WebAssembly compiler (about 18 MB)
// and a slower start, and a scheduled fetch should be lean. The feed parser and the sanitizer are
// bundled in too: each worker thread loads them, and one tree-shaken file costs a worker about 7 MB
// less than their many modules. The other dependencies are loaded from node_modules as usual.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { externalPackages, writeOutputFiles } from '../../theme/scripts/bundle-output.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const dist = join(root, 'dist');
const result = await build({
  // Written below, one file at a time: a CLI already running from dist/ (a fetch, another
  // package's tests while this one is packed) must never see a missing or half-written file.
  write: false,
  entryPoints: { cli: join(root, 'src', 'cli', 'index.ts'), 'feed-worker': join(root, 'src', 'process', 'feed-worker.ts') },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Chunks keep what only the worker needs (parser, sanitizer) out of the CLI's main thread.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: externalPackages(pkg, { bundled: ['@guru-blog/theme', 'feedsmith', 'sanitize-html', 'htmlparser2'] }),
  // Bundled CommonJS (sanitize-html and its parts) may call require(); give the ESM output one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
// The pool finds its worker as ./feed-worker.mjs beside itself: it must stay in dist/, not a
// chunk. Checked before anything is written, so a bad build leaves the last good dist/ in place.
const pool = result.outputFiles.filter((file) => relative(dist, file.path).startsWith('chunks') && file.text.includes('feed-worker.mjs'));
if (pool.length) throw new Error(`the feed pool was put into dist/${relative(dist, pool[0].path)}, where ./feed-worker.mjs does not resolve`);
const written = new Set(writeOutputFiles(result.outputFiles).map((path) => relative(dist, path)));
// Chunks of earlier builds go only once the new files are in place.
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  const path = join(entry.parentPath, entry.name);
  if (entry.isFile() && !written.has(relative(dist, path))) rmSync(path, { force: true });
}
console.log('@guru-blog/community: dist/ built');
