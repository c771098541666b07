// Small Markdown writers shared by the generated pages.
import { escapeHtml } from '@guru-blog/theme/kit';

/** A table cell: one line, pipes escaped. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/**
 * A Markdown table. With `label`, it sits in a focusable region that scrolls sideways on a phone
 * (the label names the region for screen readers).
 */
export function table(head: string[], rows: string[][], label?: string): string {
  const body = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
  if (!label) return body;
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(label)}">\n\n${body}\n\n</div>`;
}

/** Inline code that survives backticks inside the text. */
export function code(text: string): string {
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A fenced block that survives fences inside the text. */
export function fence(text: string, lang = 'text'): string {
  return `\`\`\`${lang}\n${text.replace(/```/g, '``\u200b`')}\n\`\`\``;
}

export interface PageFile {
  /** Path under src/content/docs/, e.g. "referensi/opsi-tema.md" or "en/referensi/opsi-tema.md". */
  path: string;
  title: string;
  description: string;
  order: number;
  body: string;
  /** Leave out the "On this page" list (pages with a heading per message would list hundreds). */
  noToc?: boolean;
}

export function renderPage(page: PageFile): string {
  const front = [
    '---',
    `title: ${JSON.stringify(page.title)}`,
    `description: ${JSON.stringify(page.description)}`,
    'sidebar:',
    `  order: ${page.order}`,
    ...(page.noToc ? ['tableOfContents: false'] : []),
    '---',
    '',
    '<!-- Generated from the code by docs/src/generate: edit the generator or the code, not this file. -->',
    '',
  ];
  return `${front.join('\n')}${page.body.trim()}\n`;
}

/** Terminal text inside a `<pre>`: newlines as character references, so Markdown leaves the block whole. */
const preText = (text: string) => escapeHtml(text).replace(/\n/g, '&#10;');

/** A message as the terminal prints it: a plain `<pre>` (no code-block chrome; pages list hundreds). */
export function messageBlock(text: string): string {
  return `<pre class="message">${preText(text)}</pre>`;
}

/**
 * A command's help as the terminal prints it, columns aligned: on a phone it scrolls sideways in a
 * region the keyboard can focus (a scroll box without focus fails WCAG 2.1.1), named by `label`.
 */
export function terminalBlock(text: string, label: string): string {
  return `<pre class="message terminal" role="region" tabindex="0" aria-label="${escapeHtml(label)}">${preText(text)}</pre>`;
}
