import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'astro';

const ID = 'virtual:guru-blog/cms-collections';
const CONTENT_CONFIGS = ['content.config.ts', 'content.config.mts', 'content.config.js', 'content.config.mjs'];

/**
 * `virtual:guru-blog/cms-collections`: the `collections` of the site's content config, so the
 * admin page builds its forms from the same schemas Astro validates with (extensions included),
 * the site's root folder, where the CMS's file server reads and writes, and the address of the
 * editor's script.
 */
export function cmsCollectionsPlugin(srcDir: URL, root: URL, script: string): NonNullable<ViteUserConfig['plugins']>[number] {
  const file = CONTENT_CONFIGS.map((name) => new URL(name, srcDir)).find((url) => existsSync(url));
  const collections = file ? `export { collections } from ${JSON.stringify(fileURLToPath(file))};` : 'export const collections = {};';
  const code = `${collections}\nexport const root = ${JSON.stringify(fileURLToPath(root))};\nexport const script = ${JSON.stringify(script)};`;
  return {
    name: 'guru-blog:cms-collections',
    resolveId: { filter: { id: /^virtual:guru-blog\/cms-collections$/ }, handler: () => `\0${ID}` },
    load: { filter: { id: /^\0virtual:guru-blog\/cms-collections$/ }, handler: () => code },
  };
}
