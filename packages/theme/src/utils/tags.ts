import { getLessons, type Lesson } from './lessons.ts';
import { getPosts, groupByTag, type Post } from './posts.ts';

export interface SiteTag {
  slug: string;
  label: string;
  posts: Post[];
  lessons: Lesson[];
}

/** Every tag of the site, over posts and lessons alike (a tag link on a lesson must resolve). */
export async function getTags(): Promise<SiteTag[]> {
  const [posts, lessons] = await Promise.all([getPosts(), getLessons()]);
  const tags = new Map<string, SiteTag>();
  for (const g of groupByTag(posts)) tags.set(g.slug, { slug: g.slug, label: g.label, posts: g.posts, lessons: [] });
  for (const g of groupByTag(lessons)) {
    const tag = tags.get(g.slug) ?? { slug: g.slug, label: g.label, posts: [], lessons: [] };
    tag.lessons = g.posts;
    tags.set(g.slug, tag);
  }
  return [...tags.values()].sort((a, b) => a.label.localeCompare(b.label, 'id'));
}
