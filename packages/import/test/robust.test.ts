// Hostile and damaged input, the per-host download limit and the public feed, on loopback servers.
import { writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { startLoopbackFarm } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { expandShortcodes } from '../src/convert/shortcodes.ts';
import { bodyToMarkdown, parseBody } from '../src/convert/to-markdown.ts';
import { downloadAll } from '../src/downloads/download.ts';
import { isDocument } from '../src/downloads/files.ts';
import { imageCandidates } from '../src/downloads/original-url.ts';
import { makeSite, read, runImport } from './helpers.ts';

const ctx = { lang: 'id' as const, embedHref: () => undefined, note: () => {} };

describe('input built to make a scanner backtrack', () => {
  it('expands shortcodes in one pass over a body full of stray brackets and unclosed [caption]s', () => {
    const hostile = `${'['.repeat(200_000)}${'[caption x]'.repeat(50_000)}]${'[embed]'.repeat(30_000)}`;
    const out = expandShortcodes(hostile, { attachments: new Map() });
    // Every stray bracket is kept as text; each unclosed [caption] became an empty figure.
    expect(out.startsWith('['.repeat(200_000))).toBe(true);
    expect(out.split('<figure>').length - 1).toBe(50_000);
  });

  it('converts a post with unclosed comments, a never-ending tag and a pre without its end', async () => {
    const html = `<p>awal</p><!-- wp:paragraph ${'-'.repeat(100_000)}<pre>${'x\n'.repeat(50_000)}<div ${'a="b" '.repeat(20_000)}`;
    const markdown = await bodyToMarkdown(parseBody(html, ctx));
    expect(markdown.startsWith('awal')).toBe(true);
  });

  it('keeps the original HTML of a body nested deeper than the converter can walk, and goes on', async () => {
    const root = makeSite('deep');
    const deep = `${'<div>'.repeat(30_000)}dalam${'</div>'.repeat(30_000)}`;
    const xml = `<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<item><title>Dalam</title><content:encoded><![CDATA[${deep}]]></content:encoded><wp:post_id>1</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt></item>
<item><title>Biasa</title><content:encoded><![CDATA[<p>baik</p>]]></content:encoded><wp:post_id>2</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt></item>
</channel></rss>`;
    const file = join(root, '..', 'deep.xml');
    writeFileSync(file, xml);
    const run = await runImport(root, ['wordpress', file, '--no-images']);
    expect(run.code).toBe(0);
    expect(read(root, 'src/content/posts/biasa/index.md')).toContain('baik');
    expect(read(root, 'src/content/posts/dalam/index.md')).toContain('dalam');
  });
});

describe('image downloads', () => {
  it('asks for Blogger and WordPress originals first and keeps the written address as the fallback', () => {
    expect(imageCandidates('https://blogger.googleusercontent.com/img/b/R29v/AVv/w640-h480/a.jpg')).toEqual([
      'https://blogger.googleusercontent.com/img/b/R29v/AVv/s0/a.jpg',
      'https://blogger.googleusercontent.com/img/b/R29v/AVv/w640-h480/a.jpg',
    ]);
    expect(imageCandidates('https://blogger.googleusercontent.com/img/a/AVvXsE=w600-h400')[0]).toBe('https://blogger.googleusercontent.com/img/a/AVvXsE=s0');
    expect(imageCandidates('https://3.bp.blogspot.com/-x/y/z/w/s320-rw/b.png')[0]).toBe('https://3.bp.blogspot.com/-x/y/z/w/s0/b.png');
    expect(imageCandidates('https://guru.sch.id/wp-content/uploads/2020/01/c-1024x768.jpg')[0]).toBe('https://guru.sch.id/wp-content/uploads/2020/01/c.jpg');
    expect(imageCandidates('https://bu.files.wordpress.com/2020/01/d.jpg?w=300')[0]).toBe('https://bu.files.wordpress.com/2020/01/d.jpg');
    expect(imageCandidates('https://example.com/e.jpg')).toEqual(['https://example.com/e.jpg']);
  });

  it('holds at most two requests open per host, images and documents together, and uses both', async () => {
    // The server answers only once two requests are waiting (or the last one): a limit of one
    // would hang, a limit of three would be seen.
    const waiting: ServerResponse[] = [];
    let served = 0;
    let open = 0;
    let most = 0;
    const total = 7;
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const farm = await startLoopbackFarm(['127.0.0.1'], (req, res) => {
      const isPdf = (req.url ?? '').endsWith('.pdf');
      open++;
      most = Math.max(most, open);
      waiting.push(Object.assign(res, { isPdf }));
      if (waiting.length === 2 || served + waiting.length === total) {
        for (const r of waiting.splice(0) as (ServerResponse & { isPdf: boolean })[]) {
          served++;
          open--;
          if (r.isPdf) r.writeHead(200, { 'content-type': 'application/octet-stream' }).end(pdf);
          else r.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg);
        }
      }
    });
    try {
      const wanted = Array.from({ length: total }, (_, i) =>
        i % 2 ? { address: `${farm.origins[0]}/lks-${i}.pdf`, kind: 'file' as const } : { address: `${farm.origins[0]}/foto-${i}.jpg`, kind: 'image' as const },
      );
      const progress: number[] = [];
      const results = await downloadAll([...wanted, wanted[0]!, wanted[1]!], {
        fetch: (url, init) => fetch(url, init),
        timeoutMs: 10_000,
        perHost: 2,
        total: 6,
        maxBytes: 1000,
        onProgress: (done) => progress.push(done),
      });
      expect(most).toBe(2);
      expect(served).toBe(total);
      expect([...results.values()].every((r) => r.ok)).toBe(true);
      // A document's kind comes from its name: the server said only octet-stream.
      expect(results.get(wanted[1]!.address)).toMatchObject({ ok: true, extension: 'pdf' });
      expect(progress.at(-1)).toBe(total);
    } finally {
      await farm.close();
    }
  });

  it('refuses a document over the size cap, an HTML page for a PDF, and bytes that are not the document named', async () => {
    const pdf = Buffer.from(`%PDF-1.4\n${'x'.repeat(3000)}\n%%EOF\n`);
    const farm = await startLoopbackFarm(['127.0.0.1'], (req, res) => {
      if (req.url === '/besar.pdf') res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
      else if (req.url === '/masuk.pdf') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><p>Masuk dulu</p>');
      else res.writeHead(200, { 'content-type': 'application/octet-stream' }).end('<!DOCTYPE html><p>Tidak ada</p>');
    });
    try {
      const at = (path: string) => `${farm.origins[0]}${path}`;
      const results = await downloadAll(
        ['/besar.pdf', '/masuk.pdf', '/salah.pdf', '/salah.csv'].map((path) => ({ address: at(path), kind: 'file' as const })),
        { fetch: (url, init) => fetch(url, init), timeoutMs: 5000, perHost: 2, total: 6, maxBytes: 1000 },
      );
      expect(results.get(at('/besar.pdf'))).toEqual({ ok: false, reason: 'too-large' });
      expect(results.get(at('/masuk.pdf'))).toEqual({ ok: false, reason: 'type text/html' });
      // Served as a file: the bytes decide (a PDF must start %PDF; a text kind must not be a page).
      for (const path of ['/salah.pdf', '/salah.csv']) {
        const result = results.get(at(path))!;
        expect(result.ok && isDocument(result.bytes, result.extension), path).toBe(false);
      }
      expect(isDocument(pdf, 'pdf')).toBe(true);
      expect(isDocument(Buffer.from('nama,nilai\nAni,90\n'), 'csv')).toBe(true);
    } finally {
      await farm.close();
    }
  });

  it('gives up on an image that never answers, and reports it without failing the import', async () => {
    const farm = await startLoopbackFarm(['127.0.0.1'], () => {});
    try {
      const results = await downloadAll([{ address: `${farm.origins[0]}/lambat.jpg`, kind: 'image' }], {
        fetch: (url, init) => fetch(url, init),
        timeoutMs: 300,
        perHost: 2,
        total: 6,
        maxBytes: 1000,
      });
      expect(results.get(`${farm.origins[0]}/lambat.jpg`)).toEqual({ ok: false, reason: 'timeout' });
    } finally {
      await farm.close();
    }
  });
});

