// File names and addresses on the new site. A post keeps the slug of its old address
// (`/2019/08/belajar-pecahan.html` → `belajar-pecahan`), so its new address is recognisable and a
// redirect can be written; a draft without an address takes its title's slug.
import { slugFromTitle } from '@guru-blog/theme/scaffold';
import type { SourceEntry } from '../model.ts';

/** The last meaningful segment of an old path, without `.html`. */
export function slugOfPath(path: string): string {
  const bare = path.split('?')[0]!.split('#')[0]!;
  const segments = bare.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // keep as written
  }
  return decoded.replace(/\.html?$/i, '');
}

/** Page slugs that would replace one of the theme's own pages. */
const RESERVED = new Set(['posts', 'tags', 'archive', 'lessons', 'mapel', 'fase', 'kelas', 'jenis', 'about', 'search', '404', 'index', 'rss', 'admin']);

/** The preferred slug of an entry, before de-duplication. */
export function preferredSlug(entry: SourceEntry): string {
  const candidates = [entry.sourceSlug, entry.oldPath ? slugOfPath(entry.oldPath) : undefined, entry.title];
  for (const candidate of candidates) {
    const slug = candidate ? slugFromTitle(candidate) : '';
    if (slug) return entry.kind === 'page' && RESERVED.has(slug) ? `halaman-${slug}` : slug;
  }
  return entry.kind === 'page' ? 'halaman' : 'tulisan';
}

/** Hands out slugs: each once, `-2`, `-3` … after the first. */
export class SlugAllocator {
  private readonly taken = new Set<string>();
  constructor(taken: Iterable<string> = []) {
    for (const slug of taken) this.taken.add(slug);
  }
  claim(slug: string): string {
    let candidate = slug;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${slug}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
  has(slug: string): boolean {
    return this.taken.has(slug);
  }
}
