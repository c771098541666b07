// Small text helpers shared by both parsers.
import { decodeHTML } from 'entities';

const ENTITY = /&(?:[a-zA-Z]{2,8}|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;

/** True when text holds an HTML entity (`&amp;`, `&#39;`): after one decoding, a sign of a second escape. */
export const hasEntity = (text: string) => ENTITY.test(text);

/** A plain-text field (title, label) that still holds entities after XML decoding: decoded once more. */
export function plainText(text: string): { text: string; doubleEscaped: boolean } {
  const trimmed = text.trim();
  if (!ENTITY.test(trimmed)) return { text: trimmed, doubleEscaped: false };
  return { text: decodeHTML(trimmed).trim(), doubleEscaped: true };
}

/**
 * A body escaped twice shows its own markup as text (`&lt;p&gt;Halo&lt;/p&gt;`): it has no tag of its
 * own but escaped tags. Decoded once more; other bodies are left as they are.
 */
export function unescapeBody(html: string): { html: string; doubleEscaped: boolean } {
  if (html.includes('<') || !/&lt;\/?[a-zA-Z]{1,10}[\s/&]/.test(html)) return { html, doubleEscaped: false };
  return { html: decodeHTML(html), doubleEscaped: true };
}

/** The path (with query) of an address, '' when it is not one. */
export function pathOf(address: string): string {
  try {
    const url = new URL(address.trim());
    return `${url.pathname}${url.search}`;
  } catch {
    return '';
  }
}

/** `https://bu-ani.blogspot.com/2019/08/x.html` → `https://bu-ani.blogspot.com`. */
export function originOf(address: string): string | undefined {
  try {
    const url = new URL(address.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
