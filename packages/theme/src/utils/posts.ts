import { getCollection } from 'astro:content';
import type { PostData } from '../content/post-schema.ts';
import { yearOf } from './dates.ts';
import { countWords } from './reading-time.ts';
import { slugify } from './slug.ts';

/** A post entry as the theme uses it (the site's schema may add fields). */
export interface Post {
  id: string;
  collection: 'posts';
  body?: string;
  filePath?: string;
  data: PostData;
  rendered?: { html: string };
}

let cached: Promise<Post[]> | undefined;

/**
 * Published posts, newest first. Drafts show in `astro dev` only. Every page asks for this list
 * (menus, cards, prev/next), so a build computes it once; `astro dev` always reads it fresh.
 */
export function getPosts(): Promise<Post[]> {
  if (import.meta.env.DEV) return loadPosts();
  cached ??= loadPosts();
  return cached;
}

async function loadPosts(): Promise<Post[]> {
  const all = (await getCollection('posts' as never)) as unknown as Post[];
  const posts = all.filter(({ data }) => import.meta.env.DEV || !data.draft);
  return posts.sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf() || a.id.localeCompare(b.id));
}

const words = new Map<string, number>();

/** Word count of a post's body, computed once per post in a build (cards repeat on many pages). */
export function postWords(post: Post): number {
  let n = words.get(post.id);
  if (n === undefined || import.meta.env.DEV) {
    n = countWords(post.body ?? '');
    words.set(post.id, n);
  }
  return n;
}

export interface TagGroup<T = Post> {
  slug: string;
  /** The spelling used most often, for display. */
  label: string;
  posts: T[];
}

/** Tags grouped by slug, so "Kelas 7" and "kelas 7" are one tag; sorted by label. */
export function groupByTag<T extends { data: { tags: string[] } }>(items: T[]): TagGroup<T>[] {
  const groups = new Map<string, { labels: Map<string, number>; posts: T[] }>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const tag of item.data.tags) {
      const slug = slugify(tag);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { labels: new Map<string, number>(), posts: [] as T[] };
      group.labels.set(tag, (group.labels.get(tag) ?? 0) + 1);
      group.posts.push(item);
      groups.set(slug, group);
    }
  }
  return [...groups.entries()].map(([slug, g]) => ({ slug, label: mostUsed(g.labels), posts: g.posts })).sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

function mostUsed(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [label, count] of counts) if (count > bestCount) [best, bestCount] = [label, count];
  return best;
}

/** Posts grouped by year of publication (in `timeZone`, see utils/dates.ts), newest year first. */
export function groupByYear(posts: Post[], timeZone: string): { year: number; posts: Post[] }[] {
  const years = new Map<number, Post[]>();
  for (const post of posts) {
    const year = yearOf(post.data.pubDate, timeZone);
    const list = years.get(year) ?? [];
    list.push(post);
    years.set(year, list);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, posts: list }));
}
