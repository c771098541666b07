// Builds the published package: two bundles with every dependency inside (nothing to download but
// this one package, which matters on a school's weak connection), and the templates copied in
// from the repository's templates/ (create-vite style: no download at run time).
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lockfileAstroFloor } from '../../theme/src/node/index.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const repo = join(root, '..', '..');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const versions = {
  'create-guru-blog': readJson(join(root, 'package.json')).version,
  '@guru-blog/theme': readJson(join(repo, 'packages', 'theme', 'package.json')).version,
  '@guru-blog/community': readJson(join(repo, 'packages', 'community', 'package.json')).version,
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
// The Node floor of the astro the workspace pins and tests (its engines.node), for before a blog
// has its own astro installed.
const floor = lockfileAstroFloor(readFileSync(join(repo, 'pnpm-lock.yaml'), 'utf8'))?.floor;
if (!floor) throw new Error('no astro with engines.node in pnpm-lock.yaml');
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node18', legalComments: 'none', logLevel: 'warning' };
await build({
  ...common,
  entryPoints: { index: join(root, 'src', 'index.ts') },
  outdir: join(root, 'dist'),
  define: { __VERSIONS__: JSON.stringify(versions), __NODE_FLOOR__: JSON.stringify(floor) },
  // Bundled CommonJS (yaml) may call require(); give ESM output one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
await build({
  ...common,
  entryPoints: { 'node-version': join(root, 'src', 'node-version.ts') },
  outdir: join(root, 'dist'),
  define: { __NODE_FLOOR__: JSON.stringify(floor) },
});

const source = join(repo, 'templates');
const target = join(root, 'templates');
rmSync(target, { recursive: true, force: true });
const SKIP = new Set(['node_modules', 'dist', '.astro', '.turbo']);
for (const entry of readdirSync(source, { withFileTypes: true })) {
  if (!entry.isDirectory() || !existsSync(join(source, entry.name, 'template.json'))) continue;
  cpSync(join(source, entry.name), join(target, entry.name), {
    recursive: true,
    filter: (path) => !SKIP.has(path.split(/[\\/]/).pop()),
  });
}
console.log(`create-guru-blog: dist/ and templates/ built (theme ${versions['@guru-blog/theme']})`);
