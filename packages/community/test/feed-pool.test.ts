// The feed workers: the same store as taking feeds in on the main thread, failures as results (a
// bad feed, a feed that takes too long), and the backlog's order.
import { readFileSync } from 'node:fs';
import { temporaryFolders } from '@guru-blog/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { Semaphore } from '../src/fetch/limiter.ts';
import { FeedPool } from '../src/process/feed-pool.ts';
import type { IngestJob } from '../src/process/ingest-feed.ts';
import { ItemFiles } from '../src/store/item-files.ts';

const temp = temporaryFolders();

const fixture = (name: string) => readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url));
const AT = '2026-11-20T08:00:00.000Z';
const job = (name: string, memberId: string, storeDir: string, contentType?: string): IngestJob => ({
  body: fixture(name),
  ...(contentType ? { contentType } : {}),
  finalUrl: 'https://guru.example.sch.id/feed',
  at: AT,
  maxItems: 100,
  memberId,
  storeDir,
  maxPerMember: 500,
});
const pools: FeedPool[] = [];
const pool = (size: number, timeoutMs?: number) => {
  const p = new FeedPool(size, timeoutMs);
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('feed pool', () => {
  const FEEDS = ['blogger-atom.xml', 'wordpress-rss.xml', 'json-feed-1.1.json', 'windows-1252-rss.xml', 'rdf-rss1.xml'];

  it('workers store exactly what the main thread would, several feeds at once', async () => {
    const onWorkers = temp('guru-pool-');
    const inThread = temp('guru-pool-');
    const workers = pool(2);
    const results = await Promise.all(FEEDS.map((name, i) => workers.run(job(name, `m${i}`, onWorkers))));
    const expected = [];
    for (const [i, name] of FEEDS.entries()) expected.push(await pool(0).run(job(name, `m${i}`, inThread)));
    expect(results).toEqual(expected);
    expect(results.every((r) => r.ok && r.added > 0)).toBe(true);
    for (const i of FEEDS.keys()) {
      const items = new ItemFiles(onWorkers).itemsOf(`m${i}`);
      expect(items.length).toBeGreaterThan(0);
      expect(items).toEqual(new ItemFiles(inThread).itemsOf(`m${i}`));
    }
  });

  it('a document that is no feed is a failed result, and the worker goes on with the next one', async () => {
    const dir = temp('guru-pool-');
    const workers = pool(1);
    const bad = await workers.run(job('html-page.html', 'bad', dir, 'text/html'));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^parse: /);
    expect(new ItemFiles(dir).itemsOf('bad')).toEqual([]);
    const good = await workers.run(job('wordpress-rss.xml', 'good', dir));
    expect(good.ok && good.added).toBeGreaterThan(0);
  });

  it('gives up a feed that takes too long, stops its worker and serves the queue with new ones', async () => {
    const dir = temp('guru-pool-');
    // 1 ms is shorter than a worker needs to start: every job times out, each on its own worker.
    const slow = pool(1, 1);
    const results = await Promise.all([slow.run(job('blogger-atom.xml', 'a', dir)), slow.run(job('wordpress-rss.xml', 'b', dir))]);
    for (const result of results) {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/took longer than 0.001 s/);
    }
  });

  it('a closed pool answers the jobs still queued and refuses new ones', async () => {
    const dir = temp('guru-pool-');
    const workers = pool(1);
    const queued = [0, 1, 2, 3].map((i) => workers.run(job('wordpress-rss.xml', `q${i}`, dir)));
    await workers.close();
    const results = await Promise.all(queued);
    expect(results.some((r) => !r.ok && /ended first|stopped|terminated/.test(r.error))).toBe(true);
    await expect(workers.run(job('wordpress-rss.xml', 'late', dir))).rejects.toThrow(/closed/);
  });
});

describe('backlog semaphore', () => {
  it('grants waiters by priority, in arrival order among equals, and lets the chosen overdraw', async () => {
    const backlog = new Semaphore(1);
    const release = await backlog.acquire();
    const order: string[] = [];
    const waits = [
      backlog.acquire(1).then((r) => {
        order.push('low');
        return r;
      }),
      backlog.acquire(5).then((r) => {
        order.push('high');
        return r;
      }),
      backlog.acquire(5).then((r) => {
        order.push('high-2');
        return r;
      }),
    ];
    const overdrawn = await backlog.acquire(0, { overdraw: true }); // at once, although none is free
    expect(order).toEqual([]);
    release();
    await Promise.resolve();
    // The overdraft is still out: releasing one permit brings the count back to 0, so nobody starts.
    expect(order).toEqual([]);
    overdrawn();
    for (const expected of ['high', 'high-2', 'low']) {
      await new Promise((r) => setImmediate(r));
      expect(order.at(-1)).toBe(expected);
      const release = await waits[['low', 'high', 'high-2'].indexOf(expected)];
      release?.();
    }
    expect(order).toEqual(['high', 'high-2', 'low']);
  });
});
