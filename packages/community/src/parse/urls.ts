// URLs in feeds are often relative (to xml:base, the feed or the post) or protocol-relative (Blogger's
// //1.bp.blogspot.com images). Everything the parser hands on is absolute; links that are not http(s)
// are dropped here, while links inside HTML are only made absolute: the sanitizer decides about schemes.

import { replaceStartTags, trimEndOf } from './scan.ts';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** An absolute http(s) URL, resolving a relative one against base; undefined for other schemes or garbage. */
export function httpUrl(value: string | undefined, base?: string): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  const url = URL.parse(trimmed, base);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : undefined;
}

/** The base in scope under an element with this xml:base (itself possibly relative); the parent's without one. */
export function resolveBase(xmlBase: string | undefined, parent: string): string {
  const trimmed = xmlBase?.trim();
  if (!trimmed) return parent;
  return URL.parse(trimmed, parent)?.href ?? parent;
}

const TAG_NAME = /^<[a-z][^\s/>]*/i;
// One attribute at a time, so text inside another attribute's value (alt="… src=…") is never taken for one.
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Makes href, src and srcset in an HTML fragment absolute against base. Values stay entity-encoded as they were. */
export function absolutizeHtml(html: string, base: string | undefined): string {
  if (!base) return html;
  return replaceStartTags(html, (tag) => {
    const name = TAG_NAME.exec(tag)?.[0] ?? '';
    const rest = tag.slice(name.length).replace(ATTRIBUTE, (whole, attr: string, dq?: string, sq?: string, bare?: string) => {
      const value = dq ?? sq ?? bare;
      const lower = attr.toLowerCase();
      if (value === undefined || (lower !== 'href' && lower !== 'src' && lower !== 'srcset')) return whole;
      const next = lower === 'srcset' ? absolutizeSrcset(value, base) : absoluteRef(value, base);
      return `${attr}="${next.replaceAll('"', '&quot;')}"`;
    });
    return name + rest;
  });
}

/** A reference made absolute; ones with a scheme (https:, mailto:, data:) and unparseable ones are left alone. */
function absoluteRef(value: string, base: string): string {
  const trimmed = value.trim();
  if (!trimmed || SCHEME.test(trimmed)) return value;
  return URL.parse(trimmed, base)?.href ?? value;
}

/** srcset candidates as the HTML spec splits them: a URL runs to whitespace, so commas inside it (w_300,h_200) survive. */
function absolutizeSrcset(srcset: string, base: string): string {
  const candidates: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= srcset.length) break;
    let end = i;
    while (end < srcset.length && !/\s/.test(srcset[end]!)) end++;
    let url = srcset.slice(i, end);
    let descriptor = '';
    i = end;
    if (url.endsWith(',')) {
      url = trimEndOf(url, ',');
    } else {
      const comma = srcset.indexOf(',', i);
      const stop = comma === -1 ? srcset.length : comma;
      descriptor = srcset.slice(i, stop).trim();
      i = stop + 1;
    }
    candidates.push(descriptor ? `${absoluteRef(url, base)} ${descriptor}` : absoluteRef(url, base));
  }
  return candidates.join(', ');
}
