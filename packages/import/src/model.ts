// What the parsers hand to the converter and the writer: one shape for Blogger and WordPress.

export type SourceKind = 'blogger' | 'wordpress';

export interface SourceEntry {
  /** Stable id in the source (Blogger `tag:blogger.com,1999:blog-1.post-2`, WordPress post id). */
  sourceId: string;
  kind: 'post' | 'page';
  title: string;
  /** The body as HTML (Blogger) or WordPress's stored form (classic text or Gutenberg blocks). */
  html: string;
  /** ISO date-time with offset as the source wrote it; '' when the source has none. */
  published: string;
  updated: string;
  draft: boolean;
  /** Why the entry is a draft, when not simply a draft in the source: `private`, `pending`, `future`. */
  draftReason?: string;
  /** The old address's path (`/2019/08/slug.html`, `/p/profil.html`, `/2019/08/17/slug/`), if known. */
  oldPath?: string;
  /** Other old paths that reached the entry (`?p=123` as `/?p=123`). */
  aliases: string[];
  /** Slug the source itself gives (WordPress `post_name`), used before one made from the title. */
  sourceSlug?: string;
  tags: string[];
  author?: string;
  /** Comments the old post had (only counted; comments are not imported). */
  commentCount: number;
  /** Featured image (WordPress `_thumbnail_id`) as an address. */
  heroImage?: string;
  heroAlt?: string;
  excerpt?: string;
  /** WordPress bodies without block comments are classic-editor text: paragraphs come from blank lines. */
  classic: boolean;
}

/** An uploaded file of a WordPress site (`wp:post_type` attachment). */
export interface Attachment {
  url: string;
  title: string;
  /** The post it was uploaded to (`wp:post_parent`): a `[gallery]` without ids shows these. */
  parent?: string;
  /** `wp:menu_order`: the order the gallery editor gave. */
  order: number;
}

/** Something odd in the export or during the import, told in the summary; never fatal. */
export interface Note {
  code: NoteCode;
  /** The entry's title or id, when the note is about one. */
  entry?: string;
  vars?: Record<string, string | number>;
}

export type NoteCode =
  | 'encoding'
  | 'undeclaredPrefix'
  | 'noTitle'
  | 'noBody'
  | 'noDate'
  | 'noLink'
  | 'doubleEscaped'
  | 'unknownType'
  | 'brokenEntry'
  | 'video'
  | 'keptHtml'
  | 'imageFailed'
  | 'fileFailed'
  | 'draftFiles'
  | 'edited'
  | 'takenPath'
  | 'queryRedirect'
  | 'customRedirect'
  | 'galleryMissing'
  | 'truncatedFeed'
  | 'convertFailed';

export interface ParsedExport {
  source: SourceKind;
  /** The old blog's address (`https://bu-ani.blogspot.com`), when the export names it. */
  blogUrl?: string;
  blogTitle?: string;
  entries: SourceEntry[];
  /** Attachment id → address (WordPress), for `[gallery]` and featured images. */
  attachments: Map<string, Attachment>;
  /** Old archive pages of a tag or category (`/category/ipa/`) → the tag's name. */
  tagPaths?: Map<string, string>;
  counts: { trashed: number; comments: number; attachments: number; skipped: number };
  notes: Note[];
}
