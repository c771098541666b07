// Builds the importer into dist/ as plain JavaScript: the theme's `guru-blog import` loads it from
// the site's node_modules, where Node does not strip TypeScript. The theme's helpers it uses are
// bundled in (the theme ships TypeScript); its other dependencies load from node_modules.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const BUNDLED = new Set(['@guru-blog/theme']);
const external = Object.keys(pkg.dependencies ?? {})
  .filter((name) => !BUNDLED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

const result = await build({
  entryPoints: [join(root, 'src', 'index.ts')],
  outfile: join(root, 'dist', 'index.mjs'),
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external,
  legalComments: 'none',
  logLevel: 'warning',
});
for (const file of result.outputFiles) {
  // Temp file, then rename: a CLI running from dist/ never reads half a file.
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
console.log('@guru-blog/import: dist/ built');
