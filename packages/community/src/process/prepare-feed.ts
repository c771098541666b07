// The CPU-heavy half of taking in a feed: bytes → text → parsed feed → sanitized items. It needs
// nothing from the store or the network, so it can run on a worker thread (feed-pool.ts) while the
// main thread keeps the sockets moving.
import type { FailureCode, StoredItem } from '../model.ts';
import { decodeFeed } from '../parse/decode.ts';
import { parseFeed } from '../parse/parse-feed.ts';
import { excerpt } from '../sanitize/excerpt.ts';
import { sanitizeContent } from '../sanitize/sanitize-content.ts';

/** Longer bodies are cut before sanitizing: the directory shows excerpts, feeds the latest 50. */
const MAX_CONTENT_CHARS = 100_000;

export interface FeedJob {
  body: Uint8Array;
  contentType?: string;
  /** The URL the feed came from after redirects: relative URLs resolve against it. */
  finalUrl: string;
  /** Fetch time (ISO): future dates are clamped to it. */
  at: string;
  /** Newest items read from the document. */
  maxItems: number;
}

/** An item ready for the store, lacking only what the store knows (its key and first-seen time,
 * and a date when the feed gives none). */
export type PreparedItem = Omit<StoredItem, 'key' | 'memberId' | 'firstSeen' | 'published'> & { published?: string };

/** A feed that could not be taken in: why (a code) and the detail. */
export type FeedFailure = { ok: false; code: FailureCode; error: string };

export type PreparedFeed = { ok: true; title?: string; siteUrl?: string; ttlMinutes?: number; items: PreparedItem[] } | FeedFailure;

export function prepareFeed(job: FeedJob): PreparedFeed {
  let feed: ReturnType<typeof parseFeed>;
  try {
    const { text } = decodeFeed(job.body, job.contentType);
    feed = parseFeed(text, job.finalUrl, new Date(job.at));
  } catch (error) {
    return { ok: false, code: 'parse', error: `parse: ${(error as Error).message}` };
  }
  const newest = [...feed.items].sort((a, b) => (b.published?.getTime() ?? 0) - (a.published?.getTime() ?? 0)).slice(0, job.maxItems);
  const items: PreparedItem[] = [];
  for (const item of newest) {
    if (!item.url) continue; // the directory links every post to its blog
    const body = item.contentHtml ?? item.summaryHtml ?? '';
    items.push({
      sourceId: item.id,
      title: item.title,
      url: item.url,
      ...(item.published ? { published: item.published.toISOString() } : {}),
      ...(item.updated ? { updated: item.updated.toISOString() } : {}),
      excerpt: excerpt(item.summaryHtml || body),
      contentHtml: sanitizeContent(body.slice(0, MAX_CONTENT_CHARS), { baseUrl: item.url }),
      categories: item.categories,
      ...(item.author ? { author: item.author } : {}),
      ...(item.image ? { image: item.image } : {}),
    });
  }
  return {
    ok: true,
    ...(feed.title ? { title: feed.title } : {}),
    ...(feed.siteUrl ? { siteUrl: feed.siteUrl } : {}),
    ...(feed.ttlMinutes ? { ttlMinutes: feed.ttlMinutes } : {}),
    items,
  };
}
