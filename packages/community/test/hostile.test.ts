// Hostile pages and feeds cannot stall a run. Each document below once made a regular expression
// backtrack for seconds to minutes (47 s for 30 empty comments before a blog page's root); now every
// scan of fetched text is linear and every per-feed step runs on a worker. The run is served from
// real loopback servers among healthy feeds, and its time is bounded generously: a stalled step
// would take the workers' 60 s timeout or far longer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoopbackFarm, startLoopbackFarm } from '@guru-blog/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conventionalFeed, feedLinksInPage, looksLikeFeed } from '../src/fetch/discover.ts';
import { DEFAULT_POLICY } from '../src/fetch/policy.ts';
import { type RunReport, runFetch } from '../src/fetch/run-fetch.ts';
import type { Member } from '../src/model.ts';
import { parseFeed } from '../src/parse/parse-feed.ts';
import { absolutizeHtml } from '../src/parse/urls.ts';
import { sanitizeContent } from '../src/sanitize/sanitize-content.ts';
import { Store } from '../src/store/store.ts';
import { goodFeed, rss, rssItem } from './fault/feeds.ts';

const HEALTHY = 20;
// Under the whole suite on 2 cores the run takes 28-32 s (about 6 s alone); the old patterns took
// minutes on inputs of this size, and any job that hung would reach the workers' 60 s timeout.
const RUN_BOUND_MS = 50_000;

/** Pages and feeds that were catastrophic for the old regular expressions, each about 1–2 MB. */
const HOSTILE: Record<string, { path: 'page' | 'feed'; type: string; body: () => string }> = {
  // (<!--[\s\S]*?-->\s*)* before the root, then no root: exponential.
  'page-empty-comments': { path: 'page', type: 'text/html', body: () => `${'<!---->'.repeat(5000)}<x>` },
  // <meta\s+[^>]*name=… over a page of unclosed meta tags: quadratic.
  'page-meta-tags': { path: 'page', type: 'text/html', body: () => '<meta '.repeat(300_000) },
  'page-unclosed-links': { path: 'page', type: 'text/html', body: () => `<html><head>${'<link rel="alternate" '.repeat(60_000)}` },
  'page-comment-start': { path: 'page', type: 'text/html', body: () => '<!--'.repeat(400_000) },
  // The parser's HTML test: comments, then something that is neither HTML nor a feed.
  'feed-comments-then-junk': { path: 'feed', type: 'application/rss+xml', body: () => `<?xml version="1.0"?>${'<!-- -->'.repeat(20_000)}<y` },
  'feed-doctype-subset': { path: 'feed', type: 'application/xml', body: () => `<!DOCTYPE x [${'<!-- '.repeat(200_000)}` },
  // Titles and content that made tag and whitespace patterns quadratic.
  'feed-title-tags': { path: 'feed', type: 'application/rss+xml', body: () => rss(rssItem('t', `Judul ${'<a'.repeat(200_000)}`)) },
  'feed-content-tags': { path: 'feed', type: 'application/rss+xml', body: () => rss(rssItem('c', 'Isi', `<p>${'<a '.repeat(300_000)}</p>`)) },
  'feed-srcset-commas': { path: 'feed', type: 'application/rss+xml', body: () => rss(rssItem('s', 'Gambar', `<img srcset="${','.repeat(90_000)}x,">`)) },
  'feed-json-spaces': {
    path: 'feed',
    type: 'application/feed+json',
    body: () =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Spasi',
        items: [{ id: '1', url: 'https://guru.example.sch.id/1', content_text: `a${' '.repeat(1_000_000)}b` }],
      }),
  },
};

let farm: LoopbackFarm;
let report: RunReport;
const dir = mkdtempSync(join(tmpdir(), 'guru-community-hostile-'));
const members: Member[] = [];
const member = (id: string, blog: string, feed?: string): Member => ({
  id,
  name: id,
  blog,
  ...(feed ? { feed } : {}),
  active: true,
  jenjang: [],
  subjects: [],
});

