// `$…$` and `$$…$$` in .md and .mdx, rendered at build time by KaTeX as MathML. Browsers draw
// MathML Core themselves (Chromium 109+, Firefox, Safari), so a page with formulas loads no CSS,
// font or script for them.
//
// Sätteri's `math` feature (switched on in markdown.ts) parses the dollars the way remark-math
// does and, like mdast-util-math, turns them into
//   inline:  <code class="language-math math-inline">TeX</code>
//   display: <pre><code class="language-math math-display">TeX</code></pre>
// (the highlighter skips the `math` language). This HTML plugin replaces those with
//   <span class="math math-inline"><math>…</math></span>
//   <div class="math math-display"><math display="block">…</math></div>
// `$$…$$` written on one line is inline math to the parser; alone in its paragraph it is shown
// as display math, which is what teachers mean by it.
//
// KaTeX returns an HTML string, but a Sätteri HTML plugin cannot insert raw HTML into MDX output
// ("Cannot compile a `raw` node"), so the string is parsed back into hast (it is KaTeX's own
// well-formed markup, escaped by KaTeX) and inserted as elements, which works for .md and .mdx.
// Bad TeX never stops the build: the source stays visible in a <code class="math-error">.
import katex from 'katex';
import 'katex/contrib/mhchem'; // \ce{H2O} and \pu{…} for chemistry
import { toHtml } from '../embeds/render.ts';

export type HastNode = HastElementNode | HastTextNode;
interface HastTextNode {
  type: 'text';
  value: string;
}
interface HastElementNode {
  type: 'element';
  tagName: string;
  properties: Record<string, string | string[] | boolean>;
  children: HastNode[];
}

type Warn = (message: string) => void;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * Parses the markup KaTeX writes (elements with double-quoted attributes, `/>` for empty ones,
 * escaped text) into hast. Throws on anything else, so a surprise falls back to showing the TeX.
 */
export function katexMarkupToHast(markup: string): HastNode[] {
  const root: HastElementNode = { type: 'element', tagName: '#root', properties: {}, children: [] };
  const stack: HastElementNode[] = [root];
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][a-zA-Z0-9_:.-]*\s*=\s*"[^"]*")*)\s*(\/?)>/y;
  const attr = /\s+([a-zA-Z_:][a-zA-Z0-9_:.-]*)\s*=\s*"([^"]*)"/g;
  let i = 0;
  while (i < markup.length) {
    const top = stack[stack.length - 1] as HastElementNode;
    if (markup[i] !== '<') {
      const end = markup.indexOf('<', i);
      const text = markup.slice(i, end === -1 ? undefined : end);
      top.children.push({ type: 'text', value: decodeEntities(text) });
      i += text.length;
      continue;
    }
    tag.lastIndex = i;
    const m = tag.exec(markup);
    if (!m) throw new Error(`unexpected markup at ${i}: ${markup.slice(i, i + 40)}`);
    const [whole, closing, name = '', attrs = '', selfClosing] = m;
    i += whole.length;
    if (closing) {
      if (top.tagName !== name || stack.length === 1) throw new Error(`unbalanced </${name}>`);
      stack.pop();
      continue;
    }
    const properties: HastElementNode['properties'] = {};
    for (const [, key = '', value = ''] of attrs.matchAll(attr)) {
      const decoded = decodeEntities(value);
      // No inline styles: the theme's Content-Security-Policy forbids them.
      if (key === 'style') continue;
      if (key === 'class') properties.className = decoded.split(/\s+/).filter(Boolean);
      else properties[key] = decoded;
    }
    const element: HastElementNode = { type: 'element', tagName: name, properties, children: [] };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error('unclosed element');
  return root.children;
}

function textOf(node: HastNode): string {
  return node.type === 'text' ? node.value : node.children.map(textOf).join('');
}

/**
 * KaTeX wraps the formula in <semantics> with the TeX in an <annotation>. Browsers do not show
 * it, but it is text: it would end up in heading ids and the contents list ("Luas πr2\pi r^2"),
 * the search index and feed readers. Only the presentation MathML is kept.
 */
function withoutAnnotation(math: HastElementNode): HastElementNode {
  const [semantics] = math.children;
  if (math.children.length !== 1 || semantics?.type !== 'element' || semantics.tagName !== 'semantics') return math;
  const shown = semantics.children.filter((c) => !(c.type === 'element' && c.tagName.startsWith('annotation')));
  return { ...math, children: shown };
}

/**
 * One formula as hast: the `<math>` element in a `span.math-inline` or `div.math-display`, or,
 * when the TeX is wrong, the source in `code.math-error` with KaTeX's message as its title.
 */
