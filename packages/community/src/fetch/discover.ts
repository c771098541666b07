// Finds a blog's feed from its home page: the page's <link rel="alternate"> first, then the
// conventions of the two platforms most members use (Blogger, WordPress). The page is read with
// htmlparser2's tokenizer (linear in the page's length, whatever the page holds) and, during a run,
// on a feed worker, never on the thread that serves the sockets.
import { Parser } from 'htmlparser2';
import { firstElement } from '../parse/scan.ts';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
  'application/rss',
  'application/atom',
  'application/rdf',
  'text/xml',
  'application/xml',
]);

/** Links and the generator are announced in the head; a page is read this far for them. */
const HEAD_CHARS = 512 * 1024;

interface PageFacts {
  links: Record<string, string>[];
  generator: string;
}

function readPage(html: string): PageFacts {
  const facts: PageFacts = { links: [], generator: '' };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'link') facts.links.push(attributes);
        else if (name === 'meta' && (attributes.name ?? '').toLowerCase() === 'generator' && !facts.generator) facts.generator = attributes.content ?? '';
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html.slice(0, HEAD_CHARS));
  parser.end();
  return facts;
}

/** Feed URLs a page announces, in page order, resolved against the page. Comment feeds are left out. */
export function feedLinksInPage(html: string, pageUrl: string): string[] {
  return feedLinks(readPage(html), pageUrl);
}

function feedLinks({ links }: PageFacts, pageUrl: string): string[] {
  const found: string[] = [];
  for (const attrs of links) {
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s/);
    const type = (attrs.type ?? '').trim().toLowerCase();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !attrs.href) continue;
    const label = `${attrs.title ?? ''} ${attrs.href}`.toLowerCase();
    if (label.includes('comment') || label.includes('komentar')) continue;
    const url = URL.parse(attrs.href.trim(), pageUrl);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && !found.includes(url.href)) found.push(url.href);
  }
  return found;
}

/** The platform's usual feed, when the page or the host says which platform it is. */
export function conventionalFeed(html: string, pageUrl: string): string | undefined {
  return conventional(readPage(html), html, pageUrl);
}

function conventional({ generator }: PageFacts, html: string, pageUrl: string): string | undefined {
  const url = new URL(pageUrl);
  const platform = generator.toLowerCase();
  if (/\.blogspot\.[a-z.]+$/i.test(url.hostname) || platform.includes('blogger')) return new URL('/feeds/posts/default', url).href;
  if (platform.includes('wordpress') || html.includes('/wp-content/')) return new URL('feed/', url.href.endsWith('/') ? url : `${url.href}/`).href;
  return undefined;
}

/** The feed a blog page leads to: the first it announces, else its platform's usual one. */
export function feedOfPage(html: string, pageUrl: string): string | undefined {
  const facts = readPage(html);
  return feedLinks(facts, pageUrl)[0] ?? conventional(facts, html, pageUrl);
}

/** Whether a response is itself a feed (a member gave the feed as the blog address). */
export function looksLikeFeed(contentType: string | undefined, text: string): boolean {
  if (contentType && /(rss|atom|feed)\+(xml|json)|\/(rss|atom)\b/i.test(contentType)) return true;
  const start = text.trimStart().slice(0, 500);
  if (start.startsWith('{')) return start.includes('jsonfeed.org/version');
  const root = firstElement(text, 64 * 1024);
  return root === 'rss' || root === 'feed' || root?.toLowerCase() === 'rdf:rdf';
}
