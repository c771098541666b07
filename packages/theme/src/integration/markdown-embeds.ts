// A supported URL alone in its paragraph becomes the click-to-load embed facade:
//
//     Tonton dulu videonya:
//
//     https://www.youtube.com/watch?v=…
//
// Works for a bare URL (GFM autolink), `<https://…>` and `[Judul video](https://…)` (the link text
// becomes the title). A URL inside a sentence stays an ordinary link. The HTML is the same as the
// <Embed> component's (src/embeds/render.ts).
import { parseEmbedUrl } from '../embeds/parse.ts';
import { type EmbedLang, embedHast, type HastElement } from '../embeds/render.ts';

type HastLike = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastLike[]; value?: string };

function textOf(node: HastLike): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** The facade for a `<p>` whose only content is one link to an embeddable URL, else undefined. */
export function embedForParagraph(paragraph: HastLike, lang: EmbedLang): HastElement | undefined {
  const children = (paragraph.children ?? []).filter((c) => !(c.type === 'text' && !(c.value ?? '').trim()));
  const [link] = children;
  if (children.length !== 1 || link?.type !== 'element' || link.tagName !== 'a') return undefined;
  const href = link.properties?.href;
  if (typeof href !== 'string') return undefined;
  const embed = parseEmbedUrl(href);
  if (!embed) return undefined;
  const text = textOf(link).trim();
  // An autolink's text is the URL itself (perhaps without https://); other link text is a title.
  const title = text && text !== href && !href.endsWith(text) ? text : undefined;
  return embedHast(embed, { title, lang });
}

/** Sätteri (Astro 7's default processor) HTML plugin; facades are labelled in the site's language. */
export function satteriEmbeds(lang: EmbedLang) {
  return {
    name: 'guru-blog:embeds',
    element: {
      filter: ['p'],
      visit(node: HastLike, ctx: { replaceNode(node: unknown, replacement: unknown): void }) {
        const facade = embedForParagraph(node, lang);
        if (facade) ctx.replaceNode(node, facade);
      },
    },
  };
}

/** The same for the unified processor (rehype plugin, options `{ lang }`). */
export function rehypeEmbeds({ lang = 'id' }: { lang?: EmbedLang } = {}) {
  return (tree: HastLike) => {
    const walk = (node: HastLike) => {
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i] as HastLike;
        const facade = child.tagName === 'p' ? embedForParagraph(child, lang) : undefined;
        if (facade) children[i] = facade;
        else walk(child);
      }
    };
    walk(tree);
  };
}
