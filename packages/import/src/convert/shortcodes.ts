// WordPress shortcodes that naive converters leave as text, turned into plain HTML the converter
// understands: [caption] → <figure> with <figcaption>, [gallery ids] → a figure of the attachments'
// images, [embed]URL[/embed] and [youtube URL] (also wordpress.com's [youtube=URL]) → the address
// alone in a paragraph, which the site shows as an embed. Other shortcodes stay as written text.
// A hand-written scanner (indexOf and bounded loops) instead of one regular expression: shortcode
// attributes hold quotes and brackets that make such expressions backtrack.
import { escapeHtml } from '@guru-blog/theme/kit';
import { indexOfAnyCase, lastIndexOfAnyCase } from './any-case.ts';

export interface ShortcodeContext {
  attachments: Map<string, { url: string; title: string }>;
  /** Told about a [gallery] whose images are not in the export. */
  onMissingGallery?: () => void;
}

const KNOWN = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'youtube', 'video', 'audio']);
const ENCLOSING = new Set(['caption', 'wp_caption', 'embed', 'video', 'audio']);
const MAX_TAG = 2000;
const MAX_NAME = 12;

/** `id="a" width=300 caption='x'` → { id: 'a', width: '300', caption: 'x' }; a bare first word is key '0'. */
export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = 0;
  let bare = 0;
  const n = text.length;
  const skipSpace = () => {
    while (i < n && /\s/.test(text[i]!)) i++;
  };
  while (i < n) {
    skipSpace();
    if (i >= n) break;
    if (text[i] === '"' || text[i] === "'") {
      attrs[String(bare++)] = readValue();
      continue;
    }
    // A token up to a space or `=`: a name when `=` follows, else a bare value (`[youtube https://…]`).
    let token = '';
    while (i < n && !/[\s=]/.test(text[i]!)) token += text[i++];
    skipSpace();
    if (text[i] === '=' && /^[A-Za-z0-9_-]+$/.test(token)) {
      i++;
      skipSpace();
      attrs[token.toLowerCase()] = readValue();
    } else if (token) attrs[String(bare++)] = token;
    else i++;
  }
  return attrs;

  function readValue(): string {
    const quote = text[i];
    if (quote === '"' || quote === "'" || quote === '\u201d' || quote === '\u2033') {
      const close = quote === '\u201d' || quote === '\u2033' ? quote : quote;
      const end = text.indexOf(close, i + 1);
      const value = text.slice(i + 1, end < 0 ? n : end);
      i = end < 0 ? n : end + 1;
      return value;
    }
    let value = '';
    while (i < n && !/\s/.test(text[i]!)) value += text[i++];
    return value;
  }
}

function figureFromCaption(attrs: Record<string, string>, inner: string): string {
  // The caption is the text after the image (or its link); older posts put it in caption="…".
  let split = lastIndexOfAnyCase(inner, '</a>');
  if (split >= 0) split += 4;
  else {
    const img = indexOfAnyCase(inner, '<img');
    const close = img < 0 ? -1 : inner.indexOf('>', img);
    split = close < 0 ? 0 : close + 1;
  }
  const media = inner.slice(0, split).trim();
  const text = inner.slice(split).trim() || attrs.caption || '';
  return `<figure>${media}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function gallery(attrs: Record<string, string>, ctx: ShortcodeContext): string {
  const ids = (attrs.ids ?? attrs.include ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const images = ids.map((id) => ctx.attachments.get(id)).filter((a) => a !== undefined);
  if (images.length < ids.length || ids.length === 0) ctx.onMissingGallery?.();
  if (images.length === 0) return '';
  return `<figure class="gallery">${images.map((a) => `<p><img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.title)}"></p>`).join('')}</figure>`;
}

function urlParagraph(url: string): string {
  const clean = url.trim().replace(/^=/, '');
  // The same markup as Gutenberg's embed block, which the block rewrites turn into the embed address.
  return clean ? `\n\n<figure class="wp-block-embed"><div>${escapeHtml(clean)}</div></figure>\n\n` : '';
}

function render(name: string, attrs: Record<string, string>, raw: string, inner: string, ctx: ShortcodeContext): string {
  switch (name) {
    case 'caption':
    case 'wp_caption':
      return figureFromCaption(attrs, inner);
    case 'gallery':
      return gallery(attrs, ctx);
    case 'embed':
      return urlParagraph(inner || raw.trim().split(/\s/)[0] || '');
    case 'youtube':
      // The address is the whole rest of the tag (its `?v=` would read as an attribute).
      return urlParagraph(attrs.url ?? raw.trim().split(/\s/)[0] ?? '');
    case 'video':
    case 'audio': {
      const src = attrs.src ?? attrs.mp4 ?? attrs.mp3 ?? attrs.url ?? inner.trim();
      return src ? `<p><a href="${escapeHtml(src)}">${escapeHtml(src)}</a></p>` : '';
    }
    default:
      return '';
  }
}

/** Replaces the known shortcodes in `html`; unknown ones and stray brackets stay as text. */
export function expandShortcodes(html: string, ctx: ShortcodeContext): string {
  let out = '';
  let from = 0;
  let scan = 0;
  // Searches only move forward and their results are reused, so a body full of stray `[` or of
  // unclosed `[caption]` costs one pass, not one pass per bracket.
  let nextClose = -1;
  const closings = new Map<string, number>();
  for (;;) {
    const open = html.indexOf('[', scan);
    if (open < 0) break;
    if (nextClose <= open) nextClose = html.indexOf(']', open + 1);
    if (nextClose < 0) break;
    const close = nextClose;
    // `[youtube=https://…]` (wordpress.com) has no space before its value.
    let nameEnd = open + 1;
    while (nameEnd < close && nameEnd - open <= MAX_NAME && /[A-Za-z_]/.test(html[nameEnd]!)) nameEnd++;
    const name = html.slice(open + 1, nameEnd).toLowerCase();
    if (!KNOWN.has(name) || close - open > MAX_TAG || (nameEnd < close && !/[\s=/]/.test(html[nameEnd]!))) {
      scan = open + 1;
      continue;
    }
    const raw = html.slice(nameEnd, close).replace(/^=/, ' ').replace(/\/$/, '');
    const attrs = parseAttributes(raw);
    let end = close + 1;
    let inner = '';
    if (ENCLOSING.has(name)) {
      let closing = closings.get(name);
      if (closing === undefined || (closing >= 0 && closing < end)) {
        closing = indexOfAnyCase(html, `[/${name}]`, end);
        closings.set(name, closing);
      }
      if (closing >= 0) {
        inner = html.slice(end, closing);
        end = closing + name.length + 3;
      }
    }
    out += html.slice(from, open) + render(name, attrs, raw, inner, ctx);
    from = end;
    scan = end;
  }
  return out + html.slice(from);
}
