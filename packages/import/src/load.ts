// Step one of the import: the export (a file, or Blogger's public feed page by page) read into
// entries. A file that is not an export stops here with a message; anything odd inside one is noted.
import { readFile } from 'node:fs/promises';
import type { FetchLike } from './downloads/download.ts';
import type { ParsedExport, SourceKind } from './model.ts';
import { BloggerReader } from './parse/blogger.ts';
import { WordPressReader } from './parse/wordpress.ts';
import { decodeExport } from './read/decode.ts';
import { binaryKind, kindOfRoot } from './read/sniff.ts';
import { readXmlNodes } from './read/xml-nodes.ts';

/** Why a file cannot be imported; the CLI turns it into a message. */
export class LoadError extends Error {
  readonly reason: 'missing' | 'zip' | 'notExport' | 'wrongSource' | 'feed' | 'badUrl';
  readonly detail: Record<string, string>;
  constructor(reason: LoadError['reason'], detail: Record<string, string> = {}) {
    super(reason);
    this.reason = reason;
    this.detail = detail;
  }
}

/** Parses export text; `expected` is what the teacher said it is. */
export function parseExportText(text: string, expected: SourceKind, defaultKind: 'post' | 'page' = 'post'): ParsedExport | { actual: SourceKind | undefined } {
  let actual: SourceKind | undefined;
  let reader: BloggerReader | WordPressReader | undefined;
  const undeclared: string[] = [];
  readXmlNodes(text, {
    onUndeclaredPrefix(prefix) {
      undeclared.push(prefix);
    },
    onRoot(name, attrs) {
      actual = kindOfRoot(name, attrs);
      if (actual === expected) reader = expected === 'blogger' ? new BloggerReader(defaultKind) : new WordPressReader();
    },
    onNode(node) {
      reader?.add(node);
    },
  });
  if (!reader) return { actual };
  const parsed = reader.finish();
  if (undeclared.length) parsed.notes.unshift({ code: 'undeclaredPrefix', vars: { prefix: undeclared.join(', ') } });
  return parsed;
}

export async function loadFile(path: string, expected: SourceKind): Promise<ParsedExport> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') throw new LoadError('missing');
    throw error;
  }
  if (binaryKind(bytes)) throw new LoadError('zip');
  const decoded = decodeExport(bytes);
  const parsed = parseExportText(decoded.text, expected);
  if (!('entries' in parsed)) throw parsed.actual ? new LoadError('wrongSource', { actual: parsed.actual }) : new LoadError('notExport');
  if (decoded.encoding === 'windows-1252') parsed.notes.unshift({ code: 'encoding' });
  return parsed;
}

const PAGE_SIZE = 150;

/** The next page's address: the feed's rel=next link, or start-index moved on by what came. */
async function feedPages(base: URL, path: string, fetchImpl: FetchLike, kind: 'post' | 'page', onCount: (n: number) => void): Promise<ParsedExport[]> {
  const out: ParsedExport[] = [];
  let start = 1;
  for (let page = 0; page < 1000; page++) {
    const url = new URL(path, base);
    url.search = new URLSearchParams({ 'max-results': String(PAGE_SIZE), 'start-index': String(start), orderby: 'published' }).toString();
    let response: Response;
    try {
      response = await fetchImpl(url.href, { signal: AbortSignal.timeout(60_000), redirect: 'follow', headers: { accept: 'application/atom+xml' } });
    } catch (error) {
      throw new LoadError('feed', { url: url.href, reason: (error as Error).message });
    }
    // A blog without pages answers 404 on its pages feed.
    if (!response.ok) {
      await response.body?.cancel();
      if (kind === 'page' && page === 0) return out;
      throw new LoadError('feed', { url: url.href, reason: `HTTP ${response.status}` });
    }
    const parsed = parseExportText(await response.text(), 'blogger', kind);
    if (!('entries' in parsed)) throw new LoadError('feed', { url: url.href, reason: 'not an Atom feed' });
    out.push(parsed);
    const count = parsed.entries.length;
    onCount(count);
    if (count === 0) break;
    start += count;
  }
  return out;
}

/** Blogger's public feed: posts and pages, 150 a request (Blogger may send fewer), until a page comes back empty. */
export async function loadFeed(address: string, fetchImpl: FetchLike, onCount: (total: number) => void): Promise<ParsedExport> {
  let base: URL;
  try {
    base = new URL(/^https?:\/\//i.test(address) ? address : `https://${address}`);
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new Error('protocol');
  } catch {
    throw new LoadError('badUrl');
  }
  base = new URL('/', base);
  let total = 0;
  const count = (n: number) => {
    total += n;
    onCount(total);
  };
  const pages = [
    ...(await feedPages(base, '/feeds/posts/default', fetchImpl, 'post', count)),
    ...(await feedPages(base, '/feeds/pages/default', fetchImpl, 'page', count)),
  ];
  const merged: ParsedExport = {
    source: 'blogger',
    blogUrl: base.origin,
    entries: [],
    attachments: new Map(),
    counts: { trashed: 0, comments: 0, attachments: 0, skipped: 0 },
    notes: [],
  };
  const seen = new Set<string>();
  for (const page of pages) {
    merged.blogTitle ??= page.blogTitle;
    for (const entry of page.entries) {
      if (seen.has(entry.sourceId)) continue;
      seen.add(entry.sourceId);
      merged.entries.push(entry);
    }
    merged.counts.comments += page.counts.comments;
    // One truncated-feed note is enough.
    for (const note of page.notes) if (note.code !== 'truncatedFeed' || !merged.notes.some((n) => n.code === 'truncatedFeed')) merged.notes.push(note);
  }
  return merged;
}
