import { fileURLToPath } from 'node:url';
import config from 'virtual:guru-community/config';
import type { StoredItem } from '../../model.ts';
import { ItemFiles } from '../../store/item-files.ts';
import { FEED_SIZE, type FeedContext } from '../combined-feed.ts';
import { communityData } from '../data.ts';

/** The latest posts as stored (full sanitized HTML, dates, author, image), for the feeds only. */
async function latestWithContent(): Promise<StoredItem[]> {
  const { posts } = await communityData();
  const latest = posts.slice(0, FEED_SIZE);
  const store = new ItemFiles(fileURLToPath(new URL(`${config.store}/`, `file://${config.root}/`)));
  const stored = new Map<string, StoredItem>();
  for (const memberId of new Set(latest.map((p) => p.memberId))) for (const item of store.itemsOf(memberId)) stored.set(item.key, item);
  // A post listed but gone from the store since (the site built from an older collection) keeps its listing.
  return latest.map((post) => stored.get(post.key) ?? { ...post, sourceId: post.key, contentHtml: '', firstSeen: post.published });
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
