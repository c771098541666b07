// One fetched feed into the store: prepare it (parse, sanitize) and merge its items into the
// member's file. Runs on a feed worker, so the main thread only moves bytes; what comes back is
// the little the feed's state needs.
import type { StoredItem } from '../model.ts';
import { ItemFiles, itemKey } from '../store/item-files.ts';
import { type FeedFailure, type FeedJob, type PreparedItem, prepareFeed } from './prepare-feed.ts';

export interface IngestJob extends FeedJob {
  memberId: string;
  /** The store's folder. */
  storeDir: string;
  /** Newest items kept per member. */
  maxPerMember: number;
}

export type IngestResult = { ok: true; title?: string; siteUrl?: string; ttlMinutes?: number; added: number } | FeedFailure;

export async function ingestFeed(job: IngestJob): Promise<IngestResult> {
  const feed = prepareFeed(job);
  if (!feed.ok) return feed;
  const files = new ItemFiles(job.storeDir);
  let added: number;
  try {
    const items = storedItems(job.memberId, feed.items, files.itemsOf(job.memberId), job.at);
    ({ added } = await files.mergeItems(job.memberId, items, job.maxPerMember));
  } catch (error) {
    return storeFailure(error);
  }
  const { items: _, ...about } = feed;
  return { ...about, added };
}

/** A store that cannot be written: a full disk (or quota) is named as such, other errors as they are. */
export function storeFailure(error: unknown): FeedFailure {
  const code = (error as NodeJS.ErrnoException).code;
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  return { ok: false, code: full ? 'disk-full' : 'store', error: `store: ${(error as Error).message}` };
}

/** Prepared items → stored items: keys from the member and the feed's ids, dates kept from before. */
export function storedItems(memberId: string, prepared: PreparedItem[], existing: StoredItem[], at: string): StoredItem[] {
  const old = new Map(existing.map((item) => [item.key, item]));
  return prepared.map((item) => {
    const key = itemKey(memberId, item.sourceId);
    const firstSeen = old.get(key)?.firstSeen ?? at;
    return { key, memberId, ...item, published: item.published ?? old.get(key)?.published ?? firstSeen, firstSeen };
  });
}
