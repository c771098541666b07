/** Joins the site's base path and a route path: url('/posts/') → '/blog/posts/' under base '/blog'. */
export function withBase(base: string, path: string): string {
  const trimmed = base.replace(/\/$/, '');
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** An absolute URL when the site URL is known, else the path (feeds and social cards prefer absolute). */
export function absolute(site: string | undefined, path: string): string {
  if (/^https?:\/\//.test(path)) return path;
  return site ? new URL(path, `${site}/`).href : path;
}

const ROOT_RELATIVE = /^\/(?!\/)/;

/**
 * True for an address (`https://…`, `data:…`) or a site path (`/…`): what an image field or
 * `![…](…)` may hold that is not a file next to the post.
 */
export function isAddressOrSitePath(value: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(value);
}

/** Makes root-relative `src`/`href`/`poster` and `srcset` URLs in HTML absolute, for feed readers. */
export function absolutizeHtml(html: string, site: string | undefined): string {
  if (!site) return html;
  return html
    .replace(/\s(src|href|poster)="(\/[^"/][^"]*|\/)"/g, (_m, attr: string, path: string) => ` ${attr}="${absolute(site, path)}"`)
    .replace(/\ssrcset="([^"]*)"/g, (_m, set: string) => {
      // Each candidate is "URL [descriptor]", separated by ", " (a comma inside a URL, as some
      // image CDNs write, has no space after it); readers pick one, so every URL must stand alone.
      const candidates = set.split(/,\s+/).map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [ROOT_RELATIVE.test(url) ? absolute(site, url) : url, ...descriptor].join(' ');
      });
      return ` srcset="${candidates.join(', ')}"`;
    });
}
