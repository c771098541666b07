// The Guru Blog site the import writes into, and the only place it writes: every path is checked
// to stay inside the site's folder, also through symbolic links.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isTimeZone } from '@guru-blog/theme/dates';
import { type BaseSource, configValue, type Env, normalBase, siteBase } from './site-config.ts';

export interface SiteInfo {
  root: string;
  /** `site` of astro.config, without a trailing slash, when set. */
  site?: string;
  /** `base` of astro.config: '' or a path without a trailing slash (`/blog`, a GitHub Pages project site). */
  base: string;
  /** The base of a build on Netlify when it differs (a site made for GitHub Pages and Netlify). */
  netlifyBase?: string;
  /** Where `base` came from (said in the summary when it is not the root). */
  baseSource: BaseSource;
  timeZone: string;
}

const CONFIGS = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts'];

/**
 * The site in `cwd`, or undefined when `cwd` is not an Astro site with the Guru Blog theme. `env`
 * is the environment the base may come from (a GitHub Pages site reads BASE_PATH while building);
 * `base` (`--base`) wins over what the config says.
 */
export function findSite(cwd: string, env: Env = {}, base?: string): SiteInfo | undefined {
  const config = CONFIGS.map((name) => join(cwd, name)).find((path) => existsSync(path));
  if (!config) return undefined;
  const text = readFileSync(config, 'utf8');
  if (!text.includes('@guru-blog/theme')) return undefined;
  const written = configValue(text, 'site')?.replace(/\/+$/, '');
  const found = base === undefined ? siteBase(cwd, text, env) : { base: normalBase(base), source: 'option' as const };
  const site = written && /^https?:\/\//.test(written) ? written : 'site' in found ? found.site : undefined;
  // An unknown zone stops the site's build with its own message; the import keeps the default.
  const zone = configValue(text, 'timeZone');
  return {
    root: cwd,
    ...(site ? { site } : {}),
    base: found.base,
    ...('netlifyBase' in found && found.netlifyBase !== found.base ? { netlifyBase: found.netlifyBase } : {}),
    baseSource: found.source,
    timeZone: zone && isTimeZone(zone) ? zone : 'Asia/Jakarta',
  };
}

/** Writes files under one root, refusing any path that leads out of it. */
export class SiteFiles {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Absolute path of a site-relative path; throws when it would leave the site. */
  path(relativePath: string): string {
    const absolute = resolve(this.root, relativePath);
    if (isAbsolute(relativePath) || (absolute !== this.root && !absolute.startsWith(this.root + sep)))
      throw new Error(`refused path outside the site: ${relativePath}`);
    return absolute;
  }

  /** The folder exists afterwards and, resolving links, is still inside the site. */
  private async ensureDir(absolute: string): Promise<void> {
    const dir = dirname(absolute);
    await mkdir(dir, { recursive: true });
    const real = await realpath(dir);
    const realRoot = await realpath(this.root);
    if (real !== realRoot && !real.startsWith(realRoot + sep)) throw new Error(`refused path outside the site: ${relative(this.root, absolute)}`);
  }

  async read(relativePath: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(relativePath));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async readText(relativePath: string): Promise<string | undefined> {
    return (await this.read(relativePath))?.toString('utf8');
  }

  exists(relativePath: string): boolean {
    return existsSync(this.path(relativePath));
  }

  /** Names in a folder; none when it does not exist. */
  list(relativePath: string): string[] {
    try {
      return readdirSync(this.path(relativePath));
    } catch {
      return [];
    }
  }

  /** Writes through a temporary file and a rename: an interrupted import leaves no half file. */
  async write(relativePath: string, content: string | Uint8Array): Promise<void> {
    const absolute = this.path(relativePath);
    await this.ensureDir(absolute);
    const temporary = `${absolute}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, absolute);
  }
}
