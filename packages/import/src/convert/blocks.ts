// Rewrites of old-blog markup into what Markdown can say, on the HTML tree, before rehype-remark:
// Blogger's caption tables and WordPress figures become an image and an italic caption line,
// links around images that only open the big copy go, known iframes become the address alone on a
// line (the theme shows it as an embed), Blogger's uploaded videos become a link (they cannot be
// exported), double line breaks end paragraphs as they did on screen, and text escaped twice
// (`&amp;nbsp;` in the stored HTML, shown as "&nbsp;" on the old blog) is decoded once more.
import { decodeHTMLStrict } from 'entities';
import type { Element, ElementContent, Root } from 'hast';
import { hasEntity } from '../parse/text.ts';
import { classes, el, elements, hasClass, isElement, type Parent, prop, text, textOf, transform } from './hast.ts';

export interface BlockContext {
  lang: 'id' | 'en';
  /** The post's old address, where an uploaded video still plays. */
  oldUrl?: string;
  /** The embeddable form of an address, or undefined (the theme's own parser). */
  embedHref: (src: string) => string | undefined;
  /** A new address for a link to the old blog, or undefined to keep it. */
  rewriteLink?: (href: string) => string | undefined;
  note: (code: 'video' | 'keptHtml' | 'doubleEscaped', vars?: Record<string, string>) => void;
}

const DROP = new Set(['script', 'style', 'noscript', 'meta', 'link', 'o:p', 'xml', 'button', 'input', 'form']);
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)$/i;

function isImageLink(href: string): boolean {
  try {
    const url = new URL(href);
    return IMAGE_EXTENSION.test(url.pathname) || url.hostname.endsWith('googleusercontent.com') || url.hostname.endsWith('bp.blogspot.com');
  } catch {
    return false;
  }
}

/** Lazy-loading plugins keep the real address in data-src; the src is a placeholder. */
function realSource(img: Element): string {
  const src = prop(img, 'src') ?? '';
  for (const name of ['dataSrc', 'dataLazySrc', 'dataOrigFile', 'dataOriginal']) {
    const value = prop(img, name);
    if (value && (!src || src.startsWith('data:') || src.includes('lazy'))) return value;
  }
  return src;
}

function cleanImage(img: Element, betterSrc?: string): Element {
  const src = betterSrc ?? realSource(img);
  const alt = (prop(img, 'alt') ?? '').trim();
  const title = (prop(img, 'title') ?? '').trim();
  return el('img', { src, alt, ...(title && title !== alt ? { title } : {}) });
}

/** Images of a subtree, each freed from a link that only opens its larger copy. */
function imagesIn(node: Element): Element[] {
  const out: Element[] = [];
  const visit = (n: Element, link?: string) => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (c.tagName === 'img') out.push(cleanImage(c, link));
      else visit(c, c.tagName === 'a' && isImageLink(prop(c, 'href') ?? '') ? prop(c, 'href') : link);
    }
  };
  visit(node);
  return out;
}

/** An image on its own line, then its caption in italics: the Markdown form of a figure. */
function figureBlocks(images: Element[], caption: ElementContent[]): ElementContent[] {
  const blocks: ElementContent[] = images.map((img) => el('p', {}, [img]));
  if (caption.length && textOf(el('span', {}, caption)).trim()) blocks.push(el('p', {}, [el('em', {}, caption)]));
  return blocks;
}

function captionTable(table: Element): ElementContent[] | undefined {
  if (!hasClass(table, 'tr-caption-container')) return undefined;
  const caption = [...elements(table)].find((e) => e.tagName === 'td' && hasClass(e, 'tr-caption'));
  const images = imagesIn(table);
  if (images.length === 0) return undefined;
  if (images[0] && !prop(images[0], 'alt') && caption) images[0].properties.alt = textOf(caption).trim();
  return figureBlocks(images, caption?.children ?? []);
}

function figure(node: Element, ctx: BlockContext): ElementContent[] | undefined {
  const caption = node.children.find((c): c is Element => isElement(c, 'figcaption'));
  const images = imagesIn(node);
  if (images.length) {
    if (images.length === 1 && images[0] && !prop(images[0], 'alt') && caption) images[0].properties.alt = textOf(caption).trim();
    return figureBlocks(images, caption?.children ?? []);
  }
  // Gutenberg embed blocks hold the address as text: <figure class="wp-block-embed"><div>URL</div></figure>.
  const address = textOf(node).trim().split(/\s+/)[0] ?? '';
  if (classes(node).some((c) => c.startsWith('wp-block-embed')) && /^https?:\/\//.test(address)) return [urlParagraph(address, ctx)];
  return undefined;
}

function urlParagraph(address: string, ctx: BlockContext): Element {
  const href = ctx.embedHref(address) ?? address;
  return el('p', {}, [el('a', { href }, [text(href)])]);
}

/** A video uploaded to Blogger (Blogger also gives YouTube frames its BLOG_video_class: those are embeds). */
function isBloggerVideo(node: Element): boolean {
  const src = prop(node, 'src') ?? prop(node, 'data') ?? '';
  return hasClass(node, 'b-uploaded') || src.includes('blogger.com/video.g') || (hasClass(node, 'BLOG_video_class') && !src.includes('youtube'));
}

function video(node: Element, ctx: BlockContext): Element {
  const href = ctx.oldUrl || prop(node, 'src') || '';
  ctx.note('video', { address: href });
  const label = ctx.lang === 'en' ? 'Video on the old blog (uploaded videos cannot be exported)' : 'Video di blog lama (video unggahan tidak bisa dipindahkan)';
  return el('p', {}, [href ? el('a', { href }, [text(label)]) : text(label)]);
}

function iframe(node: Element, parent: Parent, ctx: BlockContext): ElementContent[] {
  if (isBloggerVideo(node)) return [video(node, ctx)];
  const src = prop(node, 'src') ?? prop(node, 'dataSrc') ?? '';
  const href = src ? ctx.embedHref(src.startsWith('//') ? `https:${src}` : src) : undefined;
  if (href) {
    const link = el('a', { href }, [text(href)]);
    return [isElement(parent as Element, 'p') ? link : el('p', {}, [link])];
  }
  ctx.note('keptHtml', { what: src ? new URL(src, 'https://x.invalid').host || src : '<iframe>' });
  return [node];
}

const FLOW_CONTAINERS = new Set(['div', 'blockquote', 'section', 'article', 'center', 'td', 'th', 'li']);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'table',
  'ul',
  'ol',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figure',
  'pre',
  'blockquote',
  'hr',
  'section',
  'article',
  'iframe',
  'center',
]);

