import type { APIRoute } from 'astro';
import { rssFeed } from '../combined-feed.ts';
import { feedContext } from './feed-context.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(rssFeed(await feedContext(site)), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
