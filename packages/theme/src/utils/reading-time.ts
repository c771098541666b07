/**
 * Minutes to read a Markdown body at `wordsPerMinute` (Indonesian texts have longer words than
 * English; 180 wpm is a fair rate for readers on a phone). Code, images and markup don't count.
 */
export const WORDS_PER_MINUTE = 180;

export function readingMinutes(markdown: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(markdown) / wordsPerMinute));
}

// A word is a run of non-space characters with a letter or digit in it. The ASCII test settles
// almost every Indonesian word; the Unicode one (slower) only runs on words with other characters.
const ASCII_ALNUM = /[A-Za-z0-9]/;
const NON_ASCII = /[\u0080-\uffff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`|~\-[\]()]/g, ' ');
  let count = 0;
  for (const word of text.split(/\s+/)) {
    if (ASCII_ALNUM.test(word) || (NON_ASCII.test(word) && LETTER_OR_DIGIT.test(word))) count++;
  }
  return count;
}
