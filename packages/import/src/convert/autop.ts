import { indexOfAnyCase } from './any-case.ts';

// WordPress stores classic-editor posts without <p>: it adds paragraphs when it shows a post
// (wpautop). The same is done here before converting: a blank line ends a paragraph, a single line
// break is a <br>, and text that starts with a block element (table, list, heading, figure, …) or
// sits in <pre> is left alone.
const BLOCK = new Set(
  'address article aside blockquote caption col colgroup dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr iframe legend li map math menu nav ol p pre section select style summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/** The name of the tag `text` starts with (`<table …` → `table`, `</div>` → `div`), lower-cased. */
function leadingTag(text: string): string | undefined {
  if (text[0] !== '<') return undefined;
  let i = text[1] === '/' ? 2 : 1;
  let name = '';
  for (; i < text.length && name.length < 12; i++) {
    const c = text[i]!;
    if (!/[A-Za-z0-9]/.test(c)) break;
    name += c;
  }
  return name.toLowerCase() || undefined;
}

function endsWithBlockTag(text: string): boolean {
  const open = text.lastIndexOf('<');
  if (open < 0 || !text.endsWith('>')) return false;
  const tag = leadingTag(text.slice(open));
  return tag !== undefined && BLOCK.has(tag);
}

/** Splits at <pre>…</pre> so their line breaks are not touched. */
function splitPre(html: string): { text: string; pre: boolean }[] {
  const parts: { text: string; pre: boolean }[] = [];
  let from = 0;
  for (;;) {
    const start = indexOfAnyCase(html, '<pre', from);
    if (start < 0) break;
    const end = indexOfAnyCase(html, '</pre>', start);
    if (end < 0) break;
    parts.push({ text: html.slice(from, start), pre: false }, { text: html.slice(start, end + 6), pre: true });
    from = end + 6;
  }
  parts.push({ text: html.slice(from), pre: false });
  return parts;
}

export function autop(html: string): string {
  const out: string[] = [];
  for (const part of splitPre(html.replace(/\r\n?/g, '\n'))) {
    if (part.pre) {
      out.push(part.text);
      continue;
    }
    for (const chunk of part.text.split(/\n[ \t]*\n/)) {
      const block = chunk.trim();
      if (!block) continue;
      const tag = leadingTag(block);
      if ((tag && BLOCK.has(tag)) || endsWithBlockTag(block)) out.push(block);
      else out.push(`<p>${block.replace(/\n/g, '<br>\n')}</p>`);
    }
  }
  return out.join('\n\n');
}
