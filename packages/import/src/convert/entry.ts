// Step three: one entry's body from the old blog's HTML to a parsed tree ready for Markdown, with
// WordPress's stored form expanded first (shortcodes, block comments, classic-editor paragraphs).
import type { Root } from 'hast';
import type { Note, ParsedExport, SourceEntry } from '../model.ts';
import { autop } from './autop.ts';
import { removeComments } from './comments.ts';
import { embedAddress } from './embed-address.ts';
import { expandShortcodes } from './shortcodes.ts';
import { parseBody } from './to-markdown.ts';

export interface EntryContext {
  parsed: ParsedExport;
  lang: 'id' | 'en';
  /** New address for an old one on the same blog, for links between posts. */
  newPathOf: (oldPath: string) => string | undefined;
  notes: Note[];
}

const BLOGSPOT = /^([a-z0-9-]{1,63})\.blogspot\.[a-z.]{2,12}$/;

/**
 * True when a link points to the old blog: the same host, with or without `www.` and over http or
 * https; for Blogger also its country domains (`bu-ani.blogspot.co.id` is `bu-ani.blogspot.com`).
 * The new Blogger export does not name the blog's address: then a blogspot link whose path is one
 * of the export's own posts is taken to be the blog's.
 */
function isOwnBlog(url: URL, blogOrigin: string | undefined): boolean {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (!blogOrigin) return BLOGSPOT.test(host);
  const blogHost = new URL(blogOrigin).hostname.toLowerCase().replace(/^www\./, '');
  if (host === blogHost) return true;
  const label = BLOGSPOT.exec(host)?.[1];
  return label !== undefined && label === BLOGSPOT.exec(blogHost)?.[1];
}

function oldUrl(parsed: ParsedExport, entry: SourceEntry): string | undefined {
  return parsed.blogUrl && entry.oldPath ? `${parsed.blogUrl}${entry.oldPath}` : undefined;
}

export function entryTree(entry: SourceEntry, ctx: EntryContext): Root {
  const label = entry.title || entry.sourceId;
  let html = entry.html;
  if (ctx.parsed.source === 'wordpress') {
    html = expandShortcodes(html, {
      attachments: ctx.parsed.attachments,
      postId: entry.sourceId,
      onMissingGallery: () => ctx.notes.push({ code: 'galleryMissing', entry: label }),
    });
  }
  html = removeComments(html);
  if (ctx.parsed.source === 'wordpress' && entry.classic) html = autop(html);
  const blogOrigin = ctx.parsed.blogUrl;
  const url = oldUrl(ctx.parsed, entry);
  return parseBody(html, {
    lang: ctx.lang,
    ...(url ? { oldUrl: url } : {}),
    embedHref: embedAddress,
    rewriteLink: (href) => {
      const written = href.trim();
      // Absolute and root-relative links (`/2019/09/x/`, `/?p=12`) can name a post of the blog.
      if (!/^(?:https?:)?\/\//i.test(written) && !written.startsWith('/')) return undefined;
      let url: URL;
      try {
        url = new URL(written, blogOrigin ? `${blogOrigin}/` : undefined);
      } catch {
        return undefined;
      }
      if (!isOwnBlog(url, blogOrigin)) return undefined;
      return (url.search ? ctx.newPathOf(`${url.pathname}${url.search}`) : undefined) ?? ctx.newPathOf(url.pathname);
    },
    note: (code, vars) => {
      // The parser may have said it already (a title escaped twice): once per entry is enough.
      if (code === 'doubleEscaped' && ctx.notes.some((n) => n.code === code && n.entry === label)) return;
      ctx.notes.push({ code, entry: label, ...(vars ? { vars } : {}) });
    },
  });
}
