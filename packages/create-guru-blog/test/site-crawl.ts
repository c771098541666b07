// Opens every built page of a site served under a base path (as GitHub Pages serves a project
// site) in Chromium and checks that everything it points to on the site resolves: pages, styles,
// scripts, images, the feed and the feed's item links. Returns what failed.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type launchBrowser, newIsolatedPage } from '@guru-blog/testing';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

export interface CrawlResult {
  pages: string[];
  checked: number;
  problems: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

export async function crawlSite(browser: Browser, dist: string, origin: string, base: string, site: string): Promise<CrawlResult> {
  const { page, context, consoleErrors, close } = await newIsolatedPage(browser);
  const problems: string[] = [];
  const seen = new Map<string, number>();
  const pages = htmlFiles(dist)
    .map((f) => `${base}/${relative(dist, f).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .filter((p) => !p.endsWith('/404.html') && !p.startsWith(`${base}/admin/`));
  const hasAdmin = htmlFiles(dist).some((f) => relative(dist, f).split(sep).join('/') === 'admin/index.html');
  // Absolute addresses written with the published site's origin point at this server.
  const local = (url: string) => (url.startsWith(site) ? `${origin}${url.slice(new URL(site).origin.length)}` : url);
  async function check(url: string, from: string) {
    const target = local(url).split('#')[0]!;
    if (!target.startsWith(origin)) return;
    if (!seen.has(target)) seen.set(target, (await context.request.get(target)).status());
    const status = seen.get(target)!;
    if (status >= 400) problems.push(`${from}: ${target.slice(origin.length)} answered ${status}`);
    if (!new URL(target).pathname.startsWith(`${base}/`)) problems.push(`${from}: ${target.slice(origin.length)} is outside the base path ${base}/`);
  }
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${page.url()}: loading ${response.url()} answered ${response.status()}`);
  });
  try {
    for (const path of pages) {
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      if (!response?.ok()) {
        problems.push(`${path} answered ${response?.status()}`);
        continue;
      }
      const urls = await page.evaluate(() => {
        const found: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src], source[srcset], img[srcset], iframe[src]')) {
          for (const attr of ['href', 'src']) {
            const value = el.getAttribute(attr);
            if (value && !/^(mailto|tel|javascript|data):/.test(value)) found.push(new URL(value, document.baseURI).href);
          }
          for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) found.push(new URL(url, document.baseURI).href);
          }
        }
        return found;
      });
      for (const url of urls) await check(url, path);
    }
    // The feed and every item link in it.
    const feedHref = await (async () => {
      await page.goto(`${origin}${base}/`, { waitUntil: 'load' });
      return page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href');
    })();
    if (!feedHref) problems.push('the home page links no RSS feed');
    else {
      const feedUrl = new URL(feedHref, `${origin}${base}/`).href;
      await check(feedUrl, 'home page <link rel=alternate>');
      const xml = await (await context.request.get(local(feedUrl))).text();
      const items = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      if (!items.length) problems.push('the feed has no items');
      for (const link of items) await check(link, 'feed item');
    }
    if (consoleErrors.length) problems.push(...consoleErrors.map((e) => `console: ${e}`));
    // The CMS page: it and what it loads resolve under the base path (its sign-in needs a host, so
    // its console is not judged here).
    if (hasAdmin) {
      const response = await page.goto(`${origin}${base}/admin/`, { waitUntil: 'load' });
      if (!response?.ok()) problems.push(`${base}/admin/ answered ${response?.status()}`);
      pages.push(`${base}/admin/`);
    }
  } finally {
    await close();
  }
  return { pages, checked: seen.size, problems };
}
