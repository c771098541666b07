import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// What Pagefind is given of the built pages: only pages that mark content for search
// (`data-pagefind-body`), and of each only what it reads there: the language and title from the
// head, and the body from the marked element on. Pagefind parses every byte it is given, and the
// rest (list pages, meta tags, JSON-LD, header and menu) is about half of the site's HTML: at
// 1,000 posts it gets 9 MB instead of 18 MB, and indexed in 0.63–0.87 of the time of the whole
// folder (medians of two sets of alternating runs on a loaded machine).
// Without any marked page nothing is given, so a blog without a post yet has an empty index
// instead of its home, tag and 404 pages indexed whole.

/** A page for Pagefind: its written file (relative to the output folder), from which Pagefind
 * makes its URL, or the URL itself for a page seen as it was rendered (page-capture.ts). */
export type SearchPage = ({ sourcePath: string } | { url: string }) & { content: string };

const MARK = 'data-pagefind-body';

/** The part of one built page Pagefind needs, or undefined when the page marks nothing. Read from
 * the page's bytes: only that part is decoded. */
export function searchableHtml(html: Buffer): string | undefined {
  const mark = html.indexOf(MARK);
  if (mark < 0) return undefined;
  const start = html.lastIndexOf('<', mark);
  const bodyEnd = html.lastIndexOf('</body>');
  const htmlTag = html.indexOf('<html');
  const htmlTagEnd = html.indexOf('>', htmlTag);
  const title = between(html, '<title>', '</title>');
  // `<html …>` as written (its lang decides Pagefind's stemming), a title, then the marked element
  // and what follows it: Pagefind indexes the marked element only, so what follows costs nothing.
  const marked = html.toString('utf8', start, bodyEnd < start ? html.length : bodyEnd);
  return `${html.toString('utf8', htmlTag, htmlTagEnd + 1)}<head>${title === undefined ? '' : `<title>${title}</title>`}</head><body>${marked}</body></html>`;
}

function between(html: Buffer, open: string, close: string): string | undefined {
  const from = html.indexOf(open);
  if (from < 0) return undefined;
  const to = html.indexOf(close, from + open.length);
  return to < 0 ? undefined : html.toString('utf8', from + open.length, to);
}

/** Every built page in `dir` that marks content for search, trimmed (searchableHtml). */
export function searchPages(dir: string): SearchPage[] {
  const pages: SearchPage[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const content = searchableHtml(readFileSync(path));
    if (content !== undefined) pages.push({ sourcePath: relative(dir, path), content });
  }
  return pages;
}
