// A fetch run over all members: discover feeds when needed, fetch politely, parse, sanitize and
// merge into the store. Fetching a member's feed yields a finding; nextFeedState turns it into the
// feed's new state. A failure changes the feed's state, never its stored items. The states are
// saved as the run goes, so a killed run keeps what it learnt.
import { blogKeyOf } from '../members/members-schema.ts';
import type { FailureCode, FeedState, Member } from '../model.ts';
import { FeedPool } from '../process/feed-pool.ts';
import type { IngestJob, IngestResult } from '../process/ingest-feed.ts';
import { storeFailure } from '../process/ingest-feed.ts';
import type { Store } from '../store/store.ts';
import { type FetchFinding, isDue, nextFeedState, startingState } from './feed-state.ts';
import type { GetResult } from './http-get.ts';
import { siteOf } from './limiter.ts';
import { FEED_ACCEPT, type FetchPolicy, PAGE_ACCEPT } from './policy.ts';
import { PoliteGetter } from './polite-get.ts';

export type FeedResult = 'updated' | 'not-modified' | 'skipped' | 'inactive' | 'failed' | 'gone';

export interface FeedOutcome {
  memberId: string;
  result: FeedResult;
  added: number;
  error?: string;
  /** Why it failed (failed feeds). */
  code?: FailureCode;
  movedTo?: string;
  /** When the feed is tried again (skipped and failed feeds). */
  nextTry?: string;
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
  /** The store could not be written (all or part of the run's results are not saved). */
  storeProblem?: { code: 'disk-full' | 'store'; detail: string };
}

export interface RunOptions {
  members: Member[];
  store: Store;
  policy: FetchPolicy;
  now?: () => Date;
  onProgress?: (progress: Progress) => void;
  sleep?: (ms: number) => Promise<void>;
}

interface RunContext {
  store: Store;
  policy: FetchPolicy;
  getter: PoliteGetter;
  pool: FeedPool;
}

/** What fetching one member's feed found, and how many posts it added. */
interface Fetched {
  finding: FetchFinding;
  added: number;
}

export async function runFetch(options: RunOptions): Promise<RunReport> {
  const { members, store, policy } = options;
  const now = options.now ?? (() => new Date());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = performance.now();
  const report = (outcomes: FeedOutcome[], extra: Partial<RunReport> = {}): RunReport => {
    const attempted = outcomes.filter((o) => o.result !== 'skipped' && o.result !== 'inactive').length;
    const failed = outcomes.filter((o) => o.result === 'failed').length;
    return {
      outcomes,
      attempted,
      failed,
      added: outcomes.reduce((sum, o) => sum + o.added, 0),
      moved: [],
      maxInFlightPerSite: 0,
      durationMs: performance.now() - started,
      failedShare: attempted ? failed / attempted : 0,
      ...extra,
    };
  };
  let storeProblem: RunReport['storeProblem'];
  const saving = (save: () => void) => {
    try {
      save();
    } catch (error) {
      const failure = storeFailure(error);
      storeProblem ??= { code: failure.code as 'disk-full' | 'store', detail: failure.error };
    }
  };
  saving(() => store.startRun(now()));
  // A store that cannot be written at the start would lose every result: nothing is fetched.
  if (storeProblem) return report([], { storeProblem });

  const sites = new Map(members.map((m) => [m.id, siteOfMember(m, store)]));
  const feedsPerSite = new Map<string, number>();
  for (const site of sites.values()) feedsPerSite.set(site, (feedsPerSite.get(site) ?? 0) + 1);
  // Busiest sites first: their feeds can only go two at a time, so they set the run's length.
  const load = (m: Member) => feedsPerSite.get(sites.get(m.id) ?? '') ?? 0;
  const ordered = [...members].sort((a, b) => load(b) - load(a));

  const ctx: RunContext = { store, policy, getter: new PoliteGetter(policy, feedsPerSite, sleep), pool: new FeedPool(policy.workers) };
  const progress: Progress = { done: 0, total: members.length, failed: 0 };
  const moved: RunReport['moved'] = [];

  const outcomes = await Promise.all(
    ordered.map(async (member) => {
      let outcome: FeedOutcome;
      try {
        outcome = await fetchMember(member, ctx, now(), (from, to) => moved.push({ memberId: member.id, from, to }));
        if (outcome.result !== 'skipped' && outcome.result !== 'inactive') saving(() => store.checkpoint(now()));
      } catch (error) {
        // A bug for one feed must not stop the run or lose the others' results.
        outcome = { memberId: member.id, result: 'failed', added: 0, error: `internal: ${(error as Error).message}` };
      }
      ctx.getter.feedDone(sites.get(member.id) ?? '');
      progress.done++;
      if (outcome.result === 'failed') progress.failed++;
      options.onProgress?.({ ...progress });
      return outcome;
    }),
  );
  ctx.getter.close();
  await ctx.pool.close();
  saving(() => store.finishRun(now()));
  const unstored = outcomes.find((o) => o.code === 'disk-full' || o.code === 'store');
  if (unstored && !storeProblem) storeProblem = { code: unstored.code as 'disk-full' | 'store', detail: unstored.error ?? '' };
  return report(outcomes, { moved, maxInFlightPerSite: ctx.getter.limiter.stats.maxPerSite, ...(storeProblem ? { storeProblem } : {}) });
}

function siteOfMember(member: Member, store: Store): string {
  try {
    return siteOf(new URL(member.feed ?? store.feed(member.id)?.feedUrl ?? member.blog).hostname);
  } catch {
    return '';
  }
}

