import type { APIRoute } from 'astro';
import { atomFeed } from '../combined-feed.ts';
import { feedContext, selfUrl } from './feed-context.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await feedContext(site), selfUrl(site, '/atom.xml')), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