beforeAll(async () => {
  const bodies = new Map(Object.entries(HOSTILE).map(([name, c]) => [name, c.body()]));
  farm = await startLoopbackFarm(['127.0.0.1', '127.0.0.2', '127.0.0.3'], (req, res) => {
    const [, name = '', kind] = (req.url ?? '').split('/');
    const hostile = HOSTILE[name];
    if (hostile) {
      res.writeHead(200, { 'content-type': hostile.type });
      return void res.end(bodies.get(name));
    }
    if (name.startsWith('sehat-') && kind === 'feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void res.end(goodFeed(name));
    }
    res.writeHead(404).end();
  });
  const [a, b, c] = farm.origins as [string, string, string];
  for (let i = 0; i < HEALTHY; i++) members.push(member(`sehat-${i}`, `${[a, b][i % 2]}/sehat-${i}/`, `${[a, b][i % 2]}/sehat-${i}/feed`));
  for (const [name, c2] of Object.entries(HOSTILE)) members.push(member(name, `${c}/${name}/`, c2.path === 'feed' ? `${c}/${name}/feed` : undefined));
  report = await runFetch({ members, store: new Store(dir), policy: { ...DEFAULT_POLICY, allowLoopback: true, timeoutMs: 20_000 } });
}, 120_000);

afterAll(async () => {
  await farm?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hostile pages and feeds among healthy ones', () => {
  it(`the run ends well within the workers' timeout (bound ${RUN_BOUND_MS / 1000} s)`, () => {
    console.info(`hostile run: ${Math.round(report.durationMs)} ms for ${members.length} feeds`);
    expect(report.durationMs).toBeLessThan(RUN_BOUND_MS);
  });

  it('every healthy feed is fetched and stored', () => {
    const store = new Store(dir);
    for (let i = 0; i < HEALTHY; i++) {
      const id = `sehat-${i}`;
      expect(report.outcomes.find((o) => o.memberId === id)?.result, id).toBe('updated');
      expect(store.itemsOf(id), id).toHaveLength(2);
    }
  });

  it('each hostile blog gets a verdict of its own: no feed on the page, not a feed, or its posts', () => {
    const store = new Store(dir);
    for (const name of Object.keys(HOSTILE)) {
      const outcome = report.outcomes.find((o) => o.memberId === name)!;
      expect(['failed', 'updated'], `${name}: ${outcome.error}`).toContain(outcome.result);
      if (outcome.result === 'failed') expect(store.feed(name)?.reason, name).toMatch(/^(no-feed|parse)$/);
      expect(outcome.error ?? '', name).not.toMatch(/took longer/);
    }
    expect(store.feed('page-empty-comments')?.reason).toBe('no-feed');
    const spaced = store.itemsOf('feed-json-spaces')[0]?.contentHtml ?? '';
    // Stored, cut to the content limit like any long post.
    expect([spaced.slice(0, 5), spaced.slice(-5), spaced.length]).toEqual(['<p>a ', ' </p>', 100_004]);
  });
});

describe('every scan of fetched text is linear', () => {
  // One megabyte each; a quadratic scan of these takes minutes. The bound is for a loaded machine.
  const MB = 1_000_000;
  const cases: [string, () => unknown][] = [
    ['looksLikeFeed after comments', () => looksLikeFeed('text/html', `${'<!---->'.repeat(MB / 7)}<x`)],
    ['looksLikeFeed on an endless doctype', () => looksLikeFeed(undefined, `<!DOCTYPE [${'-'.repeat(MB)}`)],
    ['feed links in unclosed tags', () => feedLinksInPage('<link rel="alternate" href="'.repeat(MB / 28), 'https://guru.example/')],
    ['generator in unclosed meta tags', () => conventionalFeed('<meta '.repeat(MB / 6), 'https://guru.example/')],
    ['parse after comments', () => expect(() => parseFeed(`${'<!-- -->'.repeat(MB / 8)}<y`, 'https://guru.example/', new Date())).toThrow()],
    ['absolutize unclosed tags', () => absolutizeHtml('<a <a '.repeat(MB / 6), 'https://guru.example/')],
    ['sanitize srcset commas', () => sanitizeContent(`<img srcset="${','.repeat(MB / 10)}x,">`, { baseUrl: 'https://guru.example/' })],
  ];
  it.each(cases)('%s', (_name, scan) => {
    const started = performance.now();
    scan();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
