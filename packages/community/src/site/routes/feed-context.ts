import { fileURLToPath } from 'node:url';
import config from 'virtual:guru-community/config';
import type { StoredItem } from '../../model.ts';
import { Store } from '../../store/store.ts';
import { FEED_SIZE, type FeedContext } from '../combined-feed.ts';
import { communityData } from '../data.ts';

/** The latest posts with their full (sanitized) HTML, read from the store for the feeds only. */
async function latestWithContent(): Promise<StoredItem[]> {
  const { posts } = await communityData();
  const latest = posts.slice(0, FEED_SIZE);
  const store = new Store(fileURLToPath(new URL(`${config.store}/`, `file://${config.root}/`)));
  const html = new Map<string, string>();
  for (const memberId of new Set(latest.map((p) => p.memberId))) for (const item of store.itemsOf(memberId)) html.set(item.key, item.contentHtml);
  return latest.map((post) => ({ ...post, contentHtml: html.get(post.key) ?? '' }));
}

export async function feedContext(site: URL | undefined): Promise<FeedContext> {
  const { members } = await communityData();
  const posts = await latestWithContent();
  const base = import.meta.env.BASE_URL;
  return {
    title: config.title,
    description: config.description,
    lang: config.lang,
    siteUrl: site ? new URL(base, site).href : base,
    members: new Map(members.map((m) => [m.id, m])),
    posts,
  };
}

export const selfUrl = (site: URL | undefined, path: string) => (site ? new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`, site).href : path);
