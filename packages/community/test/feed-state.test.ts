// nextFeedState, the one place a feed's state changes: a table of (state before, finding) → state
// after, at a fixed time and policy.
import { describe, expect, it } from 'vitest';
import { capWait, type FetchFinding, isDue, MAX_WAIT_MS, nextFeedState, startingState } from '../src/fetch/feed-state.ts';
import { parseRetryAfter } from '../src/fetch/http-get.ts';
import type { FeedState } from '../src/model.ts';

const NOW = new Date('2026-12-01T00:00:00.000Z');
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const POLICY = { minIntervalMinutes: 60, deadAfterFailures: 7 };
const after = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
const FEED = 'https://bu-ani.blogspot.com/feeds/posts/default';
const base: FeedState = { memberId: 'bu-ani', blog: 'bu-ani.blogspot.com', feedUrl: FEED, status: 'ok', failures: 0, etag: '"v1"', lastModified: 'x' };
const failing: FeedState = {
  ...base,
  status: 'failing',
  failures: 2,
  failingSince: '2026-11-30T00:00:00.000Z',
  lastError: 'http-500',
  reason: 'http-500',
};
const failed = (extra: Partial<Extract<FetchFinding, { kind: 'failed' }>> = {}): FetchFinding => ({
  kind: 'failed',
  code: 'http-503',
  detail: 'http-503',
  feedUrl: FEED,
  ...extra,
});

const { feedUrl: _, ...undiscovered } = base;

type Row = [name: string, before: FeedState, finding: FetchFinding, expected: Partial<FeedState>, absent?: (keyof FeedState)[]];

const ROWS: Row[] = [
  [
    'a first failure waits the minimum interval and starts the failing clock',
    base,
    failed(),
    { status: 'failing', failures: 1, failingSince: NOW.toISOString(), nextFetchAfter: after(HOUR), reason: 'http-503', lastError: 'http-503' },
  ],
  [
    'failures back off exponentially',
    failing,
    failed(),
    { status: 'failing', failures: 3, failingSince: failing.failingSince, nextFetchAfter: after(4 * HOUR) },
  ],
  ['the back-off stops at a day', { ...failing, failures: 5 }, failed(), { status: 'failing', failures: 6, nextFetchAfter: after(DAY) }],
  [
    'the last failure allowed marks the feed dead, tried weekly',
    { ...failing, failures: 6 },
    failed(),
    { status: 'dead', failures: 7, nextFetchAfter: after(7 * DAY) },
  ],
  ['Retry-After longer than the back-off is honoured', base, failed({ retryAfterMs: 5 * HOUR }), { nextFetchAfter: after(5 * HOUR) }],
  ['a Retry-After of 31 years is capped at a week', base, failed({ retryAfterMs: 999_999_999_000 }), { nextFetchAfter: after(MAX_WAIT_MS) }],
  ['an unrepresentable Retry-After is capped at a week', base, failed({ retryAfterMs: Number.POSITIVE_INFINITY }), { nextFetchAfter: after(MAX_WAIT_MS) }],
  ['a discovered feed that is 404 is forgotten', base, failed({ code: 'http-404', detail: 'http-404', forgetFeed: true }), { failures: 1 }, ['feedUrl']],
  [
    'a blog page that names no feed leaves the feed unknown',
    undiscovered,
    failed({ feedUrl: undefined, code: 'no-feed', detail: 'discovery: none' }),
    { reason: 'no-feed' },
    ['feedUrl'],
  ],
  ['410 marks the feed gone', base, { kind: 'gone', feedUrl: FEED }, { status: 'gone', reason: 'http-410', failingSince: NOW.toISOString() }],
  [
    'success clears the failure and takes the new validators',
    failing,
    { kind: 'ok', feedUrl: FEED, etag: '"v2"', title: 'Blog Bu Ani' },
    { status: 'ok', failures: 0, lastSuccess: NOW.toISOString(), etag: '"v2"', title: 'Blog Bu Ani', nextFetchAfter: after(HOUR) },
    ['failingSince', 'lastError', 'reason', 'lastModified'],
  ],
  ['304 keeps the validators it was not sent again', base, { kind: 'ok', feedUrl: FEED, notModified: true }, { status: 'ok', etag: '"v1"', lastModified: 'x' }],
  ['an RSS ttl longer than the interval is honoured', base, { kind: 'ok', feedUrl: FEED, ttlMinutes: 180 }, { nextFetchAfter: after(3 * HOUR) }],
  ['a ttl of a million years is capped at a week', base, { kind: 'ok', feedUrl: FEED, ttlMinutes: 5e14 }, { nextFetchAfter: after(MAX_WAIT_MS) }],
  [
    'a permanent redirect is remembered as moved',
    base,
    { kind: 'ok', feedUrl: FEED, movedTo: 'https://new.example/feed' },
    { status: 'moved', movedTo: 'https://new.example/feed' },
  ],
  [
    'moved is forgotten once the redirect is gone',
    { ...base, status: 'moved', movedTo: 'https://new.example/feed' },
    { kind: 'ok', feedUrl: FEED },
    { status: 'ok' },
    ['movedTo'],
  ],
];

