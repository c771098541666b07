// The community's combined feed (latest member posts) as RSS, Atom and JSON Feed, written by feedsmith.
import { generateAtomFeed, generateJsonFeed, generateRssFeed } from 'feedsmith';
import type { Member, StoredItem } from '../model.ts';

export const FEED_SIZE = 50;

export interface FeedContext {
  title: string;
  description: string;
  lang: string;
  /** Absolute site URL ending in "/" (or "/" alone when `site` is not set). */
  siteUrl: string;
  members: Map<string, Member>;
  posts: StoredItem[];
}

const latest = (ctx: FeedContext) => ctx.posts.slice(0, FEED_SIZE);
const titleOf = (post: StoredItem) => post.title || post.excerpt.slice(0, 80) || post.url;
const authorOf = (ctx: FeedContext, post: StoredItem) => ctx.members.get(post.memberId)?.name ?? post.author ?? '';

export function rssFeed(ctx: FeedContext): string {
  return generateRssFeed({
    title: ctx.title,
    link: ctx.siteUrl,
    description: ctx.description || ctx.title,
    language: ctx.lang,
    items: latest(ctx).map((post) => ({
      title: titleOf(post),
      link: post.url,
      guid: { value: post.url, isPermaLink: true },
      pubDate: new Date(post.published),
      description: post.excerpt,
      ...(post.contentHtml ? { content: { encoded: post.contentHtml } } : {}),
      dc: { creators: [authorOf(ctx, post)] },
      categories: post.categories.map((name) => ({ name })),
    })),
  });
}

export function atomFeed(ctx: FeedContext, selfUrl: string): string {
  const entries = latest(ctx);
  return generateAtomFeed({
    id: ctx.siteUrl,
    title: { value: ctx.title },
    updated: new Date(entries[0]?.published ?? 0),
    links: [
      { href: ctx.siteUrl, rel: 'alternate', type: 'text/html' },
      { href: selfUrl, rel: 'self', type: 'application/atom+xml' },
    ],
    entries: entries.map((post) => ({
      id: post.url,
      title: { value: titleOf(post) },
      updated: new Date(post.updated ?? post.published),
      published: new Date(post.published),
      links: [{ href: post.url, rel: 'alternate', type: 'text/html' }],
      authors: [{ name: authorOf(ctx, post) }],
      summary: { value: post.excerpt },
      ...(post.contentHtml ? { content: { value: post.contentHtml, type: 'html' } } : {}),
    })),
  });
}

export function jsonFeed(ctx: FeedContext, selfUrl: string): string {
  const feed = generateJsonFeed({
    title: ctx.title,
    home_page_url: ctx.siteUrl,
    feed_url: selfUrl,
    ...(ctx.description ? { description: ctx.description } : {}),
    language: ctx.lang,
    items: latest(ctx).map((post) => ({
      id: post.url,
      url: post.url,
      title: titleOf(post),
      summary: post.excerpt,
      ...(post.contentHtml ? { content_html: post.contentHtml } : { content_text: post.excerpt }),
      date_published: new Date(post.published),
      authors: [{ name: authorOf(ctx, post) }],
      tags: post.categories,
      ...(post.image ? { image: post.image } : {}),
    })),
  });
  return typeof feed === 'string' ? feed : JSON.stringify(feed);
}