describe('Blogger public feed (--feed)', () => {
  it('pages with start-index and max-results 150 until a page comes back empty, posts and pages', async () => {
    const asked: URLSearchParams[] = [];
    const entry = (n: number) =>
      `<entry><id>tag:blogger.com,1999:blog-9.post-${n}</id><published>2024-01-${String((n % 28) + 1).padStart(2, '0')}T08:00:00.000+07:00</published><updated>2024-02-01T08:00:00.000+07:00</updated><category scheme="http://www.blogger.com/atom/ns#" term="Catatan"/><title type="text">Catatan ${n}</title><content type="html">&lt;p&gt;Isi ${n}&lt;/p&gt;</content><link rel="alternate" type="text/html" href="https://pak-guru.blogspot.com/2024/01/catatan-${n}.html"/></entry>`;
    const farm = await startLoopbackFarm(['127.0.0.1'], (req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/feeds/pages/default') {
        res.writeHead(404).end();
        return;
      }
      asked.push(url.searchParams);
      // Blogger sends fewer than asked for (100 at most): 100, 100, 40, then none.
      const start = Number(url.searchParams.get('start-index'));
      const count = Math.max(0, Math.min(100, 240 - (start - 1)));
      const entries = Array.from({ length: count }, (_, i) => entry(start + i)).join('');
      res
        .writeHead(200, { 'content-type': 'application/atom+xml' })
        .end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Pak Guru</title>${entries}</feed>`);
    });
    try {
      const root = makeSite('feed');
      const run = await runImport(root, ['blogger', '--feed', farm.origins[0]!, '--no-images']);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Tulisan: 240');
      expect(asked.map((q) => q.get('start-index'))).toEqual(['1', '101', '201', '241']);
      expect(asked.every((q) => q.get('max-results') === '150')).toBe(true);
      expect(read(root, 'src/content/posts/catatan-240/index.md')).toContain('Isi 240');
      expect(read(root, 'public/_redirects')).toContain('/2024/01/catatan-7.html  /posts/catatan-7/  301!');
    } finally {
      await farm.close();
    }
  });
});
