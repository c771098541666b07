/**
 * Minutes to read a Markdown body at `wordsPerMinute` (Indonesian texts have longer words than
 * English; 180 wpm is a fair rate for readers on a phone). Code, images and markup don't count.
 */
export const WORDS_PER_MINUTE = 180;

export function readingMinutes(markdown: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(countWords(markdown) / wordsPerMinute));
}

// A word is a run of non-space characters (what /\s/ matches) with a letter or digit in it: an ASCII
// one settles almost every Indonesian word, and only other characters are tested as Unicode
// letters or digits. The text is scanned in place: splitting it made an array and a string per
// word, a large share of what a build of thousands of posts allocates.
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(String.fromCharCode(c));
}

export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`|~\-[\]()]/g, ' ');
  let count = 0;
  let counted = false; // the current word has been counted
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      counted = false;
      continue;
    }
    if (counted) continue;
    if (c < 128) {
      if (isAsciiAlnum(c)) {
        count++;
        counted = true;
      }
      continue;
    }
    // A letter outside the Basic Multilingual Plane is a surrogate pair: test the whole code point.
    const point = text.codePointAt(i) as number;
    if (LETTER_OR_DIGIT.test(String.fromCodePoint(point))) {
      count++;
      counted = true;
    }
    if (point > 0xffff) i++;
  }
  return count;
}
