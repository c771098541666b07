// HTML → Markdown with unified: rehype-parse (parse5, the HTML standard's parser: it repairs
// broken markup as browsers do) → our rewrites → rehype-remark → remark-gfm → remark-stringify.
// What Markdown cannot say (a table with merged cells, an iframe from an unknown site) is kept as
// HTML, without its styling attributes, rather than dropped.
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defaultHandlers, type State } from 'hast-util-to-mdast';
import type { Html, Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { type BlockContext, rewriteBlocks } from './blocks.ts';
import { elements, isElement, type Parent } from './hast.ts';

/** Parses a body (already through shortcodes and autop) and applies the rewrites. */
export function parseBody(html: string, ctx: BlockContext): Root {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  rewriteBlocks(tree, ctx);
  return tree;
}

/** A body kept as it was written: one raw HTML node, which Markdown passes through. */
export function rawHtmlTree(html: string): Root {
  return { type: 'root', children: [{ type: 'raw', value: html } as never] };
}

/** Every image of a parsed body, to download and point at the local file. */
export function imagesOf(tree: Root): Element[] {
  return [...elements(tree)].filter((e) => e.tagName === 'img');
}

const KEEP_ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'colSpan', 'rowSpan', 'width', 'height', 'allow', 'allowFullScreen', 'loading']);

/** A copy without class, style, id and data-* attributes: they meant something only to the old theme. */
function cleaned(node: Element): Element {
  const properties: Element['properties'] = {};
  for (const [key, value] of Object.entries(node.properties)) if (KEEP_ATTRIBUTES.has(key)) properties[key] = value;
  return { ...node, properties, children: node.children.map((c) => (isElement(c as Element) ? cleaned(c as Element) : c)) };
}

function keptHtml(node: Element): Html {
  return { type: 'html', value: toHtml(cleaned(node)) };
}

/** Merged cells, nested tables and lists in cells have no GFM form. */
function isComplexTable(table: Element): boolean {
  for (const e of elements(table as Parent)) {
    if (e.tagName === 'table' || e.tagName === 'ul' || e.tagName === 'ol' || e.tagName === 'pre') return true;
    if ((e.tagName === 'td' || e.tagName === 'th') && (Number(e.properties.colSpan ?? 1) > 1 || Number(e.properties.rowSpan ?? 1) > 1)) return true;
  }
  return false;
}

const handlers = {
  iframe: (_state: State, node: Element) => keptHtml(node),
  object: (_state: State, node: Element) => keptHtml(node),
  embed: (_state: State, node: Element) => keptHtml(node),
  video: (_state: State, node: Element) => keptHtml(node),
  audio: (_state: State, node: Element) => keptHtml(node),
  table: (state: State, node: Element) => (isComplexTable(node) ? keptHtml(node) : defaultHandlers.table(state, node)),
};

/** The Markdown of a parsed body. */
export async function bodyToMarkdown(tree: Root): Promise<string> {
  const [only] = tree.children as { type: string; value?: string }[];
  if (tree.children.length === 1 && only?.type === 'raw') return (only.value ?? '').trim();
  const mdast = (await unified().use(rehypeRemark, { handlers }).use(remarkGfm).run(tree)) as MdastRoot;
  const markdown = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, listItemIndent: 'one', rule: '-' })
    .stringify(mdast);
  return markdown.trim();
}
