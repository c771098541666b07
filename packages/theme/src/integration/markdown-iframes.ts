// An `<iframe>` embed code pasted into Markdown (YouTube's "Share → Embed", GeoGebra, PhET, …).
// The page's Content-Security-Policy frames only known services, so as written such a frame
// would stay blank. Instead:
// - a service the theme knows becomes its click-to-load facade (YouTube through youtube-nocookie);
// - a frame from a host the site allowed (`embedHosts`) stays as written;
// - a frame from this site (it would share the post's origin) becomes a link card;
// - a frame from any other site becomes a link card, and the build says how to allow it.
// In .mdx the same `<iframe …>` is a JSX element; its literal attributes are read the same way.
import { type Embed, parseEmbedUrl } from '../embeds/parse.ts';
import { defaultEmbedTitle, type EmbedLang, embedHast, type HastElement, toHtml } from '../embeds/render.ts';
import { escapeHtml } from '../kit/escape.mjs';
import { unescapeAttribute } from '../utils/html.ts';

type HastLike = { type: string; value?: string; children?: HastLike[] };

export interface IframeOptions {
  lang: EmbedLang;
  /** Hosts the page may frame as written (the known services' and the site's `embedHosts`). */
  frameHosts: ReadonlySet<string>;
  /** Told about each frame that became a link: its address and host. */
  onLink?: (src: string, host: string) => void;
}

/** Stands for this site when a frame's address is resolved: a relative one lands here. */
const SAME_SITE = 'https://this-site.invalid';

const IFRAME = /<iframe\b[^>]*>(?:[\s\S]*?<\/iframe\s*>)?/gi;

function attribute(tag: string, name: string): string | undefined {
  const open = tag.slice(0, tag.indexOf('>') + 1);
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(open);
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  return raw === undefined ? undefined : unescapeAttribute(raw);
}

/**
 * What becomes of one pasted iframe: kept as written, dropped, or replaced by this facade or card.
 * Inside a sentence a `<figure>` would break the paragraph, so there it becomes a plain link.
 */
type Decision = { keep: true } | { keep: false; hast?: HastElement };

function inlineLink(href: string, text: string): HastElement {
  return { type: 'element', tagName: 'a', properties: { href, target: '_blank', rel: 'noopener' }, children: [{ type: 'text', value: text }] };
}

function decide(tag: string, options: IframeOptions, inline = false): Decision {
  const title = attribute(tag, 'title');
  const embed = parseEmbedUrl(tag);
  if (embed) {
    const hast = inline ? inlineLink(embed.href, title || defaultEmbedTitle(embed, options.lang)) : embedHast(embed, { title, lang: options.lang });
    return { keep: false, hast };
  }
  const src = attribute(tag, 'src')?.trim();
  // No address: a `srcdoc` frame inherits the page's policy, as written.
  if (!src) return { keep: true };
  let url: URL;
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src, SAME_SITE);
  } catch {
    return { keep: false };
  }
  // A page or file of this site (public/, another post) would run with the post's own origin, so
  // it becomes a link card like any other unknown frame; PDFs have their facade above.
  if (url.origin === SAME_SITE) {
    if (inline) return { keep: false, hast: inlineLink(src, title || src) };
    const card: Embed = { provider: 'web', title: src, embedUrl: src, href: src, aspect: '16:9', frame: false };
    return { keep: false, hast: embedHast(card, { title, lang: options.lang }) };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { keep: false }; // javascript:, data:, …
  if (url.protocol === 'https:' && options.frameHosts.has(url.hostname)) return { keep: true };
  options.onLink?.(url.href, url.hostname);
  if (inline) return { keep: false, hast: inlineLink(url.href, title || url.hostname) };
  const card: Embed = { provider: 'web', title: url.hostname, embedUrl: url.href, href: url.href, aspect: '16:9', frame: false };
  return { keep: false, hast: embedHast(card, { title, lang: options.lang }) };
}

/** The HTML with every `<iframe>` replaced as described above. */
export function rewriteIframes(html: string, options: IframeOptions, inline = false): string {
  return html.replace(IFRAME, (tag) => {
    const decision = decide(tag, options, inline);
    if (decision.keep) return tag;
    return decision.hast ? toHtml(decision.hast) : '';
  });
}

type MdxAttribute = { type: string; name?: string; value?: unknown };

/** An MDX `<iframe …>` element's literal attributes as a start tag, for {@link decide}. */
function mdxStartTag(node: { attributes?: MdxAttribute[] }): string {
  const attrs = (node.attributes ?? [])
    .filter((a) => a.type === 'mdxJsxAttribute' && a.name && (typeof a.value === 'string' || a.value === null || a.value === undefined))
    .map((a) => (typeof a.value === 'string' ? ` ${a.name}="${escapeHtml(a.value)}"` : ` ${a.name}`));
  return `<iframe${attrs.join('')}>`;
}

type Ctx = {
  replaceNode(node: unknown, replacement: unknown): void;
  removeNode(node: unknown): void;
  parent(node: unknown): { type?: string; tagName?: string } | undefined;
};

/** Sätteri (Astro 7's default processor) HTML plugin: raw HTML in .md, JSX elements in .mdx. */
export function satteriIframes(options: IframeOptions) {
  const jsx = (inline: boolean) => ({
    filter: ['iframe'],
    visit(node: { attributes?: MdxAttribute[] }, ctx: Ctx) {
      const decision = decide(mdxStartTag(node), options, inline);
      if (decision.keep) return;
      if (decision.hast) ctx.replaceNode(node, decision.hast);
      else ctx.removeNode(node);
    },
  });
  return {
    name: 'guru-blog:iframes',
    raw(node: HastLike, ctx: Ctx) {
      const value = node.value ?? '';
      if (!/<iframe\b/i.test(value)) return;
      const inline = ctx.parent(node)?.tagName === 'p';
      const rewritten = rewriteIframes(value, options, inline);
      if (rewritten !== value) ctx.replaceNode(node, { type: 'raw', value: rewritten });
    },
    mdxJsxFlowElement: jsx(false),
    mdxJsxTextElement: jsx(true),
  };
}

/** The same for the unified processor (rehype plugin, raw nodes). */
export function rehypeIframes(options: IframeOptions) {
  return () => (tree: HastLike) => {
    const walk = (node: HastLike) => {
      for (const child of node.children ?? []) {
        if (child.type === 'raw' && /<iframe\b/i.test(child.value ?? ''))
          child.value = rewriteIframes(child.value ?? '', options, (node as { tagName?: string }).tagName === 'p');
        walk(child);
      }
    };
    walk(tree);
  };
}