describe('nextFeedState', () => {
  it.each(ROWS)('%s', (_name, before, finding, expected, absent = []) => {
    const next = nextFeedState(before, finding, POLICY, NOW);
    expect(next).toMatchObject({ ...expected, lastFetch: NOW.toISOString(), memberId: 'bu-ani', blog: before.blog });
    for (const key of absent) expect(next, key).not.toHaveProperty(key);
    // Pure: the state before is not changed.
    expect(before).toEqual(ROWS.find((row) => row[1] === before)![1]);
  });

  it('never schedules a date that cannot be written', () => {
    for (const wait of [Number.NaN, -5, 1e300, Number.MAX_VALUE]) {
      const next = nextFeedState(base, failed({ retryAfterMs: wait }), POLICY, NOW);
      expect(() => new Date(next.nextFetchAfter!).toISOString()).not.toThrow();
      expect(new Date(next.nextFetchAfter!).getTime() - NOW.getTime()).toBeLessThanOrEqual(MAX_WAIT_MS);
    }
    expect(capWait(-1)).toBe(0);
  });

  it('Retry-After as seconds or an HTTP date far ahead stays a number the state caps', () => {
    expect(parseRetryAfter('999999999', NOW.getTime())).toBe(999_999_999_000);
    expect(parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', NOW.getTime())).toBeGreaterThan(MAX_WAIT_MS);
    const next = nextFeedState(base, failed({ retryAfterMs: parseRetryAfter('Fri, 31 Dec 9999 23:59:59 GMT', NOW.getTime())! }), POLICY, NOW);
    expect(next.nextFetchAfter).toBe(after(MAX_WAIT_MS));
  });
});

describe('startingState and isDue', () => {
  const member = { id: 'bu-ani', blog: 'https://bu-ani.blogspot.com/' };

  it('keeps the stored state for the same blog and feed, and learns the blog of an older store', () => {
    expect(startingState(base, member, 'bu-ani.blogspot.com')).toEqual(base);
    const { blog: _, ...older } = base;
    expect(startingState(older, member, 'bu-ani.blogspot.com')).toEqual(base);
  });

  it('starts afresh when the members file names another feed, or another blog without a feed', () => {
    expect(startingState(base, { ...member, feed: 'https://other.example/feed' }, 'bu-ani.blogspot.com')).toEqual({
      memberId: 'bu-ani',
      status: 'new',
      failures: 0,
      blog: 'bu-ani.blogspot.com',
    });
    const moved = startingState(base, { ...member, blog: 'https://ani.sch.id/' }, 'ani.sch.id');
    expect(moved).toEqual({ memberId: 'bu-ani', status: 'new', failures: 0, blog: 'ani.sch.id' });
    expect(startingState(undefined, member, 'bu-ani.blogspot.com').status).toBe('new');
  });

  it('is due after its wait, never when gone, always when forced', () => {
    const waiting = { ...base, nextFetchAfter: after(HOUR) };
    expect(isDue(waiting, false, NOW)).toBe(false);
    expect(isDue(waiting, false, new Date(NOW.getTime() + HOUR))).toBe(true);
    expect(isDue({ ...base, status: 'gone' }, false, NOW)).toBe(false);
    expect(isDue({ ...base, status: 'gone' }, true, NOW)).toBe(true);
  });
});
