// WordPress eXtended RSS (WXR), as wordpress.com and self-hosted sites export it. Posts and pages
// come by `wp:post_type`; attachments give the addresses that `_thumbnail_id` and `[gallery ids]`
// point to; menus, revisions, blocks, templates and custom types are skipped and counted.
// Statuses: publish → published; draft, pending, private, future → `draft: true` (a private post
// must not become public by moving, and a scheduled one not before its time); trash → skipped.
import type { ParsedExport, SourceEntry } from '../model.ts';
import { child, children, childText, type XmlNode } from '../read/xml-nodes.ts';
import { originOf, pathOf, plainText, unescapeBody } from './text.ts';

const NO_DATE = '0000-00-00 00:00:00';

/** `2019-08-17 06:00:00` (GMT) → `2019-08-17T06:00:00Z`; a local time gets no zone (read later in the site's zone). */
function wxrDate(gmt: string, local: string): string {
  const pick = (value: string, zone: string) =>
    value && value !== NO_DATE && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(value) ? `${value.replace(' ', 'T')}${zone}` : '';
  return pick(gmt, 'Z') || pick(local, '');
}

function meta(item: XmlNode, key: string): string {
  for (const entry of children(item, 'wp:postmeta')) if (childText(entry, 'wp:meta_key') === key) return childText(entry, 'wp:meta_value');
  return '';
}

/** Post types that are content; anything else is skipped and counted. */
const CONTENT_TYPES = new Set(['post', 'page']);

export class WordPressReader {
  readonly result: ParsedExport = {
    source: 'wordpress',
    entries: [],
    attachments: new Map(),
    counts: { trashed: 0, comments: 0, attachments: 0, skipped: 0 },
    notes: [],
  };
  private readonly authors = new Map<string, string>();
  private readonly thumbnails = new Map<SourceEntry, string>();
  /** Category nicename → its parent's (`wp:category` in the channel): a child's archive is `/category/parent/child/`. */
  private readonly categoryParents = new Map<string, string>();

  add(node: XmlNode): void {
    switch (node.name) {
      case 'title':
        this.result.blogTitle ??= plainText(node.text).text;
        break;
      case 'link':
        this.result.blogUrl ??= originOf(node.text);
        break;
      case 'wp:base_blog_url':
        this.result.blogUrl = originOf(node.text) ?? this.result.blogUrl;
        break;
      case 'wp:author': {
        const login = childText(node, 'wp:author_login');
        const name = plainText(childText(node, 'wp:author_display_name')).text;
        if (login) this.authors.set(login, name || login);
        break;
      }
      case 'wp:category': {
        const nicename = childText(node, 'wp:category_nicename');
        const parent = childText(node, 'wp:category_parent');
        if (nicename && parent) this.categoryParents.set(nicename, parent);
        break;
      }
      case 'item':
        this.item(node);
        break;
    }
  }

