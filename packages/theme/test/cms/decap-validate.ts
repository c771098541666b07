// Decap's own config validation (decap-cms-core's validateConfig, the ajv schema it checks a
// config with before the editor starts), run in Node: its widget schemas are registered the way
// decap-cms-app registers them, without the React controls.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';

const require = createRequire(import.meta.url);
const core = dirname(require.resolve('decap-cms-core/package.json'));
// The widgets are decap-cms-app's dependencies, next to it in the package store.
const widgets = dirname(dirname(require.resolve('decap-cms-app/package.json')));

/**
 * decap-cms-core's i18n module, which the validator imports for two enums, pulls in the editor's
 * whole state (reducers, storage). Tests replace it with those two enums, read from its own source.
 */
const i18nModule = join(core, 'dist/esm/lib/i18n.js');
function i18nConstants() {
  const source = readFileSync(i18nModule, 'utf8');
  const enumOf = (name: string) => Object.fromEntries([...source.matchAll(new RegExp(`${name}\\["(\\w+)"\\] = "([\\w-]+)"`, 'g'))].map((m) => [m[1], m[2]]));
  return { I18N_STRUCTURE: enumOf('I18N_STRUCTURE'), I18N_FIELD: enumOf('I18N_FIELD') };
}

export async function decapValidateConfig(): Promise<(config: unknown) => void> {
  // decap-cms-lib-widgets is a UMD bundle that names `window` while it loads; the validation
  // itself uses no browser API.
  (globalThis as { window?: unknown }).window ??= globalThis;
  vi.doMock(i18nModule, i18nConstants);
  const registry = await import(/* @vite-ignore */ join(core, 'dist/esm/lib/registry.js'));
  for (const dir of readdirSync(widgets).filter((d) => d.startsWith('decap-cms-widget-'))) {
    const schemaFile = join(widgets, dir, 'dist/esm/schema.js');
    const schema = existsSync(schemaFile) ? (await import(/* @vite-ignore */ schemaFile)).default : {};
    const name = dir.slice('decap-cms-widget-'.length);
    registry.registerWidget(
      name,
      () => null,
      () => null,
      schema,
    );
  }
  const { validateConfig } = await import(/* @vite-ignore */ join(core, 'dist/esm/constants/configSchema.js'));
  return validateConfig;
}
