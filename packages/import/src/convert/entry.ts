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
      let url: URL;
      try {
        url = new URL(href);
      } catch {
        return undefined;
      }
      // The new Blogger export does not name the blog's address: a blogspot.com link whose path
      // is one of the export's own posts is taken to be the blog's.
      const own = blogOrigin ? url.origin === blogOrigin : url.hostname.endsWith('.blogspot.com');
      return own ? ctx.newPathOf(url.pathname) : undefined;
    },
    note: (code, vars) => {
      // The parser may have said it already (a title escaped twice): once per entry is enough.
      if (code === 'doubleEscaped' && ctx.notes.some((n) => n.code === code && n.entry === label)) return;
      ctx.notes.push({ code, entry: label, ...(vars ? { vars } : {}) });
    },
  });
}
