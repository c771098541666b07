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
  // Only the beginning can end up in the excerpt: read a generous prefix, cut after a tag's end so no
  // half tag turns into text (a long post costs the same as a short one).
  const budget = maxChars * 8 + 4096;
  const tagEnd = html.lastIndexOf('>', budget);
  const head = html.length > budget ? html.slice(0, tagEnd > budget / 2 ? tagEnd + 1 : budget) : html;
  const text = plainText(head);
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const room = chars.slice(0, maxChars - 1).join('');
  // A word ending exactly at the limit stays; otherwise cut at the last space, unless that loses more
  // than half of the room (one very long word).
  const space = chars[maxChars - 1] === ' ' ? room.length : room.lastIndexOf(' ');
  const cut = space > room.length / 2 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,.;:!?–—-]+$/u, '')}…`;
}
