import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { EMBED_FRAME_HOSTS } from '../embeds/parse.ts';
import type { Translate } from '../i18n/index.ts';
import { rehypeEmbeds, satteriEmbeds } from './markdown-embeds.ts';
import { type IframeOptions, rehypeIframes, satteriIframes } from './markdown-iframes.ts';
import { satteriLargeImages } from './markdown-images.ts';
import { rehypeMath, satteriMath } from './markdown-math.ts';

// GFM task-list checkboxes come out of Markdown without an accessible name (axe: "label").
// We name each one after the text of its list item, on whichever processor the site uses.

type HastLike = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: HastLike[]; value?: string };

function text(node: HastLike): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(text).join('');
}

/** Sätteri (Astro 7's default processor) HTML plugin. */
export const satteriTaskListLabels = {
  name: 'guru-blog:task-list-labels',
  element: {
    filter: ['input'],
    visit(
      node: { properties: Record<string, unknown> },
      ctx: { parent(n: unknown): unknown; textContent(n: unknown): string; setProperty(n: unknown, k: string, v: unknown): void },
    ) {
      if (node.properties.type !== 'checkbox') return;
      const item = ctx.parent(node);
      if (item) ctx.setProperty(node, 'ariaLabel', ctx.textContent(item).trim());
    },
  },
};

/** The same for the unified processor (rehype plugin). */
export function rehypeTaskListLabels() {
  return (tree: HastLike) => {
    const walk = (node: HastLike) => {
      for (const child of node.children ?? []) {
        if (child.tagName === 'input' && child.properties?.type === 'checkbox') child.properties.ariaLabel = text(node).trim();
        walk(child);
      }
    };
    walk(tree);
  };
}

// A table wider than a phone scrolls inside itself (theme.css); a keyboard can scroll it only if it
// can focus it (axe: scrollable-region-focusable), so every Markdown table gets tabindex="0".

