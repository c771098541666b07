// Finds a blog's feed from its home page: the page's <link rel="alternate"> first, then the
// conventions of the two platforms most members use (Blogger, WordPress).

const FEED_TYPES = /^(application\/(rss|atom|feed|rdf)\+(xml|json)|application\/(rss|atom|rdf)|text\/xml|application\/xml)$/i;

/** Attributes of every <link …> tag in the <head>-ish part of a page (no full HTML parser needed). */
function linkTags(html: string): Record<string, string>[] {
  const head = html.slice(0, 200_000);
  const tags = head.match(/<link\b[^>]*>/gi) ?? [];
  return tags.map((tag) => {
    const attrs: Record<string, string> = {};
    for (const m of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
      attrs[m[1]!.toLowerCase()] = (m[3] ?? m[4] ?? m[5] ?? '').replace(/&amp;/g, '&');
    }
    return attrs;
  });
}

/** Feed URLs a page announces, in page order, resolved against the page. Comment feeds are left out. */
export function feedLinksInPage(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const attrs of linkTags(html)) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') || !FEED_TYPES.test((attrs.type ?? '').trim()) || !attrs.href) continue;
    if (/comment|komentar/i.test(`${attrs.title ?? ''} ${attrs.href}`)) continue;
    try {
      const url = new URL(attrs.href, pageUrl);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href)) found.push(url.href);
    } catch {
      // a broken href is skipped
    }
  }
  return found;
}

/** The platform's usual feed, when the page or the host says which platform it is. */
export function conventionalFeed(html: string, pageUrl: string): string | undefined {
  const url = new URL(pageUrl);
  const generator = /<meta\s+[^>]*name=["']generator["'][^>]*content=["']([^"']+)/i.exec(html)?.[1] ?? '';
  if (/\.blogspot\.[a-z.]+$/i.test(url.hostname) || /blogger/i.test(generator)) return new URL('/feeds/posts/default', url).href;
  if (/wordpress/i.test(generator) || /\/wp-content\//.test(html)) return new URL('feed/', url.href.endsWith('/') ? url : `${url.href}/`).href;
  return undefined;
}

/** Whether a response is itself a feed (a member gave the feed as the blog address). */
export function looksLikeFeed(contentType: string | undefined, text: string): boolean {
  if (contentType && /(rss|atom|feed)\+(xml|json)|\/(rss|atom)\b/i.test(contentType)) return true;
  const start = text.trimStart().slice(0, 500);
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(start) || (/^\{/.test(start) && /jsonfeed\.org\/version/.test(start));
}
