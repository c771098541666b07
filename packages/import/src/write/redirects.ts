// Old addresses → new ones, written three ways:
// - `public/_redirects` for Netlify (and Cloudflare Pages), inside a marked block that a later run
//   replaces, so the teacher's own lines stay. `301!` forces the redirect even though Astro also
//   writes a page at the old path. `?p=123` links are matched on their query parameter (Netlify only).
// - `redirects.json`, which the theme gives Astro as `redirects`: a static build writes a small page
//   with a meta refresh at each old path, which is what GitHub Pages can serve.
// - a report listing every pair, for Blogger's own Settings → Custom redirects and for the record.
export interface Redirect {
  from: string;
  to: string;
  /** A `?p=123` address: only a host that matches queries can redirect it. */
  query?: { name: string; value: string };
}

export const BLOCK_START = '# guru-blog import: begin (written by `guru-blog import`; lines outside this block are kept)';
export const BLOCK_END = '# guru-blog import: end';

/** A path as a `_redirects` line needs it: no spaces, non-ASCII percent-encoded. */
function encodePath(path: string): string {
  try {
    return encodeURI(decodeURI(path));
  } catch {
    return encodeURI(path);
  }
}

export function netlifyLines(redirects: Redirect[]): string[] {
  return redirects.map((r) => (r.query ? `/  ${r.query.name}=${r.query.value}  ${r.to}  301!` : `${encodePath(r.from)}  ${r.to}  301!`));
}

/** `existing` with the import's block replaced (or added at the end). */
export function withBlock(existing: string, lines: string[]): string {
  const start = existing.indexOf(BLOCK_START);
  const end = existing.indexOf(BLOCK_END);
  let before = existing;
  let after = '';
  if (start >= 0 && end > start) {
    before = existing.slice(0, start);
    after = existing.slice(end + BLOCK_END.length).replace(/^\r?\n/, '');
  }
  const block = lines.length ? `${BLOCK_START}\n${lines.join('\n')}\n${BLOCK_END}\n` : '';
  const head = before && !before.endsWith('\n') ? `${before}\n` : before;
  return `${head}${block}${after}`;
}

const ROUTE_SAFE = /^[A-Za-z0-9._~!$&'()*+,;=:@/-]+$/;

/** True when a static route (Astro, GitHub Pages) can serve this old path. */
export const isRouteSafe = (path: string) => ROUTE_SAFE.test(path);

/** The Astro redirects: paths only (a query cannot be a route), decoded as Astro routes name them. */
export function astroRedirects(existing: Record<string, string>, redirects: Redirect[], previous: Set<string>): Record<string, string> {
  const out: Record<string, string> = {};
  // Entries a teacher added by hand stay; the ones an earlier import wrote are replaced.
  for (const [from, to] of Object.entries(existing)) if (!previous.has(from)) out[from] = to;
  for (const r of redirects) {
    // Astro makes no page for a path with spaces or non-ASCII letters (a label like "Kelas 7"):
    // those, like queries, are redirected by Netlify only.
    if (r.query || !ROUTE_SAFE.test(r.from)) continue;
    out[r.from] = r.to;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
