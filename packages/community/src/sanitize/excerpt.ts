// Plain text out of untrusted feed HTML, for titles, cards and meta descriptions. The result is
// text, not HTML: callers must still escape it when they write it into a page.
import sanitizeHtml from 'sanitize-html';
import { DROP_CONTENT_TAGS } from './allowlist.ts';

// Elements that separate words visually; their tags become a space so "<p>a</p><p>b</p>" is "a b".
const BREAKING_TAGS = new Set(
  'address article aside blockquote br caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr img li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/** All text of `html`: tags and comments removed, script/style/… contents dropped, entities decoded,
 * whitespace collapsed. For titles and other short texts. */
export function plainText(html: string): string {
  if (!html) return '';
  let pendingSpace = false;
  const breakWord = (name: string) => {
    if (BREAKING_TAGS.has(name)) pendingSpace = true;
  };
  const escaped = sanitizeHtml(html, {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: [...DROP_CONTENT_TAGS, 'iframe'],
    onOpenTag: breakWord,
    onCloseTag: breakWord,
    textFilter: (text) => {
      const spaced = pendingSpace ? ` ${text}` : text;
      pendingSpace = false;
      return spaced;
    },
  });
  // htmlparser2 decoded every entity; sanitize-html re-escaped only these (&amp; last, or "&amp;lt;" breaks).
  const text = escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return text.replace(/\s+/g, ' ').trim();
}

/** Plain text of `html` cut to at most `maxChars` characters (code points), at a word boundary with "…". */
export function excerpt(html: string, maxChars = 280): string {
  if (maxChars < 1) return '';
  // Only the beginning can end up in the excerpt: read a prefix, cut after a tag's end so no half tag
  // turns into text, and read a longer one only when markup left too little text (a long post costs
  // about the same as a short one, and most posts need one short read).
  let text = '';
  let tooLong = false;
  for (let budget = maxChars * 3 + 512; ; budget *= 4) {
    const whole = html.length <= budget;
    const tagEnd = html.lastIndexOf('>', budget);
    text = plainText(whole ? html : html.slice(0, tagEnd > budget / 2 ? tagEnd + 1 : budget));
    // One code point more than the room tells whether the last word ends exactly at the limit.
    tooLong = codePointPrefix(text, maxChars + 1) !== undefined;
    if (whole || tooLong) break;
  }
  if (!tooLong) return text;
  // A word ending exactly at the limit stays; otherwise cut at the last space, unless that loses more
  // than half of the room (one very long word).
  const room = codePointPrefix(text, maxChars - 1) as string;
  const space = text.codePointAt(room.length) === 32 ? room.length : room.lastIndexOf(' ');
  const cut = space > room.length / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,.;:!?–—-]+$/u, '')}…`;
}

/** The first `count` code points of `text` (never half an emoji), or undefined when it has fewer. */
function codePointPrefix(text: string, count: number): string | undefined {
  if (count <= 0) return '';
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1); // NaN past the end
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++; // a surrogate pair is one code point
    if (++seen === count) return text.slice(0, i + 1);
  }
  return undefined;
}
