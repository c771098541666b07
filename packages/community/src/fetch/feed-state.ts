// What a feed's state becomes after one fetch: a pure function of the state before, what the fetch
// found, the policy and the time, so every rule (back-off, dead feeds, hints from the server) has
// its own test and the fetch run only moves bytes.
import type { FailureCode, FeedState, Member } from '../model.ts';
import type { FetchPolicy } from './policy.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/**
 * No hint from a server or a feed (Retry-After, an HTTP date, RSS ttl) pushes the next try further
 * than this: a feed asking for 30 years (or a date JavaScript cannot even represent) is tried again
 * next week, and a dead feed is retried weekly anyway.
 */
export const MAX_WAIT_MS = 7 * DAY;

/** What one fetch found, as far as the feed's state is concerned. */
export type FetchFinding =
  | {
      kind: 'ok';
      feedUrl: string;
      /** 304: validators kept unless the answer carried new ones. */
      notModified?: boolean;
      etag?: string;
      lastModified?: string;
      title?: string;
      siteUrl?: string;
      ttlMinutes?: number;
      /** A chain of permanent redirects led here. */
      movedTo?: string;
    }
  | { kind: 'gone'; feedUrl: string }
  | {
      kind: 'failed';
      code: FailureCode;
      /** The technical detail, for the organizer who asks for it (English, as the network said it). */
      detail: string;
      /** The feed URL that failed; absent when discovery failed before one was known. */
      feedUrl?: string;
      /** Forget the discovered feed URL, so the blog is searched again next time. */
      forgetFeed?: boolean;
      /** Retry-After as the server asked. */
      retryAfterMs?: number;
    };

export type StatePolicy = Pick<FetchPolicy, 'minIntervalMinutes' | 'deadAfterFailures'>;

/** A wait in milliseconds kept between 0 and a week; NaN and Infinity count as a week. */
export const capWait = (ms: number): number => (Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_WAIT_MS) : MAX_WAIT_MS);

const iso = (date: Date) => date.toISOString();

/** The state a fetch starts from: the stored one, unless the members file now names another feed or blog. */
export function startingState(previous: FeedState | undefined, member: Pick<Member, 'id' | 'blog' | 'feed'>, blogKey: string): FeedState {
  const fresh: FeedState = { memberId: member.id, status: 'new', failures: 0, blog: blogKey };
  if (!previous) return fresh;
  // A new feed URL in the members file starts the feed afresh (validators, gone/dead marks).
  if (member.feed && previous.feedUrl && member.feed !== previous.feedUrl) return fresh;
  // A new blog address without a feed: the old blog's feed is no longer this member's; look again.
  if (previous.blog !== undefined && previous.blog !== blogKey && !member.feed) return fresh;
  // Stores written before blog addresses were kept learn it now.
  return { ...previous, blog: blogKey };
}

/** Whether a feed is due: gone feeds and those inside their wait are skipped unless forced. */
export function isDue(state: FeedState, force: boolean, now: Date): boolean {
  if (force) return true;
  if (state.status === 'gone') return false;
  return !state.nextFetchAfter || now.getTime() >= new Date(state.nextFetchAfter).getTime();
}

export function nextFeedState(previous: FeedState, finding: FetchFinding, policy: StatePolicy, now: Date): FeedState {
  const at = now.getTime();
  if (finding.kind === 'failed') {
    const failures = previous.failures + 1;
    const dead = failures >= policy.deadAfterFailures;
    const backoff = dead ? MAX_WAIT_MS : Math.min(policy.minIntervalMinutes * MINUTE * 2 ** (failures - 1), DAY);
    const wait = capWait(Math.max(backoff, finding.retryAfterMs ?? 0));
    const state: FeedState = {
      ...previous,
      ...(finding.feedUrl ? { feedUrl: finding.feedUrl } : {}),
      failures,
      failingSince: previous.failingSince ?? iso(now),
      lastError: finding.detail,
      reason: finding.code,
      lastFetch: iso(now),
      status: dead ? 'dead' : 'failing',
      nextFetchAfter: iso(new Date(at + wait)),
    };
    if (finding.forgetFeed) delete state.feedUrl;
    return state;
  }
  if (finding.kind === 'gone') {
    return {
      ...previous,
      feedUrl: finding.feedUrl,
      status: 'gone',
      lastFetch: iso(now),
      lastError: 'http-410: the feed is gone',
      reason: 'http-410',
      failingSince: previous.failingSince ?? iso(now),
    };
  }
  const interval = capWait(Math.max(policy.minIntervalMinutes, finding.ttlMinutes ?? 0) * MINUTE);
  const state: FeedState = {
    ...previous,
    feedUrl: finding.feedUrl,
    status: finding.movedTo ? 'moved' : 'ok',
    failures: 0,
    lastFetch: iso(now),
    lastSuccess: iso(now),
    nextFetchAfter: iso(new Date(at + interval)),
  };
  if (finding.title) state.title = finding.title;
  if (finding.siteUrl) state.siteUrl = finding.siteUrl;
  // A full answer replaces the validators (a server that stopped sending one must not keep an old one).
  if (!finding.notModified || finding.etag) setOrDelete(state, 'etag', finding.etag);
  if (!finding.notModified || finding.lastModified) setOrDelete(state, 'lastModified', finding.lastModified);
  setOrDelete(state, 'movedTo', finding.movedTo);
  delete state.failingSince;
  delete state.lastError;
  delete state.reason;
  return state;
}

function setOrDelete<K extends 'etag' | 'lastModified' | 'movedTo'>(state: FeedState, key: K, value: string | undefined): void {
  if (value === undefined) delete state[key];
  else state[key] = value;
}
