// What the import needs from a site's astro.config, read as text (loading the config would need
// Vite and the site's whole install): its address, its base and its time zone. A Guru Blog site
// made for GitHub Pages does not write its base: `base: process.env.BASE_PATH || '/'` is filled by
// the deploy workflow (actions/configure-pages) while building. The import works that value out
// the way the workflow does, from the repository's GitHub remote, so redirects and links point
// where the published site will be.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Env = Record<string, string | undefined>;

/** Where the base came from, for the summary. */
export type BaseSource = 'config' | 'env' | 'github' | 'option' | 'none' | 'unresolved';

const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;

/** The text after each `name:` (up to the end of its line), not after `database:` or `baseUrl:`. */
function* configExpressions(text: string, name: string): Generator<string> {
  let from = 0;
  for (;;) {
    const at = text.indexOf(name, from);
    if (at < 0) return;
    from = at + name.length;
    if (at > 0 && IDENTIFIER_CHAR.test(text[at - 1]!)) continue;
    const rest = text.slice(from, from + 300);
    const colon = /^\s*:\s*/.exec(rest);
    if (colon) yield rest.slice(colon[0].length).split('\n')[0]!;
  }
}

const QUOTED = /^(['"`])([^'"`\n]{0,200})\1/;

/** The first quoted value after `name:` in a config file (`timeZone: 'Asia/Makassar'`). */
export function configValue(text: string, name: string): string | undefined {
  for (const expression of configExpressions(text, name)) {
    const value = QUOTED.exec(expression)?.[2];
    if (value) return value;
  }
  return undefined;
}

/** `blog/`, `/blog/` and `/blog` → `/blog`; none or `/` → ''. Astro accepts all of them. */
export function normalBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/** `owner/name` of the `origin` remote when it is on GitHub (read from .git/config, no git needed). */
export function githubRepository(root: string): { owner: string; name: string } | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, '.git', 'config'), 'utf8');
  } catch {
    return undefined;
  }
  let inOrigin = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) inOrigin = trimmed.replace(/\s+/g, ' ') === '[remote "origin"]';
    else if (inOrigin && trimmed.startsWith('url')) {
      const url = trimmed.slice(trimmed.indexOf('=') + 1).trim();
      // https://github.com/o/n(.git), git@github.com:o/n(.git), ssh://git@github.com/o/n
      const match = /github\.com[:/]([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(url.replace(/\.git\/?$/, '').replace(/\/$/, ''));
      return match ? { owner: match[1]!, name: match[2]! } : undefined;
    }
  }
  return undefined;
}

/** True when the site deploys to GitHub Pages with the Pages actions (as `--deploy github-pages` sets up). */
function deploysToGithubPages(root: string): boolean {
  const dir = join(root, '.github', 'workflows');
  try {
    return readdirSync(dir).some((name) => /\.ya?ml$/.test(name) && readFileSync(join(dir, name), 'utf8').includes('actions/configure-pages'));
  } catch {
    return false;
  }
}

/**
 * The base the published site will have. A literal `base: '/blog'` is that; `base:
 * process.env.X || '/'` takes X from the environment when set, else, on GitHub Pages, what the
 * workflow will give (`/<repository>` for a project site; none for `<owner>.github.io` or a
 * custom domain in public/CNAME), else the fallback.
 */
export function siteBase(root: string, text: string, env: Env): { base: string; source: BaseSource; site?: string; netlifyBase?: string } {
  const expression = configExpressions(text, 'base').next().value;
  if (expression === undefined) return { base: '', source: 'none' };
  const literal = QUOTED.exec(expression)?.[2];
  if (literal !== undefined) return { base: normalBase(literal), source: 'config' };
  const variable = /process\.env\.([A-Za-z_][A-Za-z0-9_]{0,60})/.exec(expression)?.[1];
  const fallback = normalBase(/(?:\|\||\?\?)\s*(['"`])([^'"`\n]{0,200})\1/.exec(expression)?.[2]);
  if (variable && env[variable] !== undefined && env[variable] !== '') return { base: normalBase(env[variable]), source: 'env' };
  if (variable && deploysToGithubPages(root)) {
    // A custom domain serves the site at its root.
    if (existsSync(join(root, 'public', 'CNAME'))) return { base: '', source: 'none' };
    const repository = githubRepository(root);
    if (repository) {
      const userSite = repository.name.toLowerCase() === `${repository.owner.toLowerCase()}.github.io`;
      return {
        base: userSite ? '' : `/${repository.name}`,
        source: 'github',
        site: `https://${repository.owner.toLowerCase()}.github.io`,
        // The workflow's variable is GitHub's: a build on Netlify (a site made for both) has the fallback.
        netlifyBase: fallback,
      };
    }
  }
  // Filled while building and not known here (a GitHub Pages site not yet on GitHub): the fallback, said in the summary.
  return { base: fallback, source: variable ? 'unresolved' : fallback ? 'config' : 'none' };
}
