// An `<iframe>` embed code pasted into Markdown (YouTube's "Share → Embed", GeoGebra, PhET, …).
// The page's Content-Security-Policy frames only known services, so as written such a frame
// would stay blank. Instead:
// - a service the theme knows becomes its click-to-load facade (YouTube through youtube-nocookie);
// - a frame from this site, or from a host the site allowed (`embedHosts`), stays as written;
// - a frame from any other site becomes a link card, and the build says how to allow it.
import { type Embed, parseEmbedUrl } from '../embeds/parse.ts';
import { type EmbedLang, embedHtml } from '../embeds/render.ts';

type HastLike = { type: string; value?: string; children?: HastLike[] };

export interface IframeOptions {
  lang: EmbedLang;
  /** Hosts the page may frame as written (the known services' and the site's `embedHosts`). */
  frameHosts: ReadonlySet<string>;
  /** Told about each frame that became a link: its address and host. */
  onLink?: (src: string, host: string) => void;
}

const IFRAME = /<iframe\b[^>]*>(?:[\s\S]*?<\/iframe\s*>)?/gi;
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'" };

function attribute(tag: string, name: string): string | undefined {
  const open = tag.slice(0, tag.indexOf('>') + 1);
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(open);
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  return raw?.replace(/&(amp|quot|apos|lt|gt|#39|#x27);/gi, (_, entity: string) => ENTITIES[entity.toLowerCase()] ?? '');
}

/** The HTML with every `<iframe>` replaced as described above. */
export function rewriteIframes(html: string, options: IframeOptions): string {
  return html.replace(IFRAME, (tag) => {
    const title = attribute(tag, 'title');
    const embed = parseEmbedUrl(tag);
    if (embed) return embedHtml(embed, { title, lang: options.lang });
    const src = attribute(tag, 'src')?.trim();
    // No address (a `srcdoc` frame inherits the page's policy) or one on this site: as written.
    if (!src || (src.startsWith('/') && !src.startsWith('//'))) return tag;
    let url: URL;
    try {
      url = new URL(src.startsWith('//') ? `https:${src}` : src);
    } catch {
      return '';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return ''; // javascript:, data:, …
    if (url.protocol === 'https:' && options.frameHosts.has(url.hostname)) return tag;
    options.onLink?.(url.href, url.hostname);
    const card: Embed = { provider: 'web', title: url.hostname, embedUrl: url.href, href: url.href, aspect: '16:9', frame: false };
    return embedHtml(card, { title, lang: options.lang });
  });
}

/** Sätteri (Astro 7's default processor) HTML plugin: raw HTML holding an iframe. */
export function satteriIframes(options: IframeOptions) {
  return {
    name: 'guru-blog:iframes',
    raw(node: HastLike, ctx: { replaceNode(node: unknown, replacement: unknown): void }) {
      const value = node.value ?? '';
      if (!/<iframe\b/i.test(value)) return;
      const rewritten = rewriteIframes(value, options);
      if (rewritten !== value) ctx.replaceNode(node, { type: 'raw', value: rewritten });
    },
  };
}

/** The same for the unified processor (rehype plugin, raw nodes). */
export function rehypeIframes(options: IframeOptions) {
  return () => (tree: HastLike) => {
    const walk = (node: HastLike) => {
      for (const child of node.children ?? []) {
        if (child.type === 'raw' && /<iframe\b/i.test(child.value ?? '')) child.value = rewriteIframes(child.value ?? '', options);
        walk(child);
      }
    };
    walk(tree);
  };
}
