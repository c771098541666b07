import type { APIRoute } from 'astro';
import { jsonFeed } from '../combined-feed.ts';
import { feedContext, selfUrl } from './feed-context.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonFeed(await feedContext(site), selfUrl(site, '/feed.json')), { headers: { 'content-type': 'application/feed+json; charset=utf-8' } });