  private item(item: XmlNode): void {
    const type = childText(item, 'wp:post_type') || 'post';
    const id = childText(item, 'wp:post_id');
    const status = childText(item, 'wp:status') || 'publish';
    if (type === 'attachment') {
      this.result.counts.attachments++;
      const url = childText(item, 'wp:attachment_url') || childText(item, 'guid');
      const parent = childText(item, 'wp:post_parent');
      if (id && url)
        this.result.attachments.set(id, {
          url,
          title: plainText(childText(item, 'title')).text,
          ...(parent && parent !== '0' ? { parent } : {}),
          order: Number(childText(item, 'wp:menu_order')) || 0,
        });
      return;
    }
    if (!CONTENT_TYPES.has(type)) {
      this.result.counts.skipped++;
      if (
        !type.startsWith('wp_') &&
        type !== 'nav_menu_item' &&
        type !== 'revision' &&
        type !== 'custom_css' &&
        type !== 'customize_changeset' &&
        type !== 'oembed_cache'
      )
        this.result.notes.push({ code: 'unknownType', entry: plainText(childText(item, 'title')).text || id, vars: { type } });
      return;
    }
    if (status === 'trash' || status === 'auto-draft' || status === 'inherit') {
      this.result.counts.trashed += status === 'trash' ? 1 : 0;
      this.result.counts.skipped += status === 'trash' ? 0 : 1;
      return;
    }
    this.result.counts.comments += children(item, 'wp:comment').length;
    const title = plainText(childText(item, 'title'));
    const encoded = child(item, 'content:encoded');
    const body = unescapeBody(encoded?.text ?? '');
    const label = title.text || id || '?';
    if (title.doubleEscaped || body.doubleEscaped) this.result.notes.push({ code: 'doubleEscaped', entry: label });
    if (!encoded) this.result.notes.push({ code: 'noBody', entry: label });
    const link = childText(item, 'link');
    const linkPath = pathOf(link);
    // Drafts' links are `?p=ID` shortlinks: no pretty path to keep.
    const oldPath = linkPath && !linkPath.includes('?') ? linkPath : undefined;
    const aliases = id ? [type === 'page' ? `/?page_id=${id}` : `/?p=${id}`] : [];
    if (!this.result.blogUrl && link) this.result.blogUrl = originOf(link);
    const published = wxrDate(childText(item, 'wp:post_date_gmt'), childText(item, 'wp:post_date')) || childText(item, 'pubDate');
    if (!published) this.result.notes.push({ code: 'noDate', entry: label });
    const creator = childText(item, 'dc:creator');
    const tags = new Set<string>();
    for (const category of children(item, 'category')) {
      const domain = category.attrs.domain ?? 'category';
      if (domain !== 'category' && domain !== 'post_tag') continue;
      const name = plainText(category.text).text;
      const nicename = category.attrs.nicename;
      if (name && nicename) {
        this.result.tagPaths ??= new Map();
        this.result.tagPaths.set(`/${domain === 'category' ? 'category' : 'tag'}/${nicename}/`, name);
      }
      if (name && !(domain === 'category' && (category.attrs.nicename === 'uncategorized' || name === 'Uncategorized' || name === 'Tak Berkategori')))
        tags.add(name);
    }
    const draft = status !== 'publish';
    const html = body.html;
    const entry: SourceEntry = {
      sourceId: id || `item-${this.result.entries.length + 1}`,
      kind: type === 'page' ? 'page' : 'post',
      title: title.text,
      html,
      published,
      updated: wxrDate(childText(item, 'wp:post_modified_gmt'), childText(item, 'wp:post_modified')),
      draft,
      ...(draft && status !== 'draft' ? { draftReason: status } : {}),
      ...(oldPath ? { oldPath } : {}),
      aliases,
      ...(childText(item, 'wp:post_name') ? { sourceSlug: decodeURIComponentSafe(childText(item, 'wp:post_name')) } : {}),
      tags: [...tags],
      ...(creator ? { author: creator } : {}),
      commentCount: children(item, 'wp:comment').filter((c) => childText(c, 'wp:comment_approved') === '1').length,
      excerpt: plainText(childText(item, 'excerpt:encoded')).text,
      classic: !html.includes('<!-- wp:'),
    };
    const thumbnail = meta(item, '_thumbnail_id');
    if (thumbnail) this.thumbnails.set(entry, thumbnail);
    this.result.entries.push(entry);
  }

  /** `/category/parent/child/`: the archive address of a child category, its ancestors first (a loop stops). */
  private categoryPath(nicename: string): string {
    const chain = [nicename];
    for (let parent = this.categoryParents.get(nicename); parent && !chain.includes(parent) && chain.length < 20; parent = this.categoryParents.get(parent))
      chain.unshift(parent);
    return `/category/${chain.join('/')}/`;
  }

  /** Featured images, author names and category addresses need elements that may come later in the file. */
  finish(): ParsedExport {
    for (const [path, tag] of [...(this.result.tagPaths ?? [])]) {
      if (!path.startsWith('/category/')) continue;
      const nested = this.categoryPath(path.slice('/category/'.length, -1));
      // WordPress links a child category by its nested address; the flat one also still answers.
      if (nested !== path) this.result.tagPaths!.set(nested, tag);
    }
    for (const [entry, id] of this.thumbnails) {
      const attachment = this.result.attachments.get(id);
      if (attachment) {
        entry.heroImage = attachment.url;
        entry.heroAlt = attachment.title || entry.title;
      }
    }
    const names = new Set(this.result.entries.map((e) => e.author).filter(Boolean));
    for (const entry of this.result.entries) {
      if (entry.author) entry.author = this.authors.get(entry.author) ?? entry.author;
      // One author is the site's own: the theme shows the site's author when the field is absent.
      if (names.size <= 1) delete entry.author;
    }
    return this.result;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
