// Case-insensitive search in the HTML the importer reads. (The bits of HTML it writes itself are
// escaped with the kit's one escapeHtml.)

const finders = new Map<string, RegExp>();

/**
 * indexOf for an ASCII needle in any case (`</pre>`, `</PRE>`), in one forward scan. Not
 * toLowerCase() on the haystack: that changes the length of some strings (`İ`), and the positions
 * would no longer match.
 */
export function indexOfAnyCase(haystack: string, needle: string, from = 0): number {
  let finder = finders.get(needle);
  if (!finder) {
    finder = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
    finders.set(needle, finder);
  }
  finder.lastIndex = from;
  return finder.exec(haystack)?.index ?? -1;
}

/** lastIndexOf, the same way. */
export function lastIndexOfAnyCase(haystack: string, needle: string): number {
  return Math.max(haystack.lastIndexOf(needle.toLowerCase()), haystack.lastIndexOf(needle.toUpperCase()));
}
