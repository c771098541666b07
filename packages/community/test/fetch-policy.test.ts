import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolders } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { conventionalFeed, feedLinksInPage, looksLikeFeed } from '../src/fetch/discover.ts';
import { parseRetryAfter } from '../src/fetch/http-get.ts';
import { Limiter, siteOf } from '../src/fetch/limiter.ts';
import { BlockedError, checkUrl, isAllowedAddress } from '../src/fetch/url-guard.ts';
import type { StoredItem } from '../src/model.ts';
import { ItemFiles, itemKey, Store } from '../src/store/store.ts';

const temp = temporaryFolders();

describe('url guard', () => {
  it('allows public http(s) on the usual ports', () => {
    for (const ok of [
      'https://bu-ani.blogspot.com/feeds/posts/default',
      'http://guru.example.sch.id/feed/',
      'https://93.184.216.34/feed',
      'https://[2606:4700::1111]/',
    ]) {
      expect(checkUrl(ok).href).toBe(new URL(ok).href);
    }
  });

  it('refuses schemes, credentials, odd ports and every non-public address form', () => {
    const refused = [
      'ftp://guru.example.sch.id/feed',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'http://user:pw@guru.example.sch.id/',
      'http://guru.example.sch.id:8080/feed',
      'http://localhost/feed',
      'http://intranet/feed',
      'http://printer.local/feed',
      'http://127.0.0.1/feed',
      'http://2130706433/feed',
      'http://0x7f.1/feed',
      'http://017700000001/feed',
      'http://10.1.2.3/',
      'http://172.31.255.255/',
      'http://192.168.0.1/',
      'http://100.64.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:a00:1]/',
      'http://[fd12:3456::1]/',
      'http://[fe80::1]/',
      'http://224.0.0.1/',
      'not a url',
    ];
    for (const url of refused) expect(() => checkUrl(url), url).toThrow(BlockedError);
  });

  it('refuses IPv4 inside IPv6 in every spelling, metadata servers on public addresses, and local names with a trailing dot', () => {
    const refused = [
      'http://[::127.0.0.1]/',
      'http://[0:0:0:0:0:0:7f00:1]/',
      'http://[::7f00:1]/',
      'http://[::a9fe:a9fe]/',
      'http://[0:0:0:0:0:ffff:a9fe:a9fe]/',
      'http://[::ffff:0:a9fe:a9fe]/',
      'http://[::ffff:0:7f00:1]/',
      'http://[64:ff9b::a9fe:a9fe]/',
      'http://[2002:a9fe:a9fe::]/',
      'http://[::]/',
      'http://168.63.129.16/machine/',
      'http://[::ffff:168.63.129.16]/',
      'http://localhost./feed',
      'http://LOCALHOST../feed',
      'http://metadata.google.internal./computeMetadata/v1/',
      'http://printer.local./',
      'http://router.home.arpa./',
      'http://nas.lan/',
      'http://intranet./',
    ];
    for (const url of refused) expect(() => checkUrl(url), url).toThrow(BlockedError);
    // The same classes as DNS answers (checked for every address a name resolves to).
    for (const address of ['::a9fe:a9fe', '::7f00:1', '::ffff:7f00:1', '::ffff:0:a00:1', '168.63.129.16', '64:ff9b::a00:1', '::', '0.0.0.0']) {
      expect(isAllowedAddress(address), address).toBe(false);
    }
    for (const address of ['93.184.216.34', '2606:4700::1111', '::ffff:93.184.216.34']) expect(isAllowedAddress(address), address).toBe(true);
    expect(checkUrl('https://bu-ani.blogspot.com./').hostname).toBe('bu-ani.blogspot.com.');
  });

  it('allows loopback (any port) only when asked, for local testing', () => {
    expect(checkUrl('http://127.0.0.5:4321/feed', { allowLoopback: true }).port).toBe('4321');
    expect(() => checkUrl('http://10.0.0.1/', { allowLoopback: true })).toThrow(BlockedError);
    expect(isAllowedAddress('::1', { allowLoopback: true })).toBe(true);
    expect(isAllowedAddress('169.254.169.254', { allowLoopback: true })).toBe(false);
  });
});

describe('limiter', () => {
  it('counts subdomains of a site as one host', () => {
    expect(siteOf('bu-ani.blogspot.com')).toBe('blogspot.com');
    expect(siteOf('pak-budi.wordpress.com')).toBe('wordpress.com');
    expect(siteOf('smpn3-yogya.sch.id')).toBe('smpn3-yogya.sch.id');
    expect(siteOf('blog.smpn3-yogya.sch.id')).toBe('smpn3-yogya.sch.id');
    expect(siteOf('bu-ani.blogspot.co.id')).toBe('blogspot.co.id');
    expect(siteOf('127.0.1.7')).toBe('127.0.1.7');
  });

  it('never runs more than perHost per site or total overall, and a busy site does not block others', async () => {
    const limiter = new Limiter(4, 2);
    let running = 0;
    let peak = 0;
    const order: string[] = [];
    const task = (name: string, ms: number) => async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      order.push(name);
    };
    await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => limiter.run(`m${i}.blogspot.com`, task(`b${i}`, 30))),
      limiter.run('guru.sch.id', task('other', 5)),
    ]);
    expect(limiter.stats.maxPerSite).toBe(2);
    expect(peak).toBeLessThanOrEqual(4);
    expect(order.indexOf('other')).toBeLessThan(3);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 10:00:00 GMT', Date.parse('Wed, 25 Nov 2026 09:59:00 GMT'))).toBe(60_000);
    expect(parseRetryAfter('besok')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });
});

