// Builds `guru-blog import` into dist/command.mjs as plain JavaScript, as the theme's CLI is built:
// an installed package lives under node_modules, where Node will not strip TypeScript types. The
// theme's helpers it uses (slugs, embed addresses, the message kit) are bundled in; the unified
// stack and the other dependencies load from node_modules.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { externalPackages, writeOutputFiles } from '../../theme/scripts/bundle-output.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = externalPackages(pkg, { bundled: ['@guru-blog/theme'] });

const result = await build({
  entryPoints: [join(root, 'src', 'index.ts')],
  outfile: join(root, 'dist', 'command.mjs'),
  write: false,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external,
  legalComments: 'none',
  logLevel: 'warning',
});
writeOutputFiles(result.outputFiles);
console.log('@guru-blog/import: dist/ built');
