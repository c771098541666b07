// Feed text to ParsedFeed. feedsmith reads the four formats and keeps each one's own shape; this file
// chooses among their fields (the rel="alternate" link, guid vs link, dc:date vs pubDate), resolves
// URLs against xml:base or the feed URL, reads dates, and names what a document is when it is no feed.

import { createHash } from 'node:crypto';
import { escapeHtml } from '@guru-blog/theme/kit';
import type { AtomFeed, JsonFeed, MediaNs, RdfFeed, RssFeed } from 'feedsmith';
import {
  detectAtomFeed,
  detectJsonFeed,
  detectRdfFeed,
  detectRssFeed,
  MalformedError,
  parseAtomFeed,
  parseJsonFeed,
  parseRdfFeed,
  parseRssFeed,
} from 'feedsmith';
import type { FeedFormat, ParsedFeed, ParsedItem } from '../model.ts';
import { clampToNow, parseFeedDate } from './dates.ts';
import { firstElement, stripTags } from './scan.ts';
import { absolutizeHtml, httpUrl, resolveBase } from './urls.ts';

export type FeedParseErrorKind = 'empty' | 'html' | 'not-feed' | 'malformed';

/** The document is no usable feed; the message says what it looks like ("HTML page, not a feed"). */
export class FeedParseError extends Error {
  override readonly name = 'FeedParseError';
  readonly kind: FeedParseErrorKind;

  constructor(kind: FeedParseErrorKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.kind = kind;
  }
}

type FeedDate = Date | undefined;
const OPTIONS = { parseDateFn: (raw: string): FeedDate => parseFeedDate(raw) };
const LABELS: Record<FeedFormat, string> = { rss: 'RSS feed', atom: 'Atom feed', rdf: 'RDF (RSS 1.0) feed', json: 'JSON Feed' };

/**
 * Parses RSS 0.9x/2.0, Atom, RDF and JSON Feed into ParsedFeed. feedUrl is the URL the text was fetched
 * from (the base for relative URLs); dates after now are clamped to now. Throws FeedParseError.
 */
export function parseFeed(text: string, feedUrl: string, now: Date): ParsedFeed {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new FeedParseError('empty', 'empty document');
  if (body.startsWith('{') || body.startsWith('[')) return normalizeJson(readJson(body), feedUrl, now);
  switch (xmlFormat(body)) {
    case 'rss':
      return normalizeRss(readXml(body, 'rss', parseRssFeed), feedUrl, now);
    case 'atom':
      return normalizeAtom(readXml(body, 'atom', parseAtomFeed), feedUrl, now);
    case 'rdf':
      return normalizeRdf(readXml(body, 'rdf', parseRdfFeed), feedUrl, now);
  }
}

// ---- Recognising the document -------------------------------------------------------------------

/** The format from the root element; feedsmith's own detection as a fallback (a PHP warning before <?xml). */
function xmlFormat(body: string): Exclude<FeedFormat, 'json'> {
  const root = firstElement(body);
  const local = root?.split(':').pop()?.toLowerCase();
  if (local === 'html') throw new FeedParseError('html', 'HTML page, not a feed');
  // feedsmith's detectors are type guards on string: their false branch would narrow body to never.
  const text: unknown = body;
  if (local === 'rss' || detectRssFeed(text)) return 'rss';
  if (local === 'feed' || detectAtomFeed(text)) return 'atom';
  if (local === 'rdf' || detectRdfFeed(text)) return 'rdf';
  // An error page whose server printed something (a PHP notice) before the HTML.
  if (/<(?:!doctype\s{1,20}html|html[\s>])/i.test(body.slice(0, 2048))) throw new FeedParseError('html', 'HTML page, not a feed');
  if (root) throw new FeedParseError('not-feed', `XML document with root <${root}>, not a feed`);
  throw new FeedParseError('not-feed', `not a feed: the text starts with "${body.slice(0, 40)}"`);
}

/**
 * Runs a feedsmith parser. It survives bare '&' and unknown entities but not a file cut inside an
 * element, so a truncated feed is retried up to its last complete item or entry.
 */
function readXml<T>(body: string, format: FeedFormat, parse: (xml: string, options: typeof OPTIONS) => T): T {
  try {
    return parse(body, OPTIONS);
  } catch (error) {
    if (!(error instanceof MalformedError)) throw new FeedParseError('not-feed', `${LABELS[format]} with no channel or entries`, { cause: error });
    const repaired = cutAfterLastItem(body);
    if (repaired) {
      try {
        return parse(repaired, OPTIONS);
      } catch {
        // Reported below with the first error, which points at the real problem.
      }
    }
    const reason = error.cause instanceof Error ? error.cause.message : error.message;
    throw new FeedParseError('malformed', `malformed ${LABELS[format]}: ${reason}`, { cause: error });
  }
}

