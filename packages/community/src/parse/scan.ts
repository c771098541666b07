// Hand-written scanners for what fetched bytes are read with outside a real parser. Every one runs
// in a single pass with indexOf (linear time): a regular expression with a lazy or nested repeat
// (`(<!--[\s\S]*?-->\s*)*`) backtracks on a hostile page, and one such page once held a whole run
// for minutes. Keep regular expressions over fetched text to fixed-length tokens.

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
const isNameStart = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
const isNameChar = (code: number) => isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x3a || code === 0x2e || code === 0x2d;

/**
 * The first element of an XML or HTML document, after its prolog (whitespace, `<?…?>`, comments, a
 * doctype), or undefined when text comes first or the prolog never ends. `<!DOCTYPE html>` counts
 * as `html`. `end` bounds how far the prolog is read.
 */
export function firstElement(text: string, end = text.length): string | undefined {
  let i = 0;
  const limit = Math.min(end, text.length);
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (isSpace(code) || code === 0xfeff) {
      i++;
      continue;
    }
    if (code !== 0x3c) return undefined;
    if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) return undefined;
      i = close + 2;
    } else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return undefined;
      i = close + 3;
    } else if (text.startsWith('<!', i)) {
      if (/^<!doctype\s{1,20}html\b/i.test(text.slice(i, i + 40))) return 'html';
      // A doctype, with its internal subset in [...] (which may hold '>').
      let close = text.indexOf('>', i);
      const subset = text.indexOf('[', i);
      if (subset >= 0 && (close < 0 || subset < close)) {
        const subsetEnd = text.indexOf(']', subset);
        close = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
      }
      if (close < 0) return undefined;
      i = close + 1;
    } else {
      let j = i + 1;
      if (j >= text.length || !isNameStart(text.charCodeAt(j))) return undefined;
      while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
      return text.slice(i + 1, j);
    }
  }
  return undefined;
}

/** The index of the `>` that ends the tag opened at `start` (quotes respected), or -1. */
export function tagEnd(html: string, start: number): number {
  for (let i = start + 1; i < html.length; i++) {
    const char = html[i];
    if (char === '>') return i;
    if (char === '"' || char === "'") {
      const close = html.indexOf(char, i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * Visits every start tag (`<name …>`) of an HTML fragment; `visit` returns its replacement. Comments
 * are passed over; an unclosed tag or comment ends the scan (a browser drops it too).
 */
export function replaceStartTags(html: string, visit: (tag: string) => string): string {
  let out = '';
  let from = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close < 0) break;
      i = html.indexOf('<', close + 3);
      continue;
    }
    if (!isNameStart(html.charCodeAt(i + 1))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const end = tagEnd(html, i);
    if (end < 0) break;
    out += html.slice(from, i) + visit(html.slice(i, end + 1));
    from = end + 1;
    i = html.indexOf('<', from);
  }
  return out + html.slice(from);
}

/**
 * Text without its tags and comments; tags named in `spaced` become a space. An unclosed comment
 * or tag stays as text ("if a<b then").
 */
export function stripTags(html: string, spaced: ReadonlySet<string> = new Set()): string {
  let out = '';
  let from = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length - 1) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      if (close < 0) {
        i = html.indexOf('<', i + 1);
        continue;
      }
      out += html.slice(from, i);
      from = close + 3;
      i = html.indexOf('<', from);
      continue;
    }
    const nameAt = html[i + 1] === '/' ? i + 2 : i + 1;
    if (!isNameStart(html.charCodeAt(nameAt))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    let nameEnd = nameAt;
    while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const close = html.indexOf('>', nameEnd);
    if (close < 0) break;
    out += html.slice(from, i);
    if (spaced.has(html.slice(nameAt, nameEnd).toLowerCase())) out += ' ';
    from = close + 1;
    i = html.indexOf('<', from);
  }
  return out + html.slice(from);
}

/** `text` without the characters of `chars` at its end. */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
