import { renderMathHtml } from '../integration/markdown-math.ts';
import { escapeHtml } from '../kit/escape.mjs';

/**
 * Escapes a line of plain text and renders its `$…$` (inline) and `$$…$$` (display) parts to
 * MathML (the Markdown math renderer), for frontmatter text such as exercises. `\$` stays a
 * dollar sign.
 */
export function renderInlineMath(text: string): string {
  let out = '';
  const pattern = /\$\$([^$]+)\$\$|(?<!\\)\$([^$\n]+?)(?<!\\)\$/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += escapeHtml(text.slice(last, m.index).replace(/\\\$/g, '$'));
    const display = m[1] !== undefined;
    out += renderMathHtml((m[1] ?? m[2])!, display);
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last).replace(/\\\$/g, '$'));
}
