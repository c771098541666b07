// Untrusted feed HTML → HTML safe to put in a community page. sanitize-html does the parsing and the
// allowlist; our transform resolves and checks every URL first (the WHATWG URL parser strips tabs,
// newlines and leading controls the way browsers do, so `jav&#x09;ascript:` is seen as `javascript:`).

import type { Attributes, IFrame, IOptions, Tag } from 'sanitize-html';
import sanitizeHtml from 'sanitize-html';
import { trimEndOf } from '../parse/scan.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, DROP_CONTENT_TAGS, IFRAME_HOSTS } from './allowlist.ts';

export interface SanitizeOptions {
  /** URL of the post (or feed); relative URLs are resolved against it and dropped without it. */
  baseUrl?: string;
}

type UrlKind = 'href' | 'src' | 'iframe';

const SCHEMES: Record<UrlKind, readonly string[]> = {
  href: ['http:', 'https:', 'mailto:'],
  src: ['http:', 'https:'],
  iframe: ['https:'],
};

// Protocol-relative URLs are resolved as the https community site would resolve them.
const PROTOCOL_RELATIVE_BASE = 'https://protocol-relative.invalid/';
const NUMBER = /^\d{1,4}$/;

/** `raw` parsed as a browser would on the original post, or undefined when that is not knowable. */
function parseUrl(raw: string, base: URL | undefined): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    // Relative. Only a protocol-relative URL (`//host`, or `\\host` as browsers read it) changes the
    // host of the base; that one is resolved like the https site would, whatever the blog's base.
    try {
      const probe = new URL(raw, PROTOCOL_RELATIVE_BASE);
      if (probe.host !== new URL(PROTOCOL_RELATIVE_BASE).host) return probe;
      return base ? new URL(raw, base) : undefined;
    } catch {
      return undefined;
    }
  }
}

/** Absolute, allowed URL for `raw`, or undefined when it must be dropped. */
function safeUrl(raw: string | undefined, kind: UrlKind, base: URL | undefined): string | undefined {
  if (!raw?.trim()) return undefined;
  const url = parseUrl(raw, base);
  if (!url || !SCHEMES[kind].includes(url.protocol)) return undefined;
  if (url.protocol !== 'mailto:' && (!url.hostname || url.hostname.endsWith('.invalid'))) return undefined;
  if (kind === 'iframe') {
    const prefixes = IFRAME_HOSTS[url.hostname];
    if (!prefixes?.some((prefix) => url.pathname.startsWith(prefix)) || url.username || url.password) return undefined;
  }
  return url.href;
}

/** srcset candidates as [url, descriptor], split the way browsers do: a URL is a run of non-whitespace
 * (so `data:…,…` stays whole) and trailing commas end it without descriptors. */
function srcsetCandidates(raw: string): [string, string][] {
  const candidates: [string, string][] = [];
  const urlPattern = /[\s,]*(\S+)/y;
  for (let match = urlPattern.exec(raw); match; match = urlPattern.exec(raw)) {
    const url = match[1] ?? '';
    if (url.endsWith(',')) {
      candidates.push([trimEndOf(url, ','), '']);
      continue;
    }
    const comma = raw.indexOf(',', urlPattern.lastIndex);
    const end = comma === -1 ? raw.length : comma;
    candidates.push([url, raw.slice(urlPattern.lastIndex, end).trim()]);
    urlPattern.lastIndex = end;
  }
  return candidates;
}

/** Every srcset candidate checked; a bad or unresolvable candidate is dropped, the rest kept. */
function safeSrcset(raw: string | undefined, base: URL | undefined): string | undefined {
  const kept: string[] = [];
  for (const [rawUrl, descriptor] of srcsetCandidates(raw ?? '')) {
    const url = safeUrl(rawUrl, 'src', base);
    if (!url || (descriptor && !/^(\d+w|\d+(\.\d+)?x)$/.test(descriptor))) continue;
    kept.push(descriptor ? `${url} ${descriptor}` : url);
  }
  return kept.length ? kept.join(', ') : undefined;
}

/** Copies the attributes worth keeping, in a fixed order, with their values checked. */
function transform(tagName: string, attribs: Attributes, base: URL | undefined): Tag {
  const name = tagName === 'h1' ? 'h2' : tagName;
  const out: Attributes = {};
  const set = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out[key] = value;
  };
  switch (name) {
    case 'a':
      set('href', safeUrl(attribs.href, 'href', base));
      set('title', attribs.title);
      // target is never copied: no window.opener, and members' links open like every other link.
      if (out.href) out.rel = 'ugc nofollow noopener';
      break;
    case 'img':
      set('src', safeUrl(attribs.src, 'src', base));
      set('srcset', safeSrcset(attribs.srcset, base));
      if (!out.src && !out.srcset) break;
      out.alt = attribs.alt ?? '';
      if (NUMBER.test(attribs.width ?? '')) set('width', attribs.width);
      if (NUMBER.test(attribs.height ?? '')) set('height', attribs.height);
      out.loading = 'lazy';
      out.decoding = 'async';
      break;
    case 'iframe':
      // srcdoc is never copied: it is a whole HTML document of its own.
      set('src', safeUrl(attribs.src, 'iframe', base));
      if (!out.src) break;
      set('title', attribs.title);
      if (NUMBER.test(attribs.width ?? '')) set('width', attribs.width);
      if (NUMBER.test(attribs.height ?? '')) set('height', attribs.height);
      out.loading = 'lazy';
      out.allowfullscreen = '';
      break;
    case 'th':
    case 'td':
      if (NUMBER.test(attribs.colspan ?? '')) set('colspan', attribs.colspan);
      if (NUMBER.test(attribs.rowspan ?? '')) set('rowspan', attribs.rowspan);
      break;
    case 'ol':
      if (NUMBER.test(attribs.start ?? '')) set('start', attribs.start);
      break;
    case 'abbr':
      set('title', attribs.title);
      break;
    case 'time':
      set('datetime', attribs.datetime);
      break;
  }
  return { tagName: name, attribs: out };
}

/** Drops elements that are useless without their URL: an image without a source, an iframe that is
 * not an allowed player (with whatever it contains), a link without a safe target (its text stays). */
function exclusiveFilter(frame: IFrame): boolean | 'excludeTag' {
  if (frame.tag === 'img') return !frame.attribs.src && !frame.attribs.srcset;
  if (frame.tag === 'iframe') return !frame.attribs.src;
  if (frame.tag === 'a') return frame.attribs.href ? false : 'excludeTag';
  return false;
}

function baseOf(baseUrl: string | undefined): URL | undefined {
  if (!baseUrl) return undefined;
  try {
    const url = new URL(baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Sanitizes untrusted feed HTML with an explicit allowlist; see allowlist.ts for what survives. */
export function sanitizeContent(html: string, options: SanitizeOptions = {}): string {
  if (!html) return '';
  const base = baseOf(options.baseUrl);
  const config: IOptions = {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'], iframe: ['https'] },
    // Our transform already made every URL absolute; anything else is a bug, so refuse it here too.
    allowProtocolRelative: false,
    allowedIframeHostnames: Object.keys(IFRAME_HOSTS),
    allowIframeRelativeUrls: false,
    nonTextTags: [...DROP_CONTENT_TAGS],
    disallowedTagsMode: 'discard',
    transformTags: {
      '*': (tagName, attribs) => transform(tagName, attribs, base),
      // The fallback text inside an iframe is never shown; emit none of it.
      iframe: (tagName, attribs) => ({ tagName, attribs, text: '' }),
    },
    exclusiveFilter,
  };
  return sanitizeHtml(html, config).trim();
}
