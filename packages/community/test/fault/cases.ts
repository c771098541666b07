// The fault matrix: what each feed does on the second run, and what the fetcher must make of it.
// Every case first serves a good feed (feeds.ts) so the test can check its items survive.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import type { FeedResult } from '../../src/fetch/run-fetch.ts';
import type { FeedStatus } from '../../src/model.ts';
import { atomFeed, goodFeed, jsonFeed, rss, rssItem, XSS } from './feeds.ts';

export interface CaseContext {
  /** This farm's origin for the case's host, e.g. http://127.0.0.3:41234 */
  origin: string;
  /** Origin of another host in the farm (for cross-host redirects). */
  otherOrigin: string;
  /** How many times this case's feed was requested in the current phase. */
  hits: number;
}

export interface FaultCase {
  name: string;
  fault: (req: IncomingMessage, res: ServerResponse, ctx: CaseContext) => void | Promise<void>;
  expect: {
    result: FeedResult;
    status?: FeedStatus;
    /** Substring of the stored lastError. */
    error?: string;
    /** Items the store must hold after the fault run (besides the two from before). */
    newTitles?: string[];
    movedTo?: (ctx: CaseContext) => string;
  };
}

const XML = { 'content-type': 'application/rss+xml; charset=utf-8' };
const send = (res: ServerResponse, status: number, body: string | Buffer = '', headers: Record<string, string | number> = {}) => {
  res.writeHead(status, headers);
  res.end(body);
};
// ~25 KB on the wire, 25 MB unpacked (over the 20 MB cap); made once, it costs CPU.
let bomb: Buffer | undefined;
const gzipBomb = () => (bomb ??= gzipSync(Buffer.alloc(25 * 1024 * 1024, ' '), { level: 9 }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const feedWith = (name: string, title: string, content?: string) => rss(rssItem(`${name}-new`, title, content));
const redirect = (status: number, location: string) => (_req: IncomingMessage, res: ServerResponse) => send(res, status, '', { location });
const PRIVATE_TARGETS: Record<string, string> = {
  'to-private-10': 'http://10.0.0.1/feed',
  'to-private-192': 'http://192.168.1.1/feed',
  'to-private-172': 'http://172.16.5.4/feed',
  'to-cgnat': 'http://100.64.0.1/feed',
  'to-metadata': 'http://169.254.169.254/latest/meta-data/',
  'to-zero': 'http://0.0.0.0/feed',
  'to-decimal-ip': 'http://167772161/feed',
  'to-hex-ip': 'http://0x0a.0.0.1/feed',
  'to-ipv6-ula': 'http://[fd00::1]/feed',
  'to-ipv4-mapped': 'http://[::ffff:10.0.0.1]/feed',
  'to-link-local-v6': 'http://[fe80::1]/feed',
  'to-localhost-name': 'http://localhost/feed',
  'to-ftp': 'ftp://guru.example.sch.id/feed.xml',
  'to-javascript': 'javascript:alert(1)',
  'to-file': 'file:///etc/passwd',
  'to-credentials': 'http://user:pass@guru.example.sch.id/feed',
  'to-odd-port': 'http://guru.example.sch.id:22/feed',
};

export const CASES: FaultCase[] = [
  // Working feeds, in every format.
  {
    name: 'ok-rss',
    fault: (_q, res) => send(res, 200, feedWith('ok-rss', 'Baru RSS'), XML),
    expect: { result: 'updated', status: 'ok', newTitles: ['Baru RSS'] },
  },
  {
    name: 'ok-atom',
    fault: (_q, res) => send(res, 200, atomFeed('ok-atom'), { 'content-type': 'application/atom+xml' }),
    expect: { result: 'updated', status: 'ok', newTitles: ['Atom ok-atom'] },
  },
  {
    name: 'ok-json',
    fault: (_q, res) => send(res, 200, jsonFeed('ok-json'), { 'content-type': 'application/feed+json' }),
    expect: { result: 'updated', status: 'ok', newTitles: ['JSON ok-json'] },
  },
  {
    name: 'ok-rdf',
    fault: (_q, res) =>
      send(
        res,
        200,
        `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://r.example/"><title>RDF</title><link>https://r.example/</link></channel><item rdf:about="https://r.example/1"><title>RDF satu</title><link>https://r.example/1</link><dc:date>2026-11-01T10:00:00+07:00</dc:date></item></rdf:RDF>`,
        { 'content-type': 'application/rdf+xml' },
      ),
    expect: { result: 'updated', status: 'ok', newTitles: ['RDF satu'] },
  },
  // Conditional requests.
  {
    name: 'etag-304',
    fault: (req, res) => (req.headers['if-none-match'] === '"v1"' ? send(res, 304) : send(res, 200, feedWith('etag-304', 'Tidak boleh'), XML)),
    expect: { result: 'not-modified', status: 'ok' },
  },
  {
    name: 'last-modified-304',
    fault: (req, res) =>
      req.headers['if-modified-since'] === 'Mon, 02 Nov 2026 01:00:00 GMT' ? send(res, 304) : send(res, 200, feedWith('last-modified-304', 'Tidak boleh'), XML),
    expect: { result: 'not-modified', status: 'ok' },
  },
  // Slow and silent servers.
  { name: 'timeout-headers', fault: async () => sleep(60_000), expect: { result: 'failed', status: 'failing', error: 'timeout' } },
  {
    name: 'slow-drip',
    fault: async (_q, res) => {
      res.writeHead(200, XML);
      for (let i = 0; i < 200 && !res.destroyed; i++) {
        res.write('<');
        await sleep(100);
      }
      res.end();
    },
    expect: { result: 'failed', error: 'timeout' },
  },
  {
    name: 'reset-mid-body',
    fault: (_q, res) => {
      res.writeHead(200, { ...XML, 'content-length': 100_000 });
      res.write(goodFeed('x').slice(0, 200));
      setTimeout(() => res.socket?.destroy(), 20);
    },
    expect: { result: 'failed', error: 'network' },
  },
  // Server errors and rate limits.
  { name: 'http-500', fault: (_q, res) => send(res, 500, 'oops'), expect: { result: 'failed', status: 'failing', error: 'http-500' } },
  { name: 'http-502', fault: (_q, res) => send(res, 502), expect: { result: 'failed', error: 'http-502' } },
  {
    name: 'http-503-retry-after-1',
    fault: (_q, res, ctx) =>
      ctx.hits === 1 ? send(res, 503, '', { 'retry-after': '1' }) : send(res, 200, feedWith('http-503-retry-after-1', 'Setelah menunggu'), XML),
    expect: { result: 'updated', status: 'ok', newTitles: ['Setelah menunggu'] },
  },
  { name: 'http-503-retry-after-long', fault: (_q, res) => send(res, 503, '', { 'retry-after': '7200' }), expect: { result: 'failed', error: 'http-503' } },
  {
    name: 'http-429-retry-after-1',
    fault: (_q, res, ctx) =>
      ctx.hits === 1 ? send(res, 429, '', { 'retry-after': '1' }) : send(res, 200, feedWith('http-429-retry-after-1', 'Sesudah 429'), XML),
    expect: { result: 'updated', newTitles: ['Sesudah 429'] },
  },
  {
    name: 'http-429-date',
    fault: (_q, res) => send(res, 429, '', { 'retry-after': new Date(Date.now() + 3 * 3600_000).toUTCString() }),
    expect: { result: 'failed', error: 'http-429' },
  },
  { name: 'http-404', fault: (_q, res) => send(res, 404), expect: { result: 'failed', status: 'failing', error: 'http-404' } },
  { name: 'http-403', fault: (_q, res) => send(res, 403), expect: { result: 'failed', error: 'http-403' } },
  { name: 'http-410', fault: (_q, res) => send(res, 410), expect: { result: 'gone', status: 'gone', error: 'http-410' } },
  // Redirects.
  {
    name: 'moved-301',
    fault: (req, res, ctx) =>
      req.url?.endsWith('/new')
        ? send(res, 200, feedWith('moved-301', 'Di alamat baru'), XML)
        : send(res, 301, '', { location: `${ctx.origin}/moved-301/feed/new` }),
    expect: { result: 'updated', status: 'moved', newTitles: ['Di alamat baru'], movedTo: (ctx) => `${ctx.origin}/moved-301/feed/new` },
  },
  {
    name: 'moved-308-other-host',
    fault: (_q, res, ctx) => send(res, 308, '', { location: `${ctx.otherOrigin}/ok-rss/feed` }),
    expect: { result: 'updated', status: 'moved', movedTo: (ctx) => `${ctx.otherOrigin}/ok-rss/feed` },
  },
  {
    name: 'temporary-302',
    fault: (req, res) =>
      req.url?.endsWith('/tmp') ? send(res, 200, feedWith('temporary-302', 'Lewat 302'), XML) : send(res, 302, '', { location: 'feed/tmp' }),
    expect: { result: 'updated', status: 'ok', newTitles: ['Lewat 302'] },
  },
  {
    name: 'permanent-then-temporary',
    fault: (req, res, ctx) => {
      if (req.url?.endsWith('/a')) return send(res, 302, '', { location: `${ctx.origin}/permanent-then-temporary/feed/b` });
      if (req.url?.endsWith('/b')) return send(res, 200, feedWith('permanent-then-temporary', 'Rantai'), XML);
      return send(res, 301, '', { location: `${ctx.origin}/permanent-then-temporary/feed/a` });
    },
    expect: { result: 'updated', status: 'moved', movedTo: (ctx) => `${ctx.origin}/permanent-then-temporary/feed/a` },
  },
  {
    name: 'chain-5',
    fault: (req, res) => {
      const n = Number(/hop(\d)$/.exec(req.url ?? '')?.[1] ?? 0);
      return n === 5 ? send(res, 200, feedWith('chain-5', 'Lima lompatan'), XML) : send(res, 302, '', { location: `/chain-5/feed/hop${n + 1}` });
    },
    expect: { result: 'updated', newTitles: ['Lima lompatan'] },
  },
  {
    name: 'chain-6',
    fault: (req, res) => {
      const n = Number(/hop(\d)$/.exec(req.url ?? '')?.[1] ?? 0);
      return n === 6 ? send(res, 200, feedWith('chain-6', 'Tidak boleh'), XML) : send(res, 302, '', { location: `/chain-6/feed/hop${n + 1}` });
    },
    expect: { result: 'failed', error: 'too-many-redirects' },
  },
  {
    name: 'loop',
    fault: (req, res) => send(res, 302, '', { location: req.url?.endsWith('/b') ? '/loop/feed' : '/loop/feed/b' }),
    expect: { result: 'failed', error: 'redirect-loop' },
  },
  { name: 'self-redirect', fault: (req, res) => send(res, 301, '', { location: req.url ?? '/' }), expect: { result: 'failed', error: 'redirect-loop' } },
  { name: 'redirect-no-location', fault: (_q, res) => send(res, 302), expect: { result: 'failed', error: 'http-302' } },
  ...Object.entries(PRIVATE_TARGETS).map(([name, target]) => ({ name, fault: redirect(302, target), expect: { result: 'failed' as const, error: 'blocked' } })),
  // Sizes and encodings on the wire.
  {
    name: 'huge-body',
    fault: (_q, res) => {
      res.writeHead(200, XML);
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 20 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
    expect: { result: 'failed', error: 'too-large' },
  },
  {
    name: 'huge-declared',
    fault: (_q, res) => {
      res.writeHead(200, { ...XML, 'content-length': String(50 * 1024 * 1024) });
      res.write(goodFeed('x'));
      setTimeout(() => res.socket?.destroy(), 200);
    },
    expect: { result: 'failed', error: 'too-large' },
  },
  {
    name: 'gzip-bomb',
    fault: (_q, res) => send(res, 200, gzipBomb(), { ...XML, 'content-encoding': 'gzip' }),
    expect: { result: 'failed', error: 'too-large' },
  },
  {
    name: 'gzip-ok',
    fault: (_q, res) => send(res, 200, gzipSync(feedWith('gzip-ok', 'Gzip')), { ...XML, 'content-encoding': 'gzip' }),
    expect: { result: 'updated', newTitles: ['Gzip'] },
  },
  {
    name: 'brotli-ok',
    fault: (_q, res) => send(res, 200, brotliCompressSync(feedWith('brotli-ok', 'Brotli')), { ...XML, 'content-encoding': 'br' }),
    expect: { result: 'updated', newTitles: ['Brotli'] },
  },
  {
    name: 'deflate-ok',
    fault: (_q, res) => send(res, 200, deflateSync(feedWith('deflate-ok', 'Deflate')), { ...XML, 'content-encoding': 'deflate' }),
    expect: { result: 'updated', newTitles: ['Deflate'] },
  },
  {
    name: 'bad-gzip',
    fault: (_q, res) => send(res, 200, feedWith('bad-gzip', 'x'), { ...XML, 'content-encoding': 'gzip' }),
    expect: { result: 'failed', error: 'bad-encoding' },
  },
  // Character sets.
  {
    name: 'latin1-declared-in-header',
    fault: (_q, res) =>
      send(res, 200, Buffer.from(feedWith('latin1-declared-in-header', 'Café Pendidikan').replace('UTF-8', 'ISO-8859-1'), 'latin1'), {
        'content-type': 'application/rss+xml; charset=iso-8859-1',
      }),
    expect: { result: 'updated', newTitles: ['Café Pendidikan'] },
  },
  {
    name: 'wrong-charset-header',
    fault: (_q, res) => send(res, 200, Buffer.from(feedWith('wrong-charset-header', 'Naïve Señor').replace('UTF-8', 'windows-1252'), 'latin1'), XML),
    expect: { result: 'updated', newTitles: ['Naïve Señor'] },
  },
  {
    name: 'utf8-bom',
    fault: (_q, res) =>
      send(res, 200, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`\n  ${feedWith('utf8-bom', 'Dengan BOM')}`)]), {
        'content-type': 'text/xml',
      }),
    expect: { result: 'updated', newTitles: ['Dengan BOM'] },
  },
  {
    name: 'utf16-bom',
    fault: (_q, res) =>
      send(res, 200, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feedWith('utf16-bom', 'UTF enam belas').replace('UTF-8', 'UTF-16'), 'utf16le')]), {
        'content-type': 'application/xml',
      }),
    expect: { result: 'updated', newTitles: ['UTF enam belas'] },
  },
  // Broken documents.
  {
    // A download cut off inside the second item: the first is still worth keeping.
    name: 'truncated-xml',
    fault: (_q, res) =>
      send(res, 200, rss([rssItem('truncated-xml-new', 'Terpotong'), rssItem('truncated-xml-cut', 'Tidak lengkap')].join('\n')).slice(0, -60), XML),
    expect: { result: 'updated', newTitles: ['Terpotong'] },
  },
  {
    name: 'html-instead',
    fault: (_q, res) =>
      send(res, 200, '<!DOCTYPE html><html><head><title>Blog</title></head><body><p>Bukan feed</p></body></html>', { 'content-type': 'text/html' }),
    expect: { result: 'failed', status: 'failing', error: 'parse' },
  },
  { name: 'empty-body', fault: (_q, res) => send(res, 200, '', XML), expect: { result: 'failed', error: 'parse' } },
  { name: 'empty-feed', fault: (_q, res) => send(res, 200, rss(''), XML), expect: { result: 'updated', status: 'ok' } },
  {
    name: 'json-not-feed',
    fault: (_q, res) => send(res, 200, '{"hello":"dunia"}', { 'content-type': 'application/json' }),
    expect: { result: 'failed', error: 'parse' },
  },
  {
    name: 'bare-ampersand',
    fault: (_q, res) => send(res, 200, rss(rssItem('bare-ampersand-new', 'Guru & Murid &nbsp; Bersama')), XML),
    expect: { result: 'updated', newTitles: ['Guru & Murid Bersama'] },
  },
  {
    name: 'duplicate-ids',
    fault: (_q, res) => send(res, 200, rss([rssItem('dup', 'Kembar satu'), rssItem('dup', 'Kembar dua')].join('')), XML),
    expect: { result: 'updated', newTitles: ['Kembar satu'] },
  },
  {
    name: 'future-date',
    fault: (_q, res) => send(res, 200, rss(rssItem('future-date-new', 'Dari masa depan', '<p>x</p>', 'Fri, 01 Jan 2100 00:00:00 +0000')), XML),
    expect: { result: 'updated', newTitles: ['Dari masa depan'] },
  },
  {
    name: 'title-with-markup',
    fault: (_q, res) => send(res, 200, rss(rssItem('title-with-markup-new', '&lt;script&gt;alert(1)&lt;/script&gt;Judul &lt;b&gt;tebal&lt;/b&gt;')), XML),
    expect: { result: 'updated' },
  },
  // Hostile content: fetched fine, stored only in sanitized form.
  ...Object.entries(XSS).map(([name, html]) => ({
    name: `xss-${name}`,
    fault: (_q: IncomingMessage, res: ServerResponse) => send(res, 200, rss(rssItem(`xss-${name}-new`, `XSS ${name}`, html)), XML),
    expect: { result: 'updated' as const, newTitles: [`XSS ${name}`] },
  })),
];

/** Cases whose members point at a URL the guard refuses before any request. */
export const BLOCKED_MEMBER_FEEDS: Record<string, string> = {
  'member-ftp': 'ftp://guru.example.sch.id/feed',
  'member-metadata': 'http://169.254.169.254/latest/meta-data/',
  'member-private': 'http://192.168.0.10/feed.xml',
  'member-odd-port': 'http://guru.example.sch.id:8080/feed',
};
