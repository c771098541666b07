// The fault matrix against a real HTTP server farm on loopback addresses: every case first serves a
// good feed, then misbehaves. The run must complete, classify each feed, keep every item stored
// before, and store nothing active from a feed.
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoopbackFarm, startLoopbackFarm } from '@guru-blog/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type FetchPolicy } from '../src/fetch/policy.ts';
import { type RunReport, runFetch } from '../src/fetch/run-fetch.ts';
import type { Member } from '../src/model.ts';
import { Store } from '../src/store/store.ts';
import { BLOCKED_MEMBER_FEEDS, CASES, type CaseContext } from './fault/cases.ts';
import { goodFeed } from './fault/feeds.ts';

const HOSTS = ['127.0.0.1', '127.0.0.2', '127.0.0.3', '127.0.0.4'];
let farm: LoopbackFarm;
let phase: 'good' | 'fault' = 'good';
const hits = new Map<string, number>();
const dir = mkdtempSync(join(tmpdir(), 'guru-community-faults-'));
const members: Member[] = [];
const originOf = (i: number) => farm.origins[i % farm.origins.length]!;
let first: RunReport;
let second: RunReport;

function contextFor(name: string): CaseContext {
  const i = CASES.findIndex((c) => c.name === name);
  return { origin: originOf(i), otherOrigin: originOf(i + 1), hits: hits.get(name) ?? 0 };
}

async function handler(req: IncomingMessage, res: ServerResponse) {
  const name = (req.url ?? '').split('/')[1] ?? '';
  const fault = CASES.find((c) => c.name === name);
  if (!fault) return void res.writeHead(404).end();
  if (phase === 'good') {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 02 Nov 2026 01:00:00 GMT' });
    return void res.end(goodFeed(name));
  }
  hits.set(name, (hits.get(name) ?? 0) + 1);
  await fault.fault(req, res, contextFor(name));
}

const policy = (extra: Partial<FetchPolicy> = {}): FetchPolicy => ({
  ...DEFAULT_POLICY,
  allowLoopback: true,
  // Long enough for a loaded 2-core CI machine, short enough for the timeout cases.
  timeoutMs: 5000,
  maxRetryWaitMs: 1500,
  ...extra,
});

beforeAll(async () => {
  farm = await startLoopbackFarm(HOSTS, handler);
  CASES.forEach((c, i) => {
    members.push({
      id: c.name,
      name: `Guru ${c.name}`,
      blog: `${originOf(i)}/${c.name}/`,
      feed: `${originOf(i)}/${c.name}/feed`,
      active: true,
      jenjang: [],
      subjects: [],
    });
  });
  for (const [id, feed] of Object.entries(BLOCKED_MEMBER_FEEDS)) {
    members.push({ id, name: id, blog: 'https://guru.example.sch.id/', feed, active: true, jenjang: [], subjects: [] });
  }
  first = await runFetch({ members, store: new Store(dir), policy: policy() });
  phase = 'fault';
  second = await runFetch({ members, store: new Store(dir), policy: policy({ force: true }) });
}, 120_000);

