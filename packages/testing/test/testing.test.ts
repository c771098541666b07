import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeEveryPage,
  contentTypeFor,
  ensureChromium,
  formatViolations,
  isLocalUrl,
  launchBrowser,
  newIsolatedPage,
  runAxe,
  type StaticServer,
  serveStatic,
} from '../src/index.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const siteDir = join(fixtures, 'site');

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** node:http rather than fetch: fetch would normalise `..` away and inflate gzip for us. */
function raw(origin: string, path: string, init: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = httpRequest({ hostname, port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(siteDir);
});
afterAll(async () => {
  await server?.close();
});

describe('serveStatic', () => {
  it('listens on loopback only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it.each([
    ['/assets/style.css', 'text/css; charset=utf-8'],
    ['/console/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/data.json', 'application/json; charset=utf-8'],
    ['/assets/feed.xml', 'application/xml; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/dot.png', 'image/png'],
    ['/assets/photo.jpg', 'image/jpeg'],
    ['/assets/photo.webp', 'image/webp'],
    ['/assets/photo.avif', 'image/avif'],
    ['/assets/empty.wasm', 'application/wasm'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/notes.txt', 'text/plain; charset=utf-8'],
    ['/assets/doc.pdf', 'application/pdf'],
    ['/assets/pagefind/pagefind.en_1a2b.pf_meta', 'application/octet-stream'],
    ['/assets/pagefind/index/en_1a2b.pf_index', 'application/octet-stream'],
    ['/assets/pagefind/fragment/en_3c4d.pf_fragment', 'application/octet-stream'],
    ['/assets/pagefind/wasm.en.pagefind', 'application/octet-stream'],
  ])('serves %s as %s with its exact bytes', async (path, type) => {
    const res = await raw(server.url, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    const file = await readFile(join(siteDir, path));
    expect(res.body.equals(file)).toBe(true);
    expect(Number(res.headers['content-length'])).toBe(file.length);
  });

  it('maps extensions case-insensitively and falls back to octet-stream', () => {
    expect(contentTypeFor('A.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('archive.unknown')).toBe('application/octet-stream');
  });

  it('serves index.html for directories', async () => {
    const root = await raw(server.url, '/');
    expect(root.status).toBe(200);
    expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(root.body.toString()).toContain('Belajar Matematika');
    const lessons = await raw(server.url, '/lessons/?page=2');
    expect(lessons.status).toBe(200);
    expect(lessons.body.toString()).toContain('<h1>Pelajaran</h1>');
  });

  it('redirects a directory without trailing slash, keeping the query', async () => {
    const res = await raw(server.url, '/lessons?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/lessons/?x=1');
  });

  it('never redirects off-site', async () => {
    const res = await raw(server.url, '//lessons');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/lessons/');
  });

  it('serves /about from about.html like GitHub Pages and Netlify', async () => {
    const res = await raw(server.url, '/about');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('<h1>Tentang</h1>');
  });

  it('answers missing paths with 404.html and status 404', async () => {
    for (const path of ['/nope', '/nope/', '/assets/missing.css']) {
      const res = await raw(server.url, path);
      expect(res.status, path).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body.toString()).toContain('404: halaman tidak ditemukan');
    }
  });

  it('answers HEAD with headers only', async () => {
    const res = await raw(server.url, '/assets/style.css', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(Number(res.headers['content-length'])).toBe((await readFile(join(siteDir, 'assets/style.css'))).length);
    expect(res.body.length).toBe(0);
  });

  it('refuses other methods', async () => {
    const res = await raw(server.url, '/', { method: 'POST' });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/lessons/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt'])(
    'refuses path traversal %s',
    async (path) => {
      const res = await raw(server.url, path);
      expect(res.status).toBe(403);
      expect(res.body.toString()).not.toContain('TOP-SECRET');
    },
  );

  it('rejects malformed escapes and NUL bytes', async () => {
    expect((await raw(server.url, '/%E0%A4%A')).status).toBe(400);
    expect((await raw(server.url, '/index.html%00.txt')).status).toBe(400);
  });

  it('does not follow symlinks out of the site', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'guru-testing-'));
    try {
      await symlink(join(fixtures, 'secret.txt'), join(dir, 'leak.txt'));
      const linked = await serveStatic(dir);
      try {
        const res = await raw(linked.url, '/leak.txt');
        expect(res.status).toBe(403);
        expect(res.body.toString()).not.toContain('TOP-SECRET');
      } finally {
        await linked.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gzips text only when asked and when the client accepts it', async () => {
    const zipped = await serveStatic(siteDir, { gzip: true });
    try {
      const css = await readFile(join(siteDir, 'assets/style.css'));
      const gz = await raw(zipped.url, '/assets/style.css', { headers: { 'accept-encoding': 'br, gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers.vary).toBe('Accept-Encoding');
      expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
      expect(gunzipSync(gz.body).equals(css)).toBe(true);

      const refused = await raw(zipped.url, '/assets/style.css', { headers: { 'accept-encoding': 'gzip;q=0, *' } });
      expect(refused.headers['content-encoding']).toBeUndefined();
      expect(refused.body.equals(css)).toBe(true);

      const png = await raw(zipped.url, '/assets/dot.png', { headers: { 'accept-encoding': 'gzip' } });
      expect(png.headers['content-encoding']).toBeUndefined();
    } finally {
      await zipped.close();
    }
    // Default server: raw bytes even when gzip is accepted (page-weight numbers stay raw).
    const plain = await raw(server.url, '/assets/style.css', { headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('serves a site under a base path, as GitHub Pages serves a project site', async () => {
    const based = await serveStatic(siteDir, { base: '/blog-bu-ani/' });
    try {
      const css = await readFile(join(siteDir, 'assets/style.css'));
      expect((await raw(based.url, '/blog-bu-ani/assets/style.css')).body.equals(css)).toBe(true);
      const home = await raw(based.url, '/blog-bu-ani?x=1');
      expect([home.status, home.headers.location]).toEqual([301, '/blog-bu-ani/?x=1']);
      expect((await raw(based.url, '/blog-bu-ani/')).body.toString()).toBe(await readFile(join(siteDir, 'index.html'), 'utf8'));
      expect((await raw(based.url, '/assets/style.css')).status).toBe(404);
      expect((await raw(based.url, '/blog-bu-ani-2/assets/style.css')).status).toBe(404);
      expect((await raw(based.url, '/blog-bu-ani/../secret.txt')).status).toBe(403);
    } finally {
      await based.close();
    }
  });
});

describe('isLocalUrl', () => {
  it('allows loopback and non-network schemes only', () => {
    expect(isLocalUrl('http://127.0.0.1:8080/a')).toBe(true);
    expect(isLocalUrl('http://localhost/a')).toBe(true);
    expect(isLocalUrl('data:text/plain,hi')).toBe(true);
    expect(isLocalUrl('http://example.invalid/x.png')).toBe(false);
    expect(isLocalUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isLocalUrl('http://127.0.0.1.example.invalid/')).toBe(false);
    expect(isLocalUrl('not a url')).toBe(false);
  });
});

describe('browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds an executable Chromium', async () => {
    const path = await ensureChromium();
    expect(path).toMatch(/chrom/);
    expect(browser.version()).toMatch(/^\d+\./);
  });

  it('runs axe under a strict CSP: clean page has no violations', async () => {
    const { page, consoleErrors, close } = await newIsolatedPage(browser);
    try {
      await page.goto(`${server.url}/`);
      // The hashed inline script ran, so the CSP is in force and correct.
      expect(await page.evaluate(() => document.documentElement.dataset.ready)).toBe('yes');
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      // Injecting axe must not trip the page's CSP.
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reports real problems on the bad page', async () => {
    const { page, close } = await newIsolatedPage(browser);
    try {
      await page.goto(`${server.url}/bad/`);
      const violations = await runAxe(page);
      const ids = violations.map((v) => v.id);
      expect(ids).toContain('image-alt');
      expect(ids).toContain('button-name');
      const report = formatViolations(violations);
      expect(report).toMatch(/^\d+ accessibility violations:/);
      expect(report).toContain('image-alt [critical] Images must have alternative text');
      expect(report).toContain('<img src="/assets/logo.svg" width="64" height="64">');

      // Rules can be switched off per call.
      const fewer = await runAxe(page, { disableRules: ['image-alt'] });
      expect(fewer.map((v) => v.id)).not.toContain('image-alt');
    } finally {
      await close();
    }
  });

  it('axeEveryPage reports each failing page, by violation and by console error, and passes the clean one', async () => {
    const failures = await axeEveryPage(browser, { origin: server.url, paths: ['/', '/bad/', '/csp/'], view: { width: 360, colorScheme: 'dark' } });
    expect(failures.some((f) => f.startsWith('/ '))).toBe(false);
    expect(failures.find((f) => f.startsWith('/bad/ (360 px, dark):'))).toContain('image-alt');
    expect(failures.find((f) => f.startsWith('/csp/ (360 px, dark) console:'))).toMatch(/Content Security Policy/);
  });

  it('collects console errors and uncaught exceptions', async () => {
    const { page, consoleErrors, close } = await newIsolatedPage(browser);
    try {
      await page.goto(`${server.url}/console/`);
      await expect.poll(() => consoleErrors.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
      expect(consoleErrors).toContainEqual(expect.stringContaining('galat uji'));
      expect(consoleErrors).toContain('Uncaught Error: gagal sengaja');
      // The aborted remote image is reported in blockedRequests, not as page noise.
      expect(consoleErrors.join('\n')).not.toContain('ERR_BLOCKED_BY_CLIENT');
    } finally {
      await close();
    }
  });

  it('keeps the real CSP by default, so a wrong script hash shows up', async () => {
    const strict = await newIsolatedPage(browser);
    try {
      await strict.page.goto(`${server.url}/csp/`);
      expect(await strict.page.title()).toBe('CSP');
      expect(strict.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    } finally {
      await strict.close();
    }
    const bypassed = await newIsolatedPage(browser, { bypassCSP: true });
    try {
      await bypassed.page.goto(`${server.url}/csp/`);
      expect(await bypassed.page.title()).toBe('tidak boleh jalan');
      expect(bypassed.consoleErrors).toEqual([]);
    } finally {
      await bypassed.close();
    }
  });

  it('aborts non-loopback requests inside Chromium', async () => {
    const { page, blockedRequests, close } = await newIsolatedPage(browser);
    try {
      const failures: string[] = [];
      page.on('requestfailed', (req) => failures.push(`${req.url()} ${req.failure()?.errorText}`));
      await page.goto(`${server.url}/console/`);
      await expect.poll(() => failures.length, { timeout: 15_000 }).toBeGreaterThan(0);
      expect(blockedRequests).toEqual(['http://example.invalid/x.png']);
      // Blocked by our route before DNS or connect, not a network failure.
      expect(failures).toEqual([expect.stringMatching(/^http:\/\/example\.invalid\/x\.png net::ERR_BLOCKED_BY_CLIENT/)]);
      expect(await page.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(0);
      // WebSockets bypass route(); they have their own fence.
      const ws = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket('ws://example.invalid/socket');
            socket.onopen = () => resolve('open');
            socket.onclose = () => resolve('closed');
          }),
      );
      expect(ws).toBe('closed');
      expect(blockedRequests).toContain('ws://example.invalid/socket');
    } finally {
      await close();
    }
  });

  it('also stops traffic at the browser level when no route is installed', async () => {
    // A trap on 127.0.0.2 (still loopback, but not an allowed host): if the host-resolver
    // backstop failed, Chromium would reach it.
    const hits: string[] = [];
    const trap = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('trap');
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.2', resolve));
    const { port } = trap.address() as AddressInfo;
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      const outcome = await page.evaluate(async (url) => {
        try {
          await fetch(url, { mode: 'no-cors' });
          return 'reached';
        } catch {
          return 'failed';
        }
      }, `http://127.0.0.2:${port}/leak`);
      expect(outcome).toBe('failed');
      await expect(page.goto(`http://127.0.0.2:${port}/nav`)).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
      expect(hits).toEqual([]);
    } finally {
      await context.close();
      await new Promise((resolve) => trap.close(resolve));
    }
  });
});
