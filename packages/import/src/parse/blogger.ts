// Blogger's two export formats, told apart entry by entry:
// - the old `.xml` (until 2023): the kind is a `<category scheme="…#kind" term="…#post">`, drafts
//   carry `<app:control><app:draft>yes`, the address is `<link rel="alternate">`;
// - the new one (Takeout `feed.atom`, Settings → Back up since 2023): `<blogger:type>` POST / PAGE /
//   COMMENT, `<blogger:status>` LIVE / DRAFT, `<blogger:filename>` the old path, `<blogger:trashed>`
//   a time when the entry is in the bin, labels as bare `<category term>`, an empty `<link/>`.
// Comments are only counted. Settings, template and layout entries of the old format are skipped.
import type { Note, ParsedExport, SourceEntry } from '../model.ts';
import { child, children, childText, type XmlNode } from '../read/xml-nodes.ts';
import { originOf, pathOf, plainText, unescapeBody } from './text.ts';

type Kind = 'post' | 'page' | 'comment' | 'other';

const KIND_SCHEME = '#kind';

function oldKind(entry: XmlNode): Kind | undefined {
  const category = children(entry, 'category').find((c) => (c.attrs.scheme ?? '').endsWith(KIND_SCHEME));
  if (!category) return undefined;
  const term = category.attrs.term ?? '';
  const kind = term.slice(term.lastIndexOf('#') + 1);
  return kind === 'post' || kind === 'page' || kind === 'comment' ? kind : 'other';
}

function newKind(entry: XmlNode): Kind | undefined {
  const type = childText(entry, 'blogger:type').toUpperCase();
  if (!type) return undefined;
  return type === 'POST' ? 'post' : type === 'PAGE' ? 'page' : type === 'COMMENT' ? 'comment' : 'other';
}

/** Labels: every `<category>` that is not the kind marker. */
function labels(entry: XmlNode): string[] {
  const out = new Set<string>();
  for (const category of children(entry, 'category')) {
    const scheme = category.attrs.scheme ?? '';
    if (scheme.endsWith(KIND_SCHEME)) continue;
    const term = plainText(category.attrs.term ?? '').text;
    if (term) out.add(term);
  }
  return [...out];
}

function alternateLink(entry: XmlNode): string {
  const link = children(entry, 'link').find((l) => l.attrs.rel === 'alternate' && l.attrs.href);
  return link?.attrs.href ?? '';
}

/** The post id a comment belongs to: `blogger:parent` (new) or `thr:in-reply-to ref` (old). */
function commentParent(entry: XmlNode): string {
  return childText(entry, 'blogger:parent') || (child(entry, 'thr:in-reply-to')?.attrs.ref ?? '');
}

/** `tag:blogger.com,1999:blog-1.post-2` and `…post-2` in a parent field name the same post. */
const postNumber = (id: string) => id.slice(id.lastIndexOf('post-') + 5);

export class BloggerReader {
  readonly result: ParsedExport = {
    source: 'blogger',
    entries: [],
    attachments: new Map(),
    counts: { trashed: 0, comments: 0, attachments: 0, skipped: 0 },
    notes: [],
  };
  private readonly commentsByPost = new Map<string, number>();
  private readonly seen = new Set<string>();
  /** Feeds have no kind marker: the posts feed holds posts, the pages feed pages. */
  private readonly defaultKind: 'post' | 'page';
  constructor(defaultKind: 'post' | 'page' = 'post') {
    this.defaultKind = defaultKind;
  }

  /** One child of `<feed>`: an entry, or the blog's own title and address. */
  add(node: XmlNode): void {
    if (node.name === 'title' && !this.result.blogTitle) this.result.blogTitle = plainText(node.text).text;
    else if (node.name === 'link' && node.attrs.rel === 'alternate' && !this.result.blogUrl) this.result.blogUrl = originOf(node.attrs.href ?? '');
    else if (node.name === 'entry') this.entry(node);
  }

  private note(note: Note): void {
    this.result.notes.push(note);
  }

  private entry(node: XmlNode): void {
    const kind = newKind(node) ?? oldKind(node) ?? this.defaultKind;
    if (kind === 'other') return;
    const id = childText(node, 'id');
    // Feed pages can overlap when a post is published meanwhile: each id once.
    if (id && this.seen.has(id)) return;
    if (id) this.seen.add(id);
    if (kind === 'comment') {
      this.result.counts.comments++;
      const parent = postNumber(commentParent(node));
      if (parent) this.commentsByPost.set(parent, (this.commentsByPost.get(parent) ?? 0) + 1);
      return;
    }
    const trashed = child(node, 'blogger:trashed');
    if (trashed?.text.trim()) {
      this.result.counts.trashed++;
      return;
    }
    const titleField = plainText(childText(node, 'title'));
    // A feed set to "short" or "until jump break" has only a summary.
    const summary = child(node, 'summary');
    const content = child(node, 'content') ?? summary;
    if (content === summary && summary) this.note({ code: 'truncatedFeed', entry: titleField.text || id });
    const body = unescapeBody(content?.text ?? '');
    const label = titleField.text || id || '?';
    if (titleField.doubleEscaped || body.doubleEscaped) this.note({ code: 'doubleEscaped', entry: label });
    if (!content) {
      this.result.counts.skipped++;
      this.note({ code: 'brokenEntry', entry: label });
      return;
    }
    const status = childText(node, 'blogger:status').toUpperCase();
    const appDraft = childText(child(node, 'app:control') ?? node, 'app:draft').toLowerCase() === 'yes';
    const draft = status === 'DRAFT' || appDraft || (status !== '' && status !== 'LIVE');
    const filename = childText(node, 'blogger:filename');
    const link = alternateLink(node);
    const oldPath = filename || pathOf(link) || undefined;
    if (!oldPath && !draft) this.note({ code: 'noLink', entry: label });
    const published = childText(node, 'published') || childText(node, 'blogger:created') || childText(node, 'updated');
    if (!published) this.note({ code: 'noDate', entry: label });
    if (!this.result.blogUrl && link) this.result.blogUrl = originOf(link);
    const entry: SourceEntry = {
      sourceId: id || `${kind}-${this.result.entries.length + 1}`,
      kind,
      title: titleField.text,
      html: body.html,
      published,
      updated: childText(node, 'updated'),
      draft,
      ...(oldPath ? { oldPath } : {}),
      aliases: [],
      tags: labels(node),
      author: plainText(childText(child(node, 'author') ?? node, 'name')).text || undefined,
      commentCount: Number(childText(node, 'thr:total')) || 0,
      classic: false,
    };
    this.result.entries.push(entry);
  }

  /** Comment counts of the new format come from the comments themselves, which may follow their post. */
  finish(): ParsedExport {
    for (const entry of this.result.entries) {
      const counted = this.commentsByPost.get(postNumber(entry.sourceId));
      if (counted !== undefined) entry.commentCount = Math.max(entry.commentCount, counted);
      if (entry.author === 'Unknown' || entry.author === 'Anonymous') delete entry.author;
    }
    return this.result;
  }
}
