// A fetch run over all members: discover feeds when needed, fetch politely, parse, sanitize and
// merge into the store. A failure changes the feed's state, never its stored items.
import type { FeedState, Member } from '../model.ts';
import { decodeFeed } from '../parse/decode.ts';
import { FeedPool } from '../process/feed-pool.ts';
import type { Store } from '../store/store.ts';
import { conventionalFeed, feedLinksInPage, looksLikeFeed } from './discover.ts';
import { type Agents, createAgents, type GetResult, httpGet } from './http-get.ts';
import { Limiter, Semaphore, siteOf } from './limiter.ts';
import { FEED_ACCEPT, type FetchPolicy, PAGE_ACCEPT } from './policy.ts';

export type FeedResult = 'updated' | 'not-modified' | 'skipped' | 'inactive' | 'failed' | 'gone';

export interface FeedOutcome {
  memberId: string;
  result: FeedResult;
  added: number;
  error?: string;
  movedTo?: string;
}

export interface Progress {
  done: number;
  total: number;
  failed: number;
}

export interface RunReport {
  outcomes: FeedOutcome[];
  /** Feeds a request was made for. */
  attempted: number;
  failed: number;
  added: number;
  /** Permanent redirects: the members file should say `to`. */
  moved: { memberId: string; from: string; to: string }[];
  /** The most requests that were in flight to one site. */
  maxInFlightPerSite: number;
  durationMs: number;
  /** failed / attempted, 0 when nothing was attempted. */
  failedShare: number;
}