function cutAfterLastItem(xml: string): string | undefined {
  let end = -1;
  for (const match of xml.matchAll(/<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi)) end = match.index + match[0].length;
  return end > 0 && end < xml.length ? xml.slice(0, end) : undefined;
}

function readJson(body: string): JsonFeed.Feed<FeedDate> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new FeedParseError('malformed', `malformed JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!detectJsonFeed(value)) throw new FeedParseError('not-feed', 'JSON document, not a JSON Feed');
  try {
    return parseJsonFeed(value, OPTIONS);
  } catch (error) {
    throw new FeedParseError('not-feed', 'JSON Feed with no usable content', { cause: error });
  }
}

// ---- Formats --------------------------------------------------------------------------------------

/** An item as read from one format, before ids, dates and duplicates are settled. */
interface Draft {
  id: string | undefined;
  title: string;
  url: string | undefined;
  published: FeedDate;
  updated: FeedDate;
  contentHtml: string | undefined;
  summaryHtml: string | undefined;
  categories: Array<string | undefined>;
  author: string | undefined;
  image: string | undefined;
}

function normalizeRss(feed: RssFeed.Feed<FeedDate>, feedUrl: string, now: Date): ParsedFeed {
  const feedBase = resolveBase(feed.xml?.base, feedUrl);
  const drafts = (feed.items ?? []).map((item): Draft => {
    const base = resolveBase(item.xml?.base, feedBase);
    const url = httpUrl(item.link, base) ?? alternateLink(item.atom?.links, base) ?? permalinkGuid(item.guid, base);
    const htmlBase = feed.xml?.base || item.xml?.base ? base : (url ?? base);
    return {
      id: item.guid?.value,
      title: htmlToText(item.title ?? item.dc?.titles?.[0]),
      url,
      published: item.pubDate ?? item.dc?.dates?.[0],
      updated: item.dcterms?.modified?.[0] ?? item.atom?.updated,
      contentHtml: html(item.content?.encoded, htmlBase),
      summaryHtml: html(item.description, htmlBase),
      categories: [...(item.categories ?? []).map((category) => category.name), ...(item.dc?.subjects ?? [])],
      author: item.authors?.find((person) => person.name)?.name ?? item.dc?.creators?.[0],
      image: firstHttp(
        [
          ...(item.enclosures ?? []).filter((enclosure) => isImage(enclosure.url, enclosure.type)).map((enclosure) => enclosure.url),
          ...mediaImages(item.media),
        ],
        base,
      ),
    };
  });
  const ttl = feed.ttl;
  return {
    format: 'rss',
    title: htmlToText(feed.title) || undefined,
    siteUrl: httpUrl(feed.link, feedBase),
    ttlMinutes: typeof ttl === 'number' && Number.isFinite(ttl) && ttl > 0 ? Math.round(ttl) : undefined,
    items: finishItems(drafts, now),
  };
}

/** RSS 2.0: a guid is a permalink unless isPermaLink="false"; without the attribute only a full http(s) URL is trusted. */
function permalinkGuid(guid: RssFeed.Guid | undefined, base: string): string | undefined {
  if (!guid?.value || guid.isPermaLink === false) return undefined;
  if (guid.isPermaLink === true) return httpUrl(guid.value, base);
  return /^https?:\/\//i.test(guid.value) ? httpUrl(guid.value) : undefined;
}

function normalizeRdf(feed: RdfFeed.Feed<FeedDate>, feedUrl: string, now: Date): ParsedFeed {
  const feedBase = resolveBase(feed.xml?.base, feedUrl);
  const drafts = (feed.items ?? []).map((item): Draft => {
    const base = resolveBase(item.xml?.base, feedBase);
    const url = httpUrl(item.link, base) ?? httpUrl(item.rdf?.about, base);
    const htmlBase = feed.xml?.base || item.xml?.base ? base : (url ?? base);
    return {
      id: item.rdf?.about,
      title: htmlToText(item.title ?? item.dc?.titles?.[0]),
      url,
      published: item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0],
      updated: item.dcterms?.modified?.[0],
      contentHtml: html(item.content?.encoded, htmlBase),
      summaryHtml: html(item.description, htmlBase),
      categories: item.dc?.subjects ?? [],
      author: item.dc?.creators?.[0],
      image: firstHttp(mediaImages(item.media), base),
    };
  });
  return { format: 'rdf', title: htmlToText(feed.title) || undefined, siteUrl: httpUrl(feed.link, feedBase), items: finishItems(drafts, now) };
}

function normalizeAtom(feed: AtomFeed.Feed<FeedDate>, feedUrl: string, now: Date): ParsedFeed {
  const feedBase = resolveBase(feed.xml?.base, feedUrl);
  const feedAuthor = feed.authors?.find((person) => person.name)?.name;
  const drafts = (feed.entries ?? []).map((entry): Draft => {
    const base = resolveBase(entry.xml?.base, feedBase);
    const url = alternateLink(entry.links, base);
    // Inside content, a declared xml:base rules (RFC 4287); without one, relative URLs are relative to the post.
    const htmlBase = feed.xml?.base || entry.xml?.base ? base : (url ?? base);
    const enclosures = (entry.links ?? []).filter((link) => link.rel === 'enclosure' && isImage(link.href, link.type)).map((link) => link.href);
    return {
      id: entry.id,
      title: atomText(entry.title),
      url,
      // Feeds with only <updated> (GitHub, some generators) would otherwise all fall back to the first-seen time.
      published: entry.published ?? entry.dc?.dates?.[0] ?? entry.updated,
      updated: entry.updated,
      contentHtml: entry.content?.src ? undefined : atomHtml(entry.content, resolveBase(entry.content?.xml?.base, htmlBase)),
      summaryHtml: atomHtml(entry.summary, resolveBase(entry.summary?.xml?.base, htmlBase)),
      // Blogger exports mark the entry kind with a category; it is no topic.
      categories: (entry.categories ?? []).filter((category) => !category.scheme?.endsWith('#kind')).map((category) => category.label || category.term),
      author: entry.authors?.find((person) => person.name)?.name ?? feedAuthor,
      image: firstHttp([...enclosures, ...mediaImages(entry.media)], base),
    };
  });
  return { format: 'atom', title: atomText(feed.title) || undefined, siteUrl: alternateLink(feed.links, feedBase), items: finishItems(drafts, now) };
}

/**
 * The post's page: rel="alternate" or no rel, text/html first. Never "replies" (Blogger lists the
 * comment feed first), "self" or "edit", which point at feeds and APIs.
 */
function alternateLink(links: Array<AtomFeed.Link<FeedDate>> | undefined, base: string): string | undefined {
  const alternates = (links ?? []).filter((link) => !link.rel || link.rel === 'alternate');
  const preferred = alternates.filter((link) => !link.type || /^(?:text\/html|application\/xhtml\+xml)\b/i.test(link.type));
  return firstHttp(
    [...preferred, ...alternates].map((link) => link.href),
    base,
  );
}

function atomText(text: AtomFeed.Text | undefined): string {
  return isHtmlType(text?.type) ? htmlToText(text?.value) : collapse(text?.value ?? '');
}

/** Atom text constructs as HTML: html and xhtml as they are, text escaped; other media types carry no HTML. */
function atomHtml(content: AtomFeed.Content | AtomFeed.Text | undefined, base: string): string | undefined {
  if (!content?.value) return undefined;
  if (isHtmlType(content.type)) return html(content.value, base);
  if (!content.type || /^text(?:\/plain)?$/i.test(content.type)) return textToHtml(content.value);
  return undefined;
}

function isHtmlType(type: string | undefined): boolean {
  return !!type && /^(?:x?html|text\/html|application\/xhtml\+xml)$/i.test(type.trim());
}

function normalizeJson(feed: JsonFeed.Feed<FeedDate>, feedUrl: string, now: Date): ParsedFeed {
  const feedAuthor = feed.authors?.find((person) => person.name)?.name;
  const drafts = (feed.items ?? []).map((item): Draft => {
    const url = httpUrl(item.url, feedUrl) ?? httpUrl(item.external_url, feedUrl);
    const attachments = (item.attachments ?? []).filter((attachment) => isImage(attachment.url, attachment.mime_type)).map((attachment) => attachment.url);
    return {
      id: item.id,
      // The spec says plain text, but WordPress-made JSON feeds carry entities (&#8211;) in titles.
      title: htmlToText(item.title),
      url,
      published: item.date_published,
      updated: item.date_modified,
      contentHtml: html(item.content_html, url ?? feedUrl) ?? textToHtml(item.content_text),
      summaryHtml: textToHtml(item.summary),
      categories: item.tags ?? [],
      author: item.authors?.find((person) => person.name)?.name ?? feedAuthor,
      image: firstHttp([item.image, item.banner_image, ...attachments], feedUrl),
    };
  });
  return { format: 'json', title: htmlToText(feed.title) || undefined, siteUrl: httpUrl(feed.home_page_url, feedUrl), items: finishItems(drafts, now) };
}

// ---- Items ----------------------------------------------------------------------------------------

/** Settles ids (guid/id, else URL, else a hash), clamps dates, drops empty items and keeps the first of each id. */
function finishItems(drafts: Draft[], now: Date): ParsedItem[] {
  const seen = new Set<string>();
  const items: ParsedItem[] = [];
  for (const draft of drafts) {
    if (!draft.title && !draft.url && !draft.contentHtml && !draft.summaryHtml) continue;
    const published = clampToNow(draft.published, now);
    const id = draft.id?.trim() || draft.url || hashId(draft.title, published, draft.contentHtml ?? draft.summaryHtml);
    if (seen.has(id)) continue;
    seen.add(id);
    const author = htmlToText(draft.author);
    items.push({
      id,
      title: draft.title,
      url: draft.url,
      published,
      updated: clampToNow(draft.updated, now),
      contentHtml: draft.contentHtml,
      summaryHtml: draft.summaryHtml,
      categories: [...new Set(draft.categories.map(htmlToText).filter(Boolean))],
      author: author || undefined,
      image: draft.image,
    });
  }
  return items;
}

/** For items with neither id nor link: stable while title and date stay; the body only when both are missing. */
function hashId(title: string, published: Date | undefined, body: string | undefined): string {
  const key = title || published ? `${title}\n${published?.toISOString() ?? ''}` : (body ?? '');
  return `sha256:${createHash('sha256').update(key).digest('hex').slice(0, 32)}`;
}

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
// WordPress.com lists the author's avatar as the first media:content of every post.
const GRAVATAR = /^(?:https?:)?\/\/[^/]*gravatar\.com\//i;

function isImage(url: string | undefined, type?: string, medium?: string): url is string {
  if (!url) return false;
  if (type) return /^image\//i.test(type.trim());
  if (medium) return medium.trim().toLowerCase() === 'image';
  return IMAGE_EXTENSION.test(url);
}

/** media:thumbnail (Blogger's only image) before media:content images, including those in media:group. */
function mediaImages(media: MediaNs.ItemOrFeed | undefined): Array<string | undefined> {
  if (!media) return [];
  const scopes = [media, ...(media.groups ?? [])];
  const contents = scopes.flatMap((scope) => scope.contents ?? []);
  const thumbnails = [...scopes, ...contents].flatMap((scope) => scope.thumbnails ?? []).map((thumbnail) => thumbnail.url);
  const images = contents
    .filter((content) => isImage(content.url, content.type, content.medium) && !GRAVATAR.test(content.url ?? ''))
    .map((content) => content.url);
  return [...thumbnails, ...images];
}

function firstHttp(candidates: Array<string | undefined>, base: string): string | undefined {
  for (const candidate of candidates) {
    const url = httpUrl(candidate, base);
    if (url) return url;
  }
  return undefined;
}

// ---- HTML and text --------------------------------------------------------------------------------

function html(value: string | undefined, base: string): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? absolutizeHtml(trimmed, base) : undefined;
}

const SPACED_TAGS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Plain text from a title-like HTML string: tags out (block ones as spaces), entities decoded, whitespace collapsed. */
function htmlToText(value: string | undefined): string {
  if (!value) return '';
  return collapse(decodeEntities(stripTags(value, SPACED_TAGS)));
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text as HTML: escaped, blank lines as paragraphs, single newlines as <br>. */
function textToHtml(text: string | undefined): string | undefined {
  // Lines, then paragraphs at blank lines: split and trim, no regular expression that could backtrack on long runs of spaces.
  const paragraphs: string[][] = [[]];
  for (const line of (text ?? '').split('\n')) {
    const trimmed = line.trim();
    if (trimmed) paragraphs[paragraphs.length - 1]!.push(trimmed);
    else if (paragraphs[paragraphs.length - 1]!.length) paragraphs.push([]);
  }
  const filled = paragraphs.filter((lines) => lines.length);
  if (filled.length === 0) return undefined;
  return filled.map((lines) => `<p>${lines.map(escapeHtml).join('<br>')}</p>`).join('');
}

// feedsmith decodes entities once; what is left comes from double escaping, CDATA or type="html" titles.
// The Latin-1 names in code point order from U+00A0, plus the typographic ones blogs use.
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const ENTITIES: Record<string, string> = {
  ...Object.fromEntries(LATIN1_NAMES.split(' ').map((name, index) => [name, String.fromCodePoint(0xa0 + index)])),
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201A',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  hellip: '\u2026',
  bull: '\u2022',
  euro: '\u20AC',
  trade: '\u2122',
  rarr: '\u2192',
  larr: '\u2190',
};

function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,31}));/gi, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : whole;
    const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}
