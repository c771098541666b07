import type { AstroConfig, AstroIntegrationLogger } from 'astro';

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

type ProcessorLike = { name: string; options?: Record<string, unknown[] | undefined> };

/** Registers the theme's Markdown plugins on the site's processor (Starlight's approach). */
export function applyMarkdownPlugins(config: AstroConfig, logger: AstroIntegrationLogger): void {
  const processor = config.markdown.processor as unknown as ProcessorLike | undefined;
  if (!processor?.options) return;
  if (processor.name === 'satteri') {
    processor.options.hastPlugins ??= [];
    processor.options.hastPlugins.push(satteriTaskListLabels);
  } else if (processor.name === 'unified') {
    processor.options.rehypePlugins ??= [];
    processor.options.rehypePlugins.push(rehypeTaskListLabels);
  } else {
    logger.warn(`Unknown Markdown processor "${processor.name}": task-list checkboxes will have no accessible name.`);
  }
}
