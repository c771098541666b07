/**
 * Minutes to read a Markdown body at `wordsPerMinute` (Indonesian texts have longer words than
 * English; 180 wpm is a fair rate for readers on a phone). Code, images and markup don't count.
 */
export const WORDS_PER_MINUTE = 180;

export function readingMinutes(markdown: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(markdown) / wordsPerMinute));
}

export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`|~\-[\]()]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