describe('feed discovery', () => {
  const page = `<!doctype html><html><head>
    <link rel="alternate" type="application/rss+xml" title="Blog Bu Ani &raquo; Umpan Komentar" href="/comments/feed/">
    <link rel="alternate" type="application/atom+xml" title="Blog Bu Ani - Atom" href="https://bu-ani.blogspot.com/feeds/posts/default">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="/feeds/posts/default?alt=rss">
    <link rel="stylesheet" href="/s.css"></head><body></body></html>`;

  it('reads <link rel="alternate"> feeds in page order, without comment feeds', () => {
    expect(feedLinksInPage(page, 'https://bu-ani.blogspot.com/')).toEqual([
      'https://bu-ani.blogspot.com/feeds/posts/default',
      'https://bu-ani.blogspot.com/feeds/posts/default?alt=rss',
    ]);
  });

  it('falls back to Blogger and WordPress conventions', () => {
    expect(conventionalFeed('<html></html>', 'https://bu-ani.blogspot.com/')).toBe('https://bu-ani.blogspot.com/feeds/posts/default');
    expect(conventionalFeed('<meta name="generator" content="WordPress 6.8">', 'https://pakbudi.sch.id/blog')).toBe('https://pakbudi.sch.id/blog/feed/');
    expect(conventionalFeed('<html>hand-made</html>', 'https://guru.example/')).toBeUndefined();
  });

  it('recognizes a feed given as the blog address', () => {
    expect(looksLikeFeed('application/atom+xml; charset=UTF-8', '')).toBe(true);
    expect(looksLikeFeed('text/xml', '<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('application/json', '{"version":"https://jsonfeed.org/version/1.1"}')).toBe(true);
    expect(looksLikeFeed('text/html', '<!DOCTYPE html><html>')).toBe(false);
  });
});

describe('store', () => {
  const item = (memberId: string, id: string, published: string, title = id): StoredItem => ({
    key: itemKey(memberId, id),
    memberId,
    sourceId: id,
    title,
    url: `https://x.example/${id}`,
    published,
    excerpt: '',
    contentHtml: '',
    categories: [],
    firstSeen: '2026-11-01T00:00:00.000Z',
  });

  it('merges without dropping items a feed no longer lists, and writes atomically', async () => {
    const dir = temp('guru-store-');
    const store = new Store(dir);
    expect(await new ItemFiles(dir).mergeItems('bu-ani', [item('bu-ani', 'a', '2026-11-01'), item('bu-ani', 'b', '2026-11-02')])).toEqual({
      added: 2,
      updated: 0,
    });
    store.setFeed({ memberId: 'bu-ani', status: 'ok', failures: 0 });
    store.save(new Date('2026-11-03T00:00:00Z'));
    const again = new Store(dir);
    const later = { ...item('bu-ani', 'b', '2026-11-02', 'B diubah'), firstSeen: '2026-11-03T00:00:00.000Z' };
    expect(await new ItemFiles(dir).mergeItems('bu-ani', [later, item('bu-ani', 'c', '2026-11-04')])).toEqual({ added: 1, updated: 1 });
    expect(again.itemsOf('bu-ani').map((i) => i.title)).toEqual(['c', 'B diubah', 'a']);
    expect(again.itemsOf('bu-ani')[1]!.firstSeen).toBe('2026-11-01T00:00:00.000Z');
    again.save(new Date());
    expect(readdirSync(dir).sort()).toEqual(['feeds.json', 'items']);
    expect(readdirSync(join(dir, 'items'))).toEqual(['bu-ani.json']);
    expect(JSON.parse(readFileSync(join(dir, 'feeds.json'), 'utf8')).feeds['bu-ani'].status).toBe('ok');
  });

  it('a feed whose GUIDs change on every fetch keeps one copy per post, under its first key, and evicts nothing', async () => {
    const dir = temp('guru-store-');
    const files = new ItemFiles(dir);
    const real = [item('bu-ani', 'lama-1', '2026-10-01'), item('bu-ani', 'lama-2', '2026-10-02')];
    await files.mergeItems('bu-ani', real, 3);
    const fetchWithFreshGuids = (run: number) =>
      ['x', 'y'].map((post) => ({ ...item('bu-ani', `guid-${run}-${post}`, '2026-11-05'), url: `https://x.example/${post}`, title: `Pos ${post}` }));
    for (let run = 1; run <= 6; run++) await files.mergeItems('bu-ani', fetchWithFreshGuids(run), 4);
    const stored = files.itemsOf('bu-ani');
    expect(stored.map((i) => i.title).sort()).toEqual(['Pos x', 'Pos y', 'lama-1', 'lama-2']);
    expect(stored.find((i) => i.title === 'Pos x')?.key).toBe(itemKey('bu-ani', 'guid-1-x'));
  });

  it('keys are stable per member and refuse ids that are not slugs', async () => {
    expect(itemKey('bu-ani', 'tag:blogger.com,1999:blog-1.post-2')).toBe(itemKey('bu-ani', 'tag:blogger.com,1999:blog-1.post-2'));
    expect(itemKey('bu-ani', 'x')).not.toBe(itemKey('pak-budi', 'x'));
    await expect(new ItemFiles(temp('guru-store-')).mergeItems('../etc', [])).rejects.toThrow(/not a slug/);
  });
});