export interface RunOptions {
  members: Member[];
  store: Store;
  policy: FetchPolicy;
  now?: () => Date;
  onProgress?: (progress: Progress) => void;
  sleep?: (ms: number) => Promise<void>;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const isTransient = (r: GetResult) =>
  (r.kind === 'http-error' && (r.status === 429 || r.status >= 500)) || (r.kind === 'error' && (r.code === 'timeout' || r.code === 'network'));

export async function runFetch(options: RunOptions): Promise<RunReport> {
  const { members, store, policy } = options;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = performance.now();
  const limiter = new Limiter(policy.concurrency, policy.perHost);
  const agents: Agents = createAgents(policy.perHost);
  const progress: Progress = { done: 0, total: members.length, failed: 0 };
  const moved: RunReport['moved'] = [];
  const pool = new FeedPool(policy.workers);

  // Busiest sites first: their feeds can only go two at a time, so they set the run's length.
  const siteOfMember = (m: Member) => {
    try {
      return siteOf(new URL(m.feed ?? store.feed(m.id)?.feedUrl ?? m.blog).hostname);
    } catch {
      return '';
    }
  };
  const sites = new Map(members.map((m) => [m.id, siteOfMember(m)]));
  const siteCount = new Map<string, number>();
  for (const site of sites.values()) siteCount.set(site, (siteCount.get(site) ?? 0) + 1);
  const load = (m: Member) => siteCount.get(sites.get(m.id) ?? '') ?? 0;
  const ordered = [...members].sort((a, b) => load(b) - load(a));

  // Responses not yet taken in count against a backlog limit: when the workers cannot keep up with
  // the network, requests wait (holding their host slot) instead of bodies piling up in memory.
  // Busier sites wait less, and the site with the most feeds left never waits: its chain of
  // requests, two at a time, is what the run's length depends on.
  const backlog = new Semaphore(policy.concurrency * 3);
  const remaining = new Map(siteCount);
  const setsTheLength = (site: string) => {
    const left = remaining.get(site) ?? 0;
    for (const other of remaining.values()) if (other > left) return false;
    return left > 0;
  };

  /**
   * One GET through the limiter; the one retry waits outside it, so a wait holds no slot. `done`
   * must be called once the response has been processed.
   */
  const get = async (url: string, accept: string, validators: { etag?: string; lastModified?: string } = {}) => {
    let done: () => void = () => {};
    const { hostname } = new URL(url);
    const attempt = () =>
      limiter.run(hostname, async () => {
        const site = siteOf(hostname);
        done = await backlog.acquire(remaining.get(site) ?? 0, { overdraw: setsTheLength(site) });
        return httpGet(url, {
          userAgent: policy.userAgent,
          accept,
          timeoutMs: policy.timeoutMs,
          maxBytes: policy.maxBytes,
          maxDecodedBytes: policy.maxDecodedBytes,
          allowLoopback: policy.allowLoopback,
          agents,
          ...validators,
        });
      });
    const first = await attempt();
    if (!isTransient(first)) return { result: first, done };
    const wait = first.kind === 'http-error' ? (first.retryAfterMs ?? 1000) : 1000;
    if (wait > policy.maxRetryWaitMs) return { result: first, done };
    done();
    await sleep(wait);
    return { result: await attempt(), done };
  };

  const fetchMember = async (member: Member): Promise<FeedOutcome> => {
    const at = now();
    const previous = store.feed(member.id);
    if (!member.active) return { memberId: member.id, result: 'inactive', added: 0 };
    // A new feed URL in the members file starts the feed afresh (validators, gone/dead marks).
    const fresh: FeedState = { memberId: member.id, status: 'new', failures: 0 };
    let state: FeedState = previous && !(member.feed && previous.feedUrl && member.feed !== previous.feedUrl) ? { ...previous } : fresh;
    if (!policy.force && state.status === 'gone') return { memberId: member.id, result: 'skipped', added: 0 };
    if (!policy.force && state.nextFetchAfter && at < new Date(state.nextFetchAfter)) return { memberId: member.id, result: 'skipped', added: 0 };

    const fail = (error: string, extra: Partial<FeedState> = {}, retryAfterMs = 0): FeedOutcome => {
      const failures = state.failures + 1;
      const dead = failures >= policy.deadAfterFailures;
      const backoff = dead ? 7 * DAY : Math.min(policy.minIntervalMinutes * MINUTE * 2 ** (failures - 1), DAY);
      state = {
        ...state,
        ...extra,
        failures,
        failingSince: state.failingSince ?? at.toISOString(),
        lastError: error,
        lastFetch: at.toISOString(),
        status: dead ? 'dead' : 'failing',
        nextFetchAfter: new Date(at.getTime() + Math.max(backoff, retryAfterMs)).toISOString(),
      };
      store.setFeed(state);
      return { memberId: member.id, result: 'failed', added: 0, error };
    };

    // Which URL to fetch: the members file's feed, else the one found before, else discover it.
    let feedUrl = member.feed ?? state.feedUrl;
    let prefetched: GetResult | undefined;
    if (!feedUrl) {
      const { result: page, done } = await get(member.blog, PAGE_ACCEPT);
      try {
        if (page.kind !== 'ok') return fail(`discovery: ${describe(page)}`);
        const { text } = decodeFeed(page.body, page.contentType);
        if (looksLikeFeed(page.contentType, text)) {
          feedUrl = page.finalUrl;
          prefetched = page;
        } else {
          feedUrl = feedLinksInPage(text, page.finalUrl)[0] ?? conventionalFeed(text, page.finalUrl);
          if (!feedUrl) return fail('discovery: the blog page announces no feed');
        }
      } finally {
        done();
      }
    }
    const sameFeed = state.feedUrl === feedUrl;
    const validators = sameFeed ? { ...(state.etag ? { etag: state.etag } : {}), ...(state.lastModified ? { lastModified: state.lastModified } : {}) } : {};
    const fetched = prefetched ? { result: prefetched, done: () => {} } : await get(feedUrl, FEED_ACCEPT, validators);
    try {
      return await settle(fetched.result, feedUrl);
    } finally {
      fetched.done();
    }

    /** What the feed's answer means for its state and items. */
    async function settle(result: GetResult, feedUrl: string): Promise<FeedOutcome> {
      state = { ...state, feedUrl };

      if (result.kind === 'error') return fail(`${result.code}: ${result.message}`);
      if (result.kind === 'http-error') {
        if (result.status === 410) {
          state = {
            ...state,
            status: 'gone',
            lastFetch: at.toISOString(),
            lastError: 'http-410: the feed is gone',
            failingSince: state.failingSince ?? at.toISOString(),
          };
          store.setFeed(state);
          return { memberId: member.id, result: 'gone', added: 0, error: 'http-410' };
        }
        // A discovered feed that vanished is looked for again next time.
        const forget = result.status === 404 && !member.feed ? { feedUrl: undefined } : {};
        return fail(`http-${result.status}`, forget as Partial<FeedState>, result.retryAfterMs ?? 0);
      }

      let added = 0;
      let ttlMinutes = 0;
      if (result.kind === 'ok') {
        const feed = await pool.run({
          body: result.body,
          contentType: result.contentType,
          finalUrl: result.finalUrl,
          at: at.toISOString(),
          maxItems: policy.maxItemsPerFeed,
          memberId: member.id,
          storeDir: store.dir,
          maxPerMember: policy.maxItemsPerMember,
        });
        if (!feed.ok) return fail(feed.error);
        ttlMinutes = feed.ttlMinutes ?? 0;
        added = feed.added;
        state = {
          ...state,
          ...(feed.title ? { title: feed.title } : {}),
          ...(feed.siteUrl ? { siteUrl: feed.siteUrl } : {}),
          ...(result.etag ? { etag: result.etag } : { etag: undefined }),
          ...(result.lastModified ? { lastModified: result.lastModified } : { lastModified: undefined }),
        };
      }
      const movedTo = result.permanentTo;
      if (movedTo) moved.push({ memberId: member.id, from: feedUrl, to: movedTo });
      const interval = Math.max(policy.minIntervalMinutes, ttlMinutes) * MINUTE;
      state = {
        ...state,
        status: movedTo ? 'moved' : 'ok',
        failures: 0,
        lastFetch: at.toISOString(),
        lastSuccess: at.toISOString(),
        nextFetchAfter: new Date(at.getTime() + interval).toISOString(),
        ...(movedTo ? { movedTo } : {}),
      };
      if (!movedTo) delete state.movedTo;
      delete state.failingSince;
      delete state.lastError;
      store.setFeed(clean(state));
      return { memberId: member.id, result: result.kind === 'ok' ? 'updated' : 'not-modified', added, ...(movedTo ? { movedTo } : {}) };
    }
  };

  const outcomes = await Promise.all(
    ordered.map(async (member) => {
      let outcome: FeedOutcome;
      try {
        outcome = await fetchMember(member);
      } catch (error) {
        // A bug for one feed must not stop the run or lose the others' results.
        outcome = { memberId: member.id, result: 'failed', added: 0, error: `internal: ${(error as Error).message}` };
      }
      const site = sites.get(member.id) ?? '';
      remaining.set(site, (remaining.get(site) ?? 1) - 1);
      progress.done++;
      if (outcome.result === 'failed') progress.failed++;
      options.onProgress?.({ ...progress });
      return outcome;
    }),
  );
  agents.http.destroy();
  agents.https.destroy();
  await pool.close();
  store.save(now());

  const attempted = outcomes.filter((o) => o.result !== 'skipped' && o.result !== 'inactive').length;
  const failed = outcomes.filter((o) => o.result === 'failed').length;
  return {
    outcomes,
    attempted,
    failed,
    added: outcomes.reduce((sum, o) => sum + o.added, 0),
    moved,
    maxInFlightPerSite: limiter.stats.maxPerSite,
    durationMs: performance.now() - started,
    failedShare: attempted ? failed / attempted : 0,
  };
}

function describe(result: GetResult): string {
  if (result.kind === 'error') return `${result.code}: ${result.message}`;
  if (result.kind === 'http-error') return `http-${result.status}`;
  return result.kind;
}

/** Drops keys whose value is undefined, so the stored JSON stays tidy. */
function clean(state: FeedState): FeedState {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as unknown as FeedState;
}
