// Step two: where each entry goes on the new site. Slugs an earlier import gave stay the same (so
// links and redirects do not move); new ones come from the old address, never taking a file name
// the teacher's own posts or pages use.
import { readdirSync } from 'node:fs';
import { withBase } from '@guru-blog/theme/urls';
import type { ParsedExport, SourceEntry } from './model.ts';
import type { Manifest } from './write/manifest.ts';
import type { SiteFiles } from './write/site.ts';
import { preferredSlug, SlugAllocator } from './write/slugs.ts';

export const POSTS_DIR = 'src/content/posts';
export const PAGES_DIR = 'src/pages';
export const PAGE_IMAGES_DIR = 'src/assets/imported';
/**
 * Documents a post links to (worksheets, slides) go to `public/`: Astro optimises images next to a
 * post, but a PDF is not an image asset and a relative link to it would not be published. `public/`
 * is copied to the site as it is, so `/lampiran/posts/<slug>/lks.pdf` is served (under the base).
 * `public/lampiran` is where the site's editor (CMS) puts attachments too.
 */
export const FILES_DIR = 'public/lampiran';

export interface Planned {
  key: string;
  entry: SourceEntry;
  slug: string;
  /** Site-relative Markdown file. */
  file: string;
  /** Site-relative folder for the entry's images. */
  imageDir: string;
  /** How the Markdown file refers to an image file in imageDir. */
  imageRef: (name: string) => string;
  /** Site-relative folder for the documents the entry links to. */
  fileDir: string;
  /** The address of a document in fileDir, as a link in the entry (the site's base included). */
  fileUrl: (name: string) => string;
  /** The new address as a browser asks for it, the site's `base` included (published entries only). */
  newPath?: string;
  /** The preferred slug was taken by a file that is not the import's. */
  renamedFrom?: string;
}

export const entryKey = (parsed: ParsedExport, entry: SourceEntry) => `${parsed.source}:${entry.sourceId}`;

/** File and folder names (without extension, without a leading `_`) already in a folder. */
function namesIn(files: SiteFiles, dir: string): string[] {
  try {
    return readdirSync(files.path(dir)).map((name) => name.replace(/\.(md|mdx|astro|html)$/i, '').replace(/^_/, ''));
  } catch {
    return [];
  }
}

function place(key: string, entry: SourceEntry, slug: string, base: string): Planned {
  if (entry.kind === 'post') {
    return {
      key,
      entry,
      slug,
      file: `${POSTS_DIR}/${slug}/index.md`,
      imageDir: `${POSTS_DIR}/${slug}`,
      imageRef: (name) => `./${name}`,
      fileDir: `${FILES_DIR}/posts/${slug}`,
      fileUrl: (name) => withBase(base, `/lampiran/posts/${slug}/${name}`),
      ...(entry.draft ? {} : { newPath: withBase(base, `/posts/${slug}/`) }),
    };
  }
  // Astro has no drafts for pages: a draft page's file starts with `_`, which Astro does not publish.
  return {
    key,
    entry,
    slug,
    file: `${PAGES_DIR}/${entry.draft ? '_' : ''}${slug}.md`,
    imageDir: `${PAGE_IMAGES_DIR}/${slug}`,
    imageRef: (name) => `../assets/imported/${slug}/${name}`,
    fileDir: `${FILES_DIR}/pages/${slug}`,
    fileUrl: (name) => withBase(base, `/lampiran/pages/${slug}/${name}`),
    ...(entry.draft ? {} : { newPath: withBase(base, `/${slug}/`) }),
  };
}

export function planEntries(parsed: ParsedExport, manifest: Manifest, files: SiteFiles, base: string): Planned[] {
  const ours = new Set(Object.values(manifest.entries).map((m) => m.slug));
  const posts = new SlugAllocator(namesIn(files, POSTS_DIR).filter((name) => !ours.has(name)));
  const pages = new SlugAllocator(namesIn(files, PAGES_DIR).filter((name) => !ours.has(name)));
  const planned = new Map<SourceEntry, Planned>();
  // Entries imported before keep their slug.
  for (const entry of parsed.entries) {
    const key = entryKey(parsed, entry);
    const known = manifest.entries[key];
    if (!known) continue;
    const slug = (entry.kind === 'post' ? posts : pages).claim(known.slug);
    const wanted = preferredSlug(entry);
    planned.set(entry, { ...place(key, entry, slug, base), ...(slug !== wanted ? { renamedFrom: wanted } : {}) });
  }
  for (const entry of parsed.entries) {
    if (planned.has(entry)) continue;
    const allocator = entry.kind === 'post' ? posts : pages;
    const wanted = preferredSlug(entry);
    const slug = allocator.claim(wanted);
    planned.set(entry, { ...place(entryKey(parsed, entry), entry, slug, base), ...(slug !== wanted ? { renamedFrom: wanted } : {}) });
  }
  return parsed.entries.map((entry) => planned.get(entry)!);
}