async function fetchMember(member: Member, ctx: RunContext, at: Date, onMoved: (from: string, to: string) => void): Promise<FeedOutcome> {
  if (!member.active) return { memberId: member.id, result: 'inactive', added: 0 };
  const state = startingState(ctx.store.feed(member.id), member, blogKeyOf(member.blog));
  if (!isDue(state, ctx.policy.force, at)) return { memberId: member.id, result: 'skipped', added: 0, ...nextTry(state) };
  const { finding, added } = await fetchFeed(member, state, at, ctx);
  const next = clean(nextFeedState(state, finding, ctx.policy, at));
  ctx.store.setFeed(next);
  if (finding.kind === 'ok' && finding.movedTo) onMoved(finding.feedUrl, finding.movedTo);
  if (finding.kind === 'failed') return { memberId: member.id, result: 'failed', added: 0, error: finding.detail, code: finding.code, ...nextTry(next) };
  if (finding.kind === 'gone') return { memberId: member.id, result: 'gone', added: 0, error: 'http-410' };
  return {
    memberId: member.id,
    result: finding.notModified ? 'not-modified' : 'updated',
    added,
    ...(finding.movedTo ? { movedTo: finding.movedTo } : {}),
  };
}

const nextTry = (state: FeedState) => (state.nextFetchAfter ? { nextTry: state.nextFetchAfter } : {});

/** The members file's feed, else the one found before, else the one the blog page names. */
async function fetchFeed(member: Member, state: FeedState, at: Date, ctx: RunContext): Promise<Fetched> {
  const job = (response: Extract<GetResult, { kind: 'ok' }>): IngestJob => ({
    body: response.body,
    ...(response.contentType ? { contentType: response.contentType } : {}),
    finalUrl: response.finalUrl,
    at: at.toISOString(),
    maxItems: ctx.policy.maxItemsPerFeed,
    memberId: member.id,
    storeDir: ctx.store.dir,
    maxPerMember: ctx.policy.maxItemsPerMember,
  });
  let feedUrl = member.feed ?? state.feedUrl;
  if (!feedUrl) {
    const page = await ctx.getter.get(member.blog, PAGE_ACCEPT);
    try {
      if (page.result.kind !== 'ok') return { finding: failedGet(page.result, member, 'discovery: '), added: 0 };
      const found = await ctx.pool.discover(job(page.result));
      if (!found.ok) return { finding: { kind: 'failed', code: found.code, detail: found.error }, added: 0 };
      if (found.kind === 'feed') return taken(found.result, page.result);
      feedUrl = found.feedUrl;
    } finally {
      page.done();
    }
  }
  const sameFeed = state.feedUrl === feedUrl;
  const validators = sameFeed ? { ...(state.etag ? { etag: state.etag } : {}), ...(state.lastModified ? { lastModified: state.lastModified } : {}) } : {};
  const fetched = await ctx.getter.get(feedUrl, FEED_ACCEPT, validators);
  try {
    const { result } = fetched;
    if (result.kind === 'ok') return taken(await ctx.pool.run(job(result)), result, feedUrl);
    if (result.kind === 'not-modified') {
      const finding: FetchFinding = { kind: 'ok', feedUrl, notModified: true, ...validatorsOf(result), ...movedOf(result) };
      return { finding, added: 0 };
    }
    return { finding: failedGet(result, member, '', feedUrl), added: 0 };
  } finally {
    fetched.done();
  }
}

/** A feed taken in (or not) by a worker. `feedUrl` is what the state remembers: the URL asked for, or the page that was the feed. */
function taken(result: IngestResult, response: Extract<GetResult, { kind: 'ok' }>, feedUrl = response.finalUrl): Fetched {
  if (!result.ok) return { finding: { kind: 'failed', code: result.code, detail: result.error, feedUrl }, added: 0 };
  const finding: FetchFinding = {
    kind: 'ok',
    feedUrl,
    ...validatorsOf(response),
    ...movedOf(response),
    ...(result.title ? { title: result.title } : {}),
    ...(result.siteUrl ? { siteUrl: result.siteUrl } : {}),
    ...(result.ttlMinutes ? { ttlMinutes: result.ttlMinutes } : {}),
  };
  return { finding, added: result.added };
}

/** A GET that brought no feed: a network error, 410 (gone) or another HTTP status. */
function failedGet(result: Exclude<GetResult, { kind: 'ok' }>, member: Member, prefix: string, feedUrl?: string): FetchFinding {
  const at = feedUrl ? { feedUrl } : {};
  // A blog page is asked for without validators: a 304 for it is the server's mistake.
  if (result.kind === 'not-modified') return { kind: 'failed', code: 'http-304', detail: `${prefix}http-304`, ...at };
  if (result.kind === 'error') return { kind: 'failed', code: result.code, detail: `${prefix}${result.code}: ${result.message}`, ...at };
  if (result.status === 410 && feedUrl) return { kind: 'gone', feedUrl };
  return {
    kind: 'failed',
    code: `http-${result.status}`,
    detail: `${prefix}http-${result.status}`,
    ...at,
    // A discovered feed that vanished is looked for again next time.
    ...(result.status === 404 && feedUrl && !member.feed ? { forgetFeed: true } : {}),
    ...(result.retryAfterMs !== undefined ? { retryAfterMs: result.retryAfterMs } : {}),
  };
}

const validatorsOf = (r: { etag?: string; lastModified?: string }) => ({
  ...(r.etag ? { etag: r.etag } : {}),
  ...(r.lastModified ? { lastModified: r.lastModified } : {}),
});
const movedOf = (r: { permanentTo?: string }) => (r.permanentTo ? { movedTo: r.permanentTo } : {});

/** Drops keys whose value is undefined, so the stored JSON stays tidy. */
function clean(state: FeedState): FeedState {
  return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)) as unknown as FeedState;
}
