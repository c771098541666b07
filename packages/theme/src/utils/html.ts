/** Escapes text for an HTML text node. */
export const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Escapes text for a double-quoted HTML attribute value (safe in text nodes too). */
export const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" };

/** Undoes the entities an attribute value pasted from an embed code carries (`&amp;` in URLs). */
export const unescapeAttribute = (value: string): string =>
  value.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/gi, (_, name: string) => ENTITIES[name.toLowerCase()] ?? '');