/**
 * Blogger's editor writes paragraphs as text separated by `<br><br>`. In a container holding such
 * a run, the inline content between the runs becomes paragraphs; a single `<br>` stays a line break.
 */
function splitDoubleBreaks(node: Parent): void {
  if (node.type === 'element' && !FLOW_CONTAINERS.has(node.tagName)) return;
  const kids = node.children as ElementContent[];
  let hasRun = false;
  for (let i = 0, breaks = 0; i < kids.length; i++) {
    const c = kids[i]!;
    if (isElement(c as Element, 'br')) breaks++;
    else if (!(c.type === 'text' && !c.value.trim())) breaks = 0;
    if (breaks >= 2) hasRun = true;
  }
  if (!hasRun) return;
  const out: ElementContent[] = [];
  let segment: ElementContent[] = [];
  let pendingBreaks: ElementContent[] = [];
  const flush = () => {
    while (segment.length && segment.at(-1)?.type === 'text' && !(segment.at(-1) as { value: string }).value.trim()) segment.pop();
    if (segment.some((c) => c.type !== 'text' || c.value.trim())) out.push(el('p', {}, segment));
    segment = [];
  };
  for (const c of kids) {
    if (isElement(c as Element, 'br')) {
      pendingBreaks.push(c);
      continue;
    }
    const blank = c.type === 'text' && !c.value.trim();
    if (blank) {
      if (pendingBreaks.length === 0) segment.push(c);
      continue;
    }
    if (pendingBreaks.length >= 2) flush();
    else segment.push(...pendingBreaks);
    pendingBreaks = [];
    if (c.type === 'element' && BLOCK_TAGS.has(c.tagName)) {
      flush();
      out.push(c);
    } else segment.push(c);
  }
  flush();
  node.children = out as never;
}

/** Where an entity written as text is meant: code shows the markup it explains. */
const LITERAL = new Set(['pre', 'code', 'kbd', 'samp', 'textarea', 'script', 'style']);

/**
 * Text that still holds entities once parsed was escaped twice by the old blog or its export
 * (`Tom &amp;amp; Jerry`); decoded once more, strictly (only `&name;` with its semicolon, so
 * "R&D" and "a&notes" stay). Returns whether anything changed.
 */
function decodeTwiceEscaped(node: Parent): boolean {
  let changed = false;
  for (const c of node.children) {
    if (c.type === 'text' && hasEntity(c.value)) {
      const decoded = decodeHTMLStrict(c.value);
      if (decoded !== c.value) {
        c.value = decoded;
        changed = true;
      }
    } else if (c.type === 'element' && !LITERAL.has(c.tagName)) changed = decodeTwiceEscaped(c) || changed;
  }
  return changed;
}

/** Applies every rewrite to a parsed body, in place. */
export function rewriteBlocks(tree: Root, ctx: BlockContext): void {
  transform(tree, (node, parent) => {
    if (DROP.has(node.tagName)) return [];
    if (node.tagName === 'table') return captionTable(node);
    if (node.tagName === 'figure') return figure(node, ctx);
    if (node.tagName === 'iframe') return iframe(node, parent, ctx);
    if ((node.tagName === 'object' || node.tagName === 'embed' || node.tagName === 'video') && isBloggerVideo(node)) return [video(node, ctx)];
    if (node.tagName === 'img') return [cleanImage(node)];
    if (node.tagName === 'a') {
      // A link that only opens the larger copy of the image inside it: the image alone (at its best size).
      const href = prop(node, 'href') ?? '';
      const only = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
      if (only.length === 1 && isElement(only[0] as Element, 'img') && isImageLink(href)) return [cleanImage(only[0] as Element, href)];
      const rewritten = ctx.rewriteLink?.(href);
      if (rewritten) node.properties.href = rewritten;
    }
    return undefined;
  });
  if (decodeTwiceEscaped(tree)) ctx.note('doubleEscaped');
  const visit = (node: Parent) => {
    splitDoubleBreaks(node);
    for (const c of node.children) if (isElement(c as Element)) visit(c as Element);
  };
  visit(tree);
}
