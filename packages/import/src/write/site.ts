// The Guru Blog site the import writes into, and the only place it writes: every path is checked
// to stay inside the site's folder, also through symbolic links.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isTimeZone } from '@guru-blog/theme/dates';

export interface SiteInfo {
  root: string;
  /** `site` of astro.config, without a trailing slash, when set. */
  site?: string;
  /** `base` of astro.config: '' or a path without a trailing slash (`/blog`, a GitHub Pages project site). */
  base: string;
  timeZone: string;
}

const CONFIGS = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js', 'astro.config.mts'];

const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;

/** A quoted value after `name:` in a config file (`timeZone: 'Asia/Makassar'`), not after `database:`. */
function configValue(text: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    if (at > 0 && IDENTIFIER_CHAR.test(text[at - 1]!)) continue;
    const rest = text.slice(from, from + 300);
    const match = /^\s*:\s*(['"`])([^'"`\n]{1,200})\1/.exec(rest);
    if (match) return match[2];
  }
}

/** The site in `cwd`, or undefined when `cwd` is not an Astro site with the Guru Blog theme. */
export function findSite(cwd: string): SiteInfo | undefined {
  const config = CONFIGS.map((name) => join(cwd, name)).find((path) => existsSync(path));
  if (!config) return undefined;
  const text = readFileSync(config, 'utf8');
  if (!text.includes('@guru-blog/theme')) return undefined;
  const site = configValue(text, 'site')?.replace(/\/+$/, '');
  // An unknown zone stops the site's build with its own message; the import keeps the default.
  const zone = configValue(text, 'timeZone');
  return {
    root: cwd,
    ...(site && /^https?:\/\//.test(site) ? { site } : {}),
    base: normalBase(configValue(text, 'base')),
    timeZone: zone && isTimeZone(zone) ? zone : 'Asia/Jakarta',
  };
}

/** `blog/`, `/blog/` and `/blog` → `/blog`; none or `/` → ''. Astro accepts all of them. */
function normalBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
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