afterAll(async () => {
  await farm?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fault matrix', () => {
  it('served every case its fault, and gave every member one outcome in each run', () => {
    expect(new Set(CASES.map((c) => c.name)).size, 'case names are unique').toBe(CASES.length);
    for (const c of CASES) expect(hits.get(c.name) ?? 0, `${c.name} was never asked for in the fault run`).toBeGreaterThan(0);
    const ids = members.map((m) => m.id).sort();
    for (const run of [first, second]) expect(run.outcomes.map((o) => o.memberId).sort()).toEqual(ids);
  });

  it('first run: every reachable feed stored its two items', () => {
    const store = new Store(dir);
    for (const c of CASES) {
      const titles = store.itemsOf(c.name).map((i) => i.title);
      expect(titles, c.name).toEqual(expect.arrayContaining([`Tulisan pertama ${c.name}`, `Tulisan kedua ${c.name}`]));
    }
    expect(first.outcomes.filter((o) => o.result === 'updated')).toHaveLength(CASES.length);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const store = new Store(dir);
    const outcome = second.outcomes.find((o) => o.memberId === name)!;
    const state = store.feed(name)!;
    expect(outcome.result, `${name}: ${outcome.error ?? ''}`).toBe(c.expect.result);
    if (c.expect.status) expect(state.status).toBe(c.expect.status);
    if (c.expect.error) expect(state.lastError ?? outcome.error).toContain(c.expect.error);
    if (c.expect.movedTo) expect(state.movedTo).toBe(c.expect.movedTo(contextFor(name)));
    // Nothing stored before is lost, whatever the feed did.
    const titles = store.itemsOf(name).map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining([`Tulisan pertama ${name}`, `Tulisan kedua ${name}`]));
    for (const title of c.expect.newTitles ?? []) expect(titles).toContain(title);
  });

  it('refuses member feeds that point at private, odd or non-http addresses, without a request', () => {
    const store = new Store(dir);
    for (const id of Object.keys(BLOCKED_MEMBER_FEEDS)) {
      expect(store.feed(id)?.lastError, id).toMatch(/^blocked: /);
    }
  });

  it('stores nothing active from any feed', () => {
    const store = new Store(dir);
    const items = store.allItems();
    expect(items.length).toBeGreaterThan(CASES.length * 2);
    for (const item of items) {
      const html = `${item.contentHtml}\n${item.title}\n${item.excerpt}`;
      expect(html, item.key).not.toMatch(
        /<script|<svg|<iframe(?![^>]*src="https:\/\/www\.youtube(-nocookie)?\.com\/embed\/)|<style|<form|<meta|<base|\son[a-z]+\s*=|srcdoc\s*=/i,
      );
      // Every URL in an attribute is http(s) (or mailto for links): no javascript:, vbscript:, data:.
      for (const [, url] of html.matchAll(/(?:href|src)="([^"]*)"/g)) expect(url, item.key).toMatch(/^(https?:|mailto:)/);
      for (const [, set] of html.matchAll(/srcset="([^"]*)"/g)) for (const candidate of set!.split(',')) expect(candidate.trim(), item.key).toMatch(/^https?:/);
    }
    const markup = store.itemsOf('title-with-markup').find((i) => i.sourceId.endsWith('-new'));
    // Escaped markup in a title is read as HTML (as feed readers do) and reduced to its text.
    expect(markup?.title).toMatch(/Judul tebal$/);
    expect(markup?.title).not.toContain('<');
  });

  it('future dates are clamped to the fetch time; duplicate ids stored once', () => {
    const store = new Store(dir);
    const future = store.itemsOf('future-date').find((i) => i.title === 'Dari masa depan')!;
    expect(new Date(future.published).getTime()).toBeLessThanOrEqual(Date.now());
    expect(store.itemsOf('duplicate-ids').filter((i) => i.sourceId === 'dup')).toHaveLength(1);
  });

  it('never had more than 2 requests in flight per host', () => {
    for (const origin of farm.origins) expect(farm.maxInFlight.get(origin) ?? 0, origin).toBeLessThanOrEqual(2);
    expect(second.maxInFlightPerSite).toBeLessThanOrEqual(2);
  });

  it('the run reports its failed share, and moved feeds as suggestions for the members file', () => {
    expect(second.failed).toBe(second.outcomes.filter((o) => o.result === 'failed').length);
    expect(second.failedShare).toBeCloseTo(second.failed / second.attempted);
    expect(second.moved.map((m) => m.memberId).sort()).toEqual(['moved-301', 'moved-308-other-host', 'permanent-then-temporary']);
  });

  it('a run inside the refresh interval skips every feed and sends nothing', async () => {
    const before = [...farm.requests.values()].reduce((a, b) => a + b, 0);
    const third = await runFetch({ members, store: new Store(dir), policy: policy() });
    const after = [...farm.requests.values()].reduce((a, b) => a + b, 0);
    expect(after).toBe(before);
    expect(third.attempted).toBe(0);
    expect(third.outcomes.every((o) => o.result === 'skipped')).toBe(true);
  });

  it('repeated failures mark a feed dead, tried again only after a week, its items kept', async () => {
    const member = members.filter((m) => m.id === 'http-404');
    const store = new Store(dir);
    const at = new Date();
    await runFetch({ members: member, store, policy: policy({ force: true, deadAfterFailures: 2 }), now: () => at });
    const state = new Store(dir).feed('http-404')!;
    expect(state.status).toBe('dead');
    expect(state.failures).toBe(2);
    expect(new Date(state.nextFetchAfter!).getTime() - at.getTime()).toBe(7 * 24 * 3600_000);
    expect(new Store(dir).itemsOf('http-404')).toHaveLength(2);
  });
});
