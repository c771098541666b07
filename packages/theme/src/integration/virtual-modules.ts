import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig } from 'astro';
import { COMPONENT_NAMES, type GuruBlogOptions } from '../options.ts';
import { paletteCss } from '../styles/palette-css.ts';

const PREFIX = 'virtual:guru-blog/';

/** Data the theme's routes and components read at build time, via `virtual:guru-blog/config`. */
export interface RuntimeConfig extends Omit<GuruBlogOptions, 'components' | 'customCss'> {
  /** Absolute site URL when `site` is set in astro.config. */
  site: string | undefined;
  base: string;
  /** Absolute path of the site's `public/` folder (attachment sizes are read from it at build). */
  publicDir: string;
  /** Whether the site's content config defines a `lessons` collection (routes.ts). */
  hasLessons: boolean;
}

function resolveFromRoot(root: URL, path: string): string {
  if (path.startsWith('.') || isAbsolute(path)) return resolve(fileURLToPath(root), path);
  return path; // a package specifier
}

/** One Vite plugin serving every `virtual:guru-blog/*` module from a map of strings. */
export function virtualModulesPlugin(options: GuruBlogOptions, runtime: RuntimeConfig, root: URL): NonNullable<ViteUserConfig['plugins']>[number] {
  const modules: Record<string, string> = {
    [`${PREFIX}config`]: `export default ${JSON.stringify(runtime)};`,
    [`${PREFIX}palette.css`]: `@layer guru.base{${paletteCss(options.accent)}}`,
    [`${PREFIX}user-css`]: options.customCss.map((css) => `import ${JSON.stringify(resolveFromRoot(root, css))};`).join('\n'),
  };
  for (const name of COMPONENT_NAMES) {
    const override = options.components[name];
    const target = override ? resolveFromRoot(root, override) : fileURLToPath(new URL(`../components/${name}.astro`, import.meta.url));
    modules[`${PREFIX}components/${name}`] = `export { default } from ${JSON.stringify(target)};`;
  }
  return {
    name: 'guru-blog:virtual-modules',
    resolveId: {
      filter: { id: /^virtual:guru-blog\// },
      handler: (id: string) => (id in modules ? `\0${id}` : undefined),
    },
    load: {
      filter: { id: /^\0virtual:guru-blog\// },
      handler: (id: string) => modules[id.slice(1)],
    },
  };
}
