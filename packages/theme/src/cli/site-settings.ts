import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GuruBlogOptions } from '../options.ts';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];
const SITE_OPTIONS = Symbol.for('guru-blog.site-options');

/**
 * The theme's options of the site in `cwd` (language, strings, subjects), read by importing its
 * astro.config the way Astro does; undefined when there is none or it cannot be loaded here.
 */
export async function siteOptions(cwd: string): Promise<GuruBlogOptions | undefined> {
  const file = CONFIG_FILES.map((name) => join(cwd, name)).find((path) => existsSync(path));
  if (!file) return undefined;
  try {
    const config = ((await import(pathToFileURL(file).href)) as { default?: { integrations?: unknown[] } }).default;
    for (const integration of (config?.integrations ?? []).flat()) {
      const options = (integration as Record<symbol, unknown> | null)?.[SITE_OPTIONS];
      if (options) return options as GuruBlogOptions;
    }
  } catch {
    // A config that does not load outside Astro: the command's own language is used.
  }
  return undefined;
}
