// Redirects from a site's old addresses, kept in `redirects.json` at the site's root (written by
// `guru-blog import`, editable by hand): `{ "/2019/08/pecahan.html": "/posts/pecahan/" }`. They
// become Astro `redirects`, so a static build writes a page with a meta refresh at each old path
// (all GitHub Pages can do; Netlify reads public/_redirects first). The site's own `redirects` in
// astro.config win over the file.
import { readFileSync } from 'node:fs';

export const REDIRECTS_FILE = 'redirects.json';

/** Only plain site paths: an entry that is not one is left out and reported. */
const isSitePath = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !/[\s<>"'\\]/.test(value);

export function readSiteRedirects(root: URL, warn: (message: string) => void): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(new URL(REDIRECTS_FILE, root), 'utf8');
  } catch {
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    warn(`${REDIRECTS_FILE}: ${(error as Error).message}`);
    return {};
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(data)) {
    if (isSitePath(from) && isSitePath(to)) out[from] = to;
    else warn(`${REDIRECTS_FILE}: ${from} → ${String(to)}`);
  }
  return out;
}
