// Step five: one entry's Markdown file written, unless the teacher edited it since the last import
// (then it is left alone and reported, unless --force). Writing the same text again is skipped, so
// a second run changes nothing.
import type { Root } from 'hast';
import { bodyToMarkdown } from './convert/to-markdown.ts';
import { type Lang, translator } from './messages.ts';
import type { Note, ParsedExport } from './model.ts';
import type { Planned } from './plan.ts';
import type { ImportRequest } from './run.ts';
import { parseSourceDate, zonedIso } from './write/dates.ts';
import { renderFile } from './write/frontmatter.ts';
import { hashText, type ManifestEntry } from './write/manifest.ts';

export interface Counts {
  posts: number;
  pages: number;
  drafts: number;
  trashed: number;
  skipped: number;
  comments: number;
  written: number;
  unchanged: number;
  edited: number;
  imagesFetched: number;
  imagesReused: number;
  imagesFailed: number;
  filesFetched: number;
  filesReused: number;
  filesFailed: number;
}

export function newCounts(parsed: ParsedExport): Counts {
  const { trashed, skipped, comments } = parsed.counts;
  return {
    posts: 0,
    pages: 0,
    drafts: 0,
    trashed,
    skipped,
    comments,
    written: 0,
    unchanged: 0,
    edited: 0,
    imagesFetched: 0,
    imagesReused: 0,
    imagesFailed: 0,
    filesFetched: 0,
    filesReused: 0,
    filesFailed: 0,
  };
}

const DAY = 86_400_000;

function dates(req: ImportRequest, p: Planned, label: string, notes: Note[]) {
  const zone = req.site.timeZone;
  let published = parseSourceDate(p.entry.published, zone);
  if (!published) {
    notes.push({ code: 'noDate', entry: label });
    published = req.now;
  }
  const updated = parseSourceDate(p.entry.updated, zone);
  return {
    pubDate: zonedIso(published, zone),
    // Blogger touches `updated` on every save: only a later day is worth showing.
    ...(updated && updated.getTime() - published.getTime() >= DAY ? { updatedDate: zonedIso(updated, zone) } : {}),
  };
}

/** A title for an untitled entry (Blogger feeds often have none): the date it was written. */
function titleOf(req: ImportRequest, p: Planned, lang: Lang, notes: Note[]): string {
  if (p.entry.title) return p.entry.title;
  notes.push({ code: 'noTitle', entry: p.entry.sourceId });
  const date = parseSourceDate(p.entry.published, req.site.timeZone) ?? req.now;
  const day = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: req.site.timeZone }).format(date);
  return translator(lang)('untitled', { date: day });
}

function commentLines(req: ImportRequest, parsed: ParsedExport, p: Planned): string[] {
  const t = translator(req.lang);
  const lines: string[] = [];
  const url = parsed.blogUrl && p.entry.oldPath ? `${parsed.blogUrl}${p.entry.oldPath}` : undefined;
  if (url) lines.push(t('comment.source', { url }));
  if (p.entry.commentCount > 0) lines.push(t('comment.comments', { count: p.entry.commentCount }));
  return lines;
}

export async function convertEntryFields(
  req: ImportRequest,
  parsed: ParsedExport,
  p: Planned,
  tree: Root,
  saved: { images: Record<string, string>; files: Record<string, string> },
  notes: Note[],
  counts: Counts,
  previous: ManifestEntry | undefined,
): Promise<ManifestEntry | undefined> {
  const label = p.entry.title || p.entry.sourceId;
  const { images } = saved;
  if (p.entry.kind === 'post') counts.posts++;
  else counts.pages++;
  if (p.entry.draft) counts.drafts++;
  if (p.renamedFrom) notes.push({ code: 'takenPath', entry: label, vars: { slug: p.renamedFrom, file: p.file } });
  let body: string;
  try {
    body = await bodyToMarkdown(tree);
  } catch (error) {
    notes.push({ code: 'convertFailed', entry: label, vars: { reason: (error as Error).message } });
    body = p.entry.html;
  }
  if (!body && !p.entry.html.trim()) notes.push({ code: 'noBody', entry: label });
  const hero = p.entry.heroImage
    ? (images[`hero:${p.entry.heroImage}`] ?? (p.entry.heroImage.startsWith('https://') ? p.entry.heroImage : undefined))
    : undefined;
  const content = renderFile(
    {
      kind: p.entry.kind,
      title: titleOf(req, p, req.lang, notes),
      ...(p.entry.excerpt ? { description: p.entry.excerpt } : {}),
      ...dates(req, p, label, notes),
      tags: p.entry.tags,
      ...(hero ? { heroImage: hero, heroAlt: p.entry.heroAlt ?? p.entry.title } : {}),
      draft: p.entry.draft,
      ...(p.entry.author ? { author: p.entry.author } : {}),
      comments: commentLines(req, parsed, p),
    },
    body,
  );
  const existing = await req.files.readText(p.file);
  const imagesRecord = Object.fromEntries(Object.entries(images).filter(([key]) => !key.startsWith('hero:')));
  for (const [key, ref] of Object.entries(images)) if (key.startsWith('hero:')) imagesRecord[key.slice(5)] = ref.slice(ref.lastIndexOf('/') + 1);
  const files = { ...(previous?.files ?? {}), ...saved.files };
  const entry: ManifestEntry = {
    slug: p.slug,
    file: p.file,
    hash: hashText(content),
    images: { ...(previous?.images ?? {}), ...imagesRecord },
    // Absent when there are none, so the manifest of an earlier import stays byte for byte the same.
    ...(Object.keys(files).length ? { files } : {}),
  };
  if (existing === content) {
    counts.unchanged++;
    return entry;
  }
  const editedSince = existing !== undefined && previous !== undefined && hashText(existing) !== previous.hash;
  if (editedSince && !req.force) {
    counts.edited++;
    notes.push({ code: 'edited', entry: label, vars: { file: p.file } });
    return previous;
  }
  await req.files.write(p.file, content);
  counts.written++;
  return entry;
}
