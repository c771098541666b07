import { getCollection } from 'astro:content';
import type { PostData } from '../content/post-schema.ts';
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

/** Published posts, newest first. Drafts show in `astro dev` only. */
export async function getPosts(): Promise<Post[]> {
  const all = (await getCollection('posts' as never)) as unknown as Post[];
  const posts = all.filter(({ data }) => import.meta.env.DEV || !data.draft);
  return posts.sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf() || a.id.localeCompare(b.id));
}

export interface TagGroup {
  slug: string;
  /** The spelling used most often, for display. */
  label: string;
  posts: Post[];
}

/** Tags grouped by slug, so "Kelas 7" and "kelas 7" are one tag; sorted by label. */
export function groupByTag(posts: Post[]): TagGroup[] {
  const groups = new Map<string, { labels: Map<string, number>; posts: Post[] }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const tag of post.data.tags) {
      const slug = slugify(tag);
      if (!slug || seen.has(slug)) continue;
      seen.add(slug);
      const group = groups.get(slug) ?? { labels: new Map<string, number>(), posts: [] as Post[] };
      group.labels.set(tag, (group.labels.get(tag) ?? 0) + 1);
      group.posts.push(post);
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

/** Posts grouped by year of publication, newest year first. */
export function groupByYear(posts: Post[]): { year: number; posts: Post[] }[] {
  const years = new Map<number, Post[]>();
  for (const post of posts) {
    const year = post.data.pubDate.getUTCFullYear();
    const list = years.get(year) ?? [];
    list.push(post);
    years.set(year, list);
  }
  return [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, posts: list }));
}
