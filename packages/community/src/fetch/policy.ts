// How politely and how hard a fetch run works. Defaults: 2 requests per site (many members share
// *.blogspot.com and wordpress.com), one retry, 20 s. Politeness is per site; the overall limit
// only bounds our own sockets and memory, so it can be higher than the usual 8–16 of feed readers
// when members are spread over many hosts.
import { defaultWorkers } from '../process/feed-pool.ts';

export interface FetchPolicy {
  /** Honest, with a way to reach the organizer. */
  userAgent: string;
  /** Requests in flight overall. */
  concurrency: number;
  /** Requests in flight per site (subdomains of blogspot.com count as one site). */
  perHost: number;
  timeoutMs: number;
  maxBytes: number;
  maxDecodedBytes: number;
  /** A feed fetched less than this long ago is skipped (unless its ttl/Retry-After says longer). */
  minIntervalMinutes: number;
  /** Consecutive failed runs after which a feed counts as dead and is tried only weekly. */
  deadAfterFailures: number;
  /** The one retry waits for Retry-After only up to this; longer waits move to the next run. */
  maxRetryWaitMs: number;
  /** Newest items kept per member; older ones are dropped only by this cap, never by a failure. */
  maxItemsPerMember: number;
  /** Items read from one feed document. */
  maxItemsPerFeed: number;
  /** `fetch` exits non-zero when more than this share of the fetched feeds failed. */
  failThreshold: number;
  /** Ignore refresh intervals and gone/dead marks. */
  force: boolean;
  /** Local testing only. */
  allowLoopback: boolean;
  /** Worker threads that parse and sanitize feeds; 0 does it on the main thread. */
  workers: number;
}

export const DEFAULT_POLICY: FetchPolicy = {
  userAgent: 'GuruBlogCommunity/0.1 (+https://github.com/guru-blog/guru-blog; directory of teacher blogs)',
  concurrency: 32,
  perHost: 2,
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  maxDecodedBytes: 20 * 1024 * 1024,
  minIntervalMinutes: 60,
  deadAfterFailures: 5,
  maxRetryWaitMs: 10_000,
  maxItemsPerMember: 500,
  maxItemsPerFeed: 100,
  failThreshold: 0.3,
  force: false,
  allowLoopback: false,
  workers: defaultWorkers(),
};

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
export const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';
