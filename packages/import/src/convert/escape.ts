// Escaping for the few bits of HTML the importer writes itself.
export const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
export const escapeAttribute = (text: string) => escapeText(text).replaceAll('"', '&quot;');

/**
 * indexOf for an ASCII needle in lower or upper case (`</pre>`, `</PRE>`). Not toLowerCase() on the
 * haystack: that changes the length of some strings (`İ`), and the positions would no longer match.
 */
export function indexOfAnyCase(haystack: string, needle: string, from = 0): number {
  const a = haystack.indexOf(needle.toLowerCase(), from);
  const b = haystack.indexOf(needle.toUpperCase(), from);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** lastIndexOf, the same way. */
export function lastIndexOfAnyCase(haystack: string, needle: string): number {
  return Math.max(haystack.lastIndexOf(needle.toLowerCase()), haystack.lastIndexOf(needle.toUpperCase()));
}