/** Sätteri HTML plugin. */
export const satteriFocusableTables = {
  name: 'guru-blog:focusable-tables',
  element: {
    filter: ['table'],
    visit(node: unknown, ctx: { setProperty(n: unknown, k: string, v: unknown): void }) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
};

/** The same for the unified processor (rehype plugin). */
export function rehypeFocusableTables() {
  return (tree: HastLike) => {
    const walk = (node: HastLike) => {
      for (const child of node.children ?? []) {
        if (child.tagName === 'table') child.properties = { ...child.properties, tabIndex: 0 };
        walk(child);
      }
    };
    walk(tree);
  };
}

/**
 * A Sätteri plugin entry that joins the pipeline only for documents whose source passes `test`.
 * Sätteri calls into JavaScript for every node a plugin filters on (every paragraph, for embeds),
 * so skipping documents that cannot contain what a plugin looks for keeps large sites fast.
 */
function onlyWhen<P extends { name: string }>(test: RegExp, plugin: P) {
  const entry = ({ source }: { source: string }) => (test.test(source) ? plugin : null);
  Object.defineProperty(entry, 'name', { value: plugin.name });
  return entry;
}

const HAS_TASK_LIST = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/m;
/** A GFM table's delimiter row (`|---|`, `--- | :--:`), or a pasted <table>. */
const HAS_TABLE = /^ {0,3}\|?[ :]*-+[ :]*\||<table\b/im;
const HAS_DOLLAR = /\$/;
const HAS_IFRAME = /<iframe\b/i;
const HAS_IMAGE = /!\[/;
/** A line that holds only a URL (bare or <autolink>), or a pasted <iframe>. */
const HAS_LONE_URL = /^\s*(?:<?https:\/\/\S+>?|<iframe\b.*)\s*$/im;

type ProcessorLike = { name: string; options?: Record<string, unknown[] | Record<string, unknown> | undefined> };
type Named = { name?: string };

function pushOnce(list: unknown[], plugin: unknown): void {
  const name = (p: unknown) => (Array.isArray(p) ? (p[0] as Named)?.name : (p as Named)?.name);
  if (!list.some((p) => p === plugin || (name(p) && name(p) === name(plugin)))) list.push(plugin);
}

/**
 * Registers the theme's Markdown plugins on the site's processor (Starlight's approach):
 * task-list labels, math (`$…$`, `$$…$$` → MathML with KaTeX), embeds (a supported URL alone
 * in its paragraph → click-to-load facade), pasted `<iframe>` codes (markdown-iframes.ts) and
 * footnote labels in the site's language.
 */
export function applyMarkdownPlugins(config: AstroConfig, logger: AstroIntegrationLogger, t: Translate, embedHosts: readonly string[] = []): void {
  const processor = config.markdown.processor as unknown as ProcessorLike | undefined;
  if (!processor?.options) return;
  const warnMath = (message: string) => logger.warn(t('build.mathUnreadable', { message }));
  const warned = new Set<string>();
  const root = fileURLToPath(config.root);
  const missingImage = (post: string, src: string, looked: string) =>
    logger.error(`${relative(root, post)}: ${t('error.image.missing', { path: src, looked: relative(root, looked) })}. ${t('error.image.hint')}`);
  const lang = t.lang === 'en' ? 'en' : 'id';
  const iframes: IframeOptions = {
    lang,
    frameHosts: new Set([...EMBED_FRAME_HOSTS, ...embedHosts]),
    onLink: (src, host) => {
      if (warned.has(src)) return;
      warned.add(src);
      logger.warn(t('build.iframeAsLink', { host, src }));
    },
  };
  if (processor.name === 'satteri') {
    const options = processor.options as { hastPlugins?: unknown[]; features?: Record<string, unknown> };
    options.features ??= {};
    // A site that set `math` itself (false, or { singleDollarTextMath: false }) keeps its choice.
    if (options.features.math === undefined) options.features.math = true;
    // Footnote headings and back links in the site's language (Sätteri's own are English). A site
    // that turned GFM off, or set its own GFM options, keeps them.
    if (config.markdown.gfm !== false && options.features.gfm === undefined) {
      options.features.gfm = { footnotes: { label: t('post.footnotes'), backLabel: t('post.footnoteBack') } };
    }
    options.hastPlugins ??= [];
    pushOnce(options.hastPlugins, onlyWhen(HAS_TASK_LIST, satteriTaskListLabels));
    pushOnce(options.hastPlugins, onlyWhen(HAS_TABLE, satteriFocusableTables));
    if (options.features.math !== false) pushOnce(options.hastPlugins, onlyWhen(HAS_DOLLAR, satteriMath(warnMath)));
    pushOnce(options.hastPlugins, onlyWhen(HAS_LONE_URL, satteriEmbeds(lang)));
    pushOnce(options.hastPlugins, onlyWhen(HAS_IFRAME, satteriIframes(iframes)));
    pushOnce(options.hastPlugins, onlyWhen(HAS_IMAGE, satteriLargeImages(missingImage)));
  } else if (processor.name === 'unified') {
    const options = processor.options as { rehypePlugins?: unknown[]; remarkPlugins?: unknown[] };
    const toHast = config.markdown.remarkRehype as Record<string, unknown>;
    toHast.footnoteLabel ??= t('post.footnotes');
    toHast.footnoteBackLabel ??= (index: number, again: number) => t('post.footnoteBack', { reference: again > 1 ? `${index + 1}-${again}` : index + 1 });
    options.rehypePlugins ??= [];
    pushOnce(options.rehypePlugins, rehypeTaskListLabels);
    pushOnce(options.rehypePlugins, rehypeFocusableTables);
    pushOnce(options.rehypePlugins, [rehypeMath, { warn: warnMath }]);
    pushOnce(options.rehypePlugins, [rehypeEmbeds, { lang }]);
    pushOnce(options.rehypePlugins, rehypeIframes(iframes));
    const hasRemarkMath = (options.remarkPlugins ?? []).some((p) => /math/i.test(String((Array.isArray(p) ? p[0] : p)?.name ?? p)));
    if (!hasRemarkMath) logger.warn(t('build.unifiedNoMath'));
  } else {
    logger.warn(t('build.unknownProcessor', { name: processor.name }));
  }
}