export function renderMath(tex: string, display: boolean, warn?: Warn): HastElementNode {
  const wrapper = (children: HastNode[]): HastElementNode => ({
    type: 'element',
    tagName: display ? 'div' : 'span',
    properties: { className: ['math', display ? 'math-display' : 'math-inline'] },
    children,
  });
  let message: string;
  try {
    const markup = katex.renderToString(tex, {
      output: 'mathml',
      displayMode: display,
      throwOnError: false,
      strict: 'ignore',
      trust: false,
    });
    const [outer] = katexMarkupToHast(markup);
    // <span class="katex"><math …>…</math></span>; on a parse error, <span class="katex-error" title=…>TeX</span>
    if (outer?.type === 'element') {
      const classes = outer.properties.className;
      const isError = Array.isArray(classes) && classes.includes('katex-error');
      const math = outer.children.find((c): c is HastElementNode => c.type === 'element' && c.tagName === 'math');
      if (!isError && math) return wrapper([withoutAnnotation(math)]);
      message = String(outer.properties.title ?? textOf(outer));
    } else message = 'KaTeX returned no <math>';
  } catch (error) {
    message = error instanceof Error ? error.message : String(error);
  }
  warn?.(`${message} (TeX: ${tex})`);
  const code: HastElementNode = {
    type: 'element',
    tagName: 'code',
    properties: { className: ['math-error'], title: message },
    children: [{ type: 'text', value: display ? tex : `$${tex}$` }],
  };
  return display ? { type: 'element', tagName: 'pre', properties: { className: ['math', 'math-display', 'math-error'] }, children: [code] } : code;
}

/**
 * The same as an HTML string, for components that render TeX themselves (`<Fragment set:html>`).
 * Prefer it to calling KaTeX directly: with `throwOnError: false` KaTeX writes bad TeX as
 * `<span style="color:#cc0000">`, which the theme's CSP refuses (a console error), and it keeps
 * the TeX as hidden <annotation> text.
 */
export function renderMathHtml(tex: string, display = false, warn?: Warn): string {
  return toHtml(renderMath(tex, display, warn));
}

type MaybeElement = {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: MaybeElement[];
  value?: string;
  position?: { start: { offset?: number } };
};

function mathClass(node: MaybeElement): 'inline' | 'display' | undefined {
  const classes = node.properties?.className;
  if (node.tagName !== 'code' || !Array.isArray(classes) || !classes.includes('language-math')) return undefined;
  if (classes.includes('math-display')) return 'display';
  if (classes.includes('math-inline')) return 'inline';
  return undefined;
}

/** True when the child at `index` is the only thing in `parent` besides whitespace. */
function aloneIn(parent: MaybeElement | undefined, index: number | undefined): boolean {
  const children = parent?.children ?? [];
  if (index === undefined || !children[index]) return false;
  return children.every((c, i) => i === index || (c.type === 'text' && !(c.value ?? '').trim()));
}

function fileOf(url: URL | undefined): string {
  if (!url) return 'Markdown';
  const path = decodeURIComponent(url.pathname);
  const src = path.lastIndexOf('/src/');
  return src === -1 ? path : path.slice(src + 1);
}

interface SatteriCtx {
  source: string;
  fileURL: URL | undefined;
  parent(node: unknown): MaybeElement | undefined;
  indexOf(node: unknown): number | undefined;
  replaceNode(node: unknown, replacement: unknown): void;
  textContent(node: unknown): string;
}

/**
 * Sätteri HTML plugin. `position: true` lets it see whether inline math was written with `$$`.
 * `warn` receives one line per formula KaTeX could not read.
 */
export function satteriMath(warn?: Warn) {
  return {
    name: 'guru-blog:math',
    options: { position: true },
    element: {
      filter: ['code'],
      visit(node: MaybeElement, ctx: SatteriCtx) {
        const kind = mathClass(node);
        if (!kind) return;
        const tex = ctx.textContent(node);
        const where = (message: string) => warn?.(`${fileOf(ctx.fileURL)}: ${message}`);
        const parent = ctx.parent(node);
        if (kind === 'display') {
          ctx.replaceNode(parent?.tagName === 'pre' ? parent : node, renderMath(tex, true, where));
          return;
        }
        const start = node.position?.start.offset;
        const doubled = start !== undefined && ctx.source.startsWith('$$', start);
        if (doubled && parent?.tagName === 'p' && aloneIn(parent, ctx.indexOf(node))) ctx.replaceNode(parent, renderMath(tex, true, where));
        else ctx.replaceNode(node, renderMath(tex, false, where));
      },
    },
  };
}

/**
 * The same for the unified processor (rehype plugin). unified needs `remark-math` in its
 * `remarkPlugins` to read dollars at all; it produces the same `code.language-math` elements.
 * (A one-line `$$…$$` cannot be told from `$…$` there, so it stays inline.)
 */
export function rehypeMath(options: { warn?: Warn } = {}) {
  return (tree: MaybeElement) => {
    const walk = (node: MaybeElement) => {
      const children = node.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i] as MaybeElement;
        if (child.tagName === 'pre') {
          const code = child.children?.find((c) => c.type === 'element');
          if (code && mathClass(code) === 'display') {
            children[i] = renderMath(textOf(code as HastNode), true, options.warn);
            continue;
          }
        }
        if (mathClass(child) === 'inline') {
          children[i] = renderMath(textOf(child as HastNode), false, options.warn);
          continue;
        }
        walk(child);
      }
    };
    walk(tree);
  };
}
