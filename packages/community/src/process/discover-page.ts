// A blog page fetched for discovery, read on a feed worker: either it is the feed itself (a member
// gave the feed as the blog address), taken in at once, or it names the feed to fetch next.
import { feedOfPage, looksLikeFeed } from '../fetch/discover.ts';
import { decodeFeed } from '../parse/decode.ts';
import { type IngestJob, type IngestResult, ingestFeed } from './ingest-feed.ts';
import type { FeedFailure } from './prepare-feed.ts';

export type DiscoverResult = { ok: true; kind: 'link'; feedUrl: string } | { ok: true; kind: 'feed'; result: IngestResult } | FeedFailure;

export async function discoverPage(job: IngestJob): Promise<DiscoverResult> {
  const { text } = decodeFeed(job.body, job.contentType);
  if (looksLikeFeed(job.contentType, text)) return { ok: true, kind: 'feed', result: await ingestFeed(job) };
  const feedUrl = feedOfPage(text, job.finalUrl);
  if (!feedUrl) return { ok: false, code: 'no-feed', error: 'discovery: the blog page announces no feed' };
  return { ok: true, kind: 'link', feedUrl };
}
