import config from 'virtual:guru-community/config';
import type { FeedContext } from '../combined-feed.ts';
import { communityData } from '../data.ts';

export async function feedContext(site: URL | undefined): Promise<FeedContext> {
  const { members, posts } = await communityData();
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
