import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPagefind } from '@guru-blog/testing';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, dist, htmlFiles, page, postsDir, routeOf, sourcePosts } from './dist.ts';

const SITE = 'https://bu-ratna.example.sch.id';
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

beforeAll(assertBuilt);

const posts = sourcePosts();
const published = posts.filter((p) => !p.draft);

describe('the built example blog', () => {
  it('has at least 12 published posts and one draft', () => {
    expect(published.length).toBeGreaterThanOrEqual(12);
    expect(posts.some((p) => p.draft)).toBe(true);
  });

  it('renders a page for every published post and none for drafts', () => {
    for (const post of published) {
      const html = page(`/posts/${post.id}/`);
      expect(html.querySelector('h1')?.text.trim(), post.id).toBe(post.title);
      expect(html.querySelector('title')?.text).toContain(post.title);
    }
    for (const draft of posts.filter((p) => p.draft)) expect(existsSync(join(dist, 'posts', draft.id))).toBe(false);
  });

  it('lists every tag with its posts', () => {
    const tags = new Map<string, Set<string>>();
    for (const post of published) for (const tag of post.tags) tags.set(slug(tag), (tags.get(slug(tag)) ?? new Set()).add(post.id));
    const index = page('/tags/');
    for (const [tag, ids] of tags) {
      expect(index.querySelector(`a[href="/tags/${tag}/"]`), tag).not.toBeNull();
      const links = page(`/tags/${tag}/`)
        .querySelectorAll('.post-card h2 a')
        .map((a) => a.getAttribute('href'));
      expect(new Set(links)).toEqual(new Set([...ids].map((id) => `/posts/${id}/`)));
    }
  });

  it('paginates the post list and archives by year', () => {
    const first = page('/posts/').querySelectorAll('.post-card');
    expect(first.length).toBe(10);
    const second = page('/posts/page/2/').querySelectorAll('.post-card');
    expect(first.length + second.length).toBe(published.length);
    const archiveLinks = page('/archive/')
      .querySelectorAll('main li a')
      .map((a) => a.getAttribute('href'));
    expect(new Set(archiveLinks)).toEqual(new Set(published.map((p) => `/posts/${p.id}/`)));
    expect(existsSync(join(dist, 'archive/2024/index.html'))).toBe(true);
  });

  it('renders GFM: tables, task lists with accessible names, footnotes, strikethrough', () => {
    const all = published.map((p) => page(`/posts/${p.id}/`));
    expect(all.some((h) => h.querySelector('.post-body table th'))).toBe(true);
    const boxes = all.flatMap((h) => h.querySelectorAll('.post-body input[type=checkbox]'));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box.getAttribute('aria-label')?.length).toBeGreaterThan(3);
    expect(all.some((h) => h.querySelector('[data-footnotes], .footnotes'))).toBe(true);
    expect(all.some((h) => h.querySelector('.post-body del'))).toBe(true);
  });

  it('shows a table of contents on the long post only, linking to real headings', () => {
    const withToc = published.filter((p) => page(`/posts/${p.id}/`).querySelector('nav.toc'));
    expect(withToc.length).toBeGreaterThanOrEqual(1);
    for (const post of withToc) {
      const html = page(`/posts/${post.id}/`);
      expect(post.body.split(/\s+/).length).toBeGreaterThan(900);
      for (const a of html.querySelectorAll('nav.toc a')) expect(html.getElementById(a.getAttribute('href')!.slice(1)), a.text).not.toBeNull();
    }
    const short = published.find((p) => p.body.split(/\s+/).length < 600);
    if (short) expect(page(`/posts/${short.id}/`).querySelector('nav.toc')).toBeNull();
  });

  it('turns a pasted GeoGebra <iframe> code into a click-to-load card the CSP allows', () => {
    const pythagoras = published.find((p) => /pythagoras/.test(p.id) && p.body.includes('<iframe'))!;
    const html = page(`/posts/${pythagoras.id}/`);
    const frame = html.querySelector('.post-body figure.embed--geogebra iframe');
    expect(frame?.getAttribute('src')).toBeUndefined();
    expect(frame?.getAttribute('title')).toBe('Bukti Pythagoras dengan persegi');
    expect(frame?.getAttribute('srcdoc')).toContain('href="https://www.geogebra.org/material/iframe/id/mvxcwvnk"');
    const csp = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    expect(/frame-src [^;]*/.exec(csp)?.[0]).toContain('https://www.geogebra.org');
  });

  it('serves a large photo in a post at 720 and 1280 px, and a small image at its own size', async () => {
    const html = page(`/posts/${published.find((p) => p.body.includes('mengukur-bayangan-tiang-bendera.jpg'))!.id}/`);
    const photo = html.querySelector('.post-body img[alt^="Tiang bendera"]')!;
    expect(photo.getAttribute('sizes')).toBeTruthy();
    const candidates = (photo.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/));
    expect(candidates.map(([, w]) => w)).toEqual(['720w', '1280w']);
    for (const [src, w] of candidates) expect((await sharp(join(dist, src!)).metadata()).width).toBe(Number.parseInt(w!, 10));
    // The plain src (feed readers, browsers without srcset) is the small file.
    expect((await sharp(join(dist, photo.getAttribute('src')!)).metadata()).width).toBe(720);
    expect([photo.getAttribute('width'), photo.getAttribute('height')]).toEqual(['720', String(Math.round((720 * 1800) / 2400))]);
    // The original is 2400 px wide; no copy that size is served.
    expect((await sharp(join(dist, '..', 'src/assets/posts/mengukur-bayangan-tiang-bendera.jpg')).metadata()).width).toBe(2400);
    const small = page('/posts/pecahan-di-garis-bilangan/').querySelector('.post-body img')!;
    expect(small.getAttribute('srcset')).toBeUndefined();
    expect((await sharp(join(dist, small.getAttribute('src')!)).metadata()).width).toBe(800);
    // The feed carries the same image; a reader resolves no relative URL, so all are absolute.
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const feedSrcset = /srcset="([^"]*mengukur[^"]*)"/.exec(rss.replace(/&quot;/g, '"'))?.[1] ?? '';
    expect(feedSrcset.split(/,\s+/).map((c) => c.split(/\s+/)[0])).toEqual(candidates.map(([src]) => `${SITE}${src}`));
  });

  it('gives hero images as responsive AVIF with a WebP fallback, alt text and social-card tags', async () => {
    const heroPosts = published.filter((p) => page(`/posts/${p.id}/`).querySelector('figure.hero'));
    expect(heroPosts.length).toBeGreaterThan(0);
    for (const post of heroPosts) {
      const html = page(`/posts/${post.id}/`);
      const sources = html.querySelectorAll('figure.hero source');
      expect(sources.map((s) => s.getAttribute('type'))).toEqual(['image/avif']);
      // Two widths, each a real AVIF of that width: a 720 px phone fetches the small one.
      const candidates = (sources[0]!.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/));
      expect(candidates.map(([, w]) => w)).toEqual(['720w', '960w']);
      for (const [src, w] of candidates) {
        const meta = await sharp(join(dist, new URL(src!, SITE).pathname)).metadata();
        expect([meta.format, meta.width]).toEqual(['heif', Number.parseInt(w!, 10)]);
      }
      expect(sources[0]!.getAttribute('sizes')).toBeTruthy();
      const img = html.querySelector('figure.hero img')!;
      expect(img.getAttribute('alt')?.length).toBeGreaterThan(10);
      const fallback = await sharp(join(dist, img.getAttribute('src')!)).metadata();
      expect([fallback.format, fallback.width, fallback.height]).toEqual(['webp', Number(img.getAttribute('width')), Number(img.getAttribute('height'))]);
      expect(fallback.width).toBeLessThanOrEqual(960);
      const og = html.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(og).toMatch(new RegExp(`^${SITE}/_astro/.+\\.jpg$`));
      expect(existsSync(join(dist, new URL(og).pathname)), og).toBe(true);
      expect(html.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
  });

  it('has JSON-LD BlogPosting and Open Graph tags on every post', () => {
    for (const post of published) {
      const html = page(`/posts/${post.id}/`);
      const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld['@type']).toBe('BlogPosting');
      expect(ld.headline).toBe(post.title);
      expect(ld.url).toBe(`${SITE}/posts/${post.id}/`);
      expect(ld.author.name).toBe('Ratna Sari Dewi, S.Pd.');
      expect(Date.parse(ld.datePublished)).not.toBeNaN();
      expect(html.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
      expect(html.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(`${SITE}/posts/${post.id}/`);
      expect(html.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE}/posts/${post.id}/`);
    }
  });

  it('dates a post written with a time in WIB on that day, not on the UTC day before', () => {
    // pubDate: 2024-12-20T06:30:00+07:00 (06:30 WIB), which is 19 December 23:30 in UTC.
    const source = readFileSync(join(postsDir, 'refleksi-akhir-semester-ganjil-2024.mdx'), 'utf8');
    expect(source).toMatch(/^pubDate: 2024-12-20T06:30:00\+07:00$/m);
    const time = page('/posts/refleksi-akhir-semester-ganjil-2024/').querySelector('.post-meta time');
    expect(time?.getAttribute('datetime')).toBe('2024-12-20');
    expect(time?.text).toBe('20 Desember 2024');
    const listed = page('/archive/2024/')
      .querySelectorAll('time')
      .map((t) => t.text);
    expect(listed).toContain('20 Desember 2024');
    expect(listed).not.toContain('19 Desember 2024');
  });

  it('publishes an RSS feed that parses and carries full content with absolute links', () => {
    const xml = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const items = [feed.rss.channel.item].flat();
    expect(feed.rss.channel.title).toBe('Matematika Bersama Bu Ratna');
    expect(items.length).toBe(Math.min(20, published.length));
    for (const item of items) {
      const id = new URL(item.link).pathname.split('/')[2]!;
      const source = published.find((p) => p.id === id);
      expect(source, item.link).toBeDefined();
      const content: string = item['content:encoded'];
      expect(content.length).toBeGreaterThan(source!.body.length / 3);
      expect(content).not.toMatch(/\s(src|href)="\/(?!\/)/);
    }
  });

  it('lists every page in the sitemap', () => {
    const parser = new XMLParser();
    const index = parser.parse(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
    const files = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname.slice(1));
    const urls = new Set(
      files.flatMap((f) => [parser.parse(readFileSync(join(dist, f), 'utf8')).urlset.url].flat().map((u: { loc: string }) => new URL(u.loc).pathname)),
    );
    // The editor (/admin/) is noindex and stays out of the sitemap.
    const pages = htmlFiles()
      .map(routeOf)
      .filter((r) => r !== '/404.html' && r !== '/admin/');
    expect(urls.has('/admin/')).toBe(false);
    expect(pages.length).toBeGreaterThan(20);
    for (const route of pages) expect(urls.has(route), route).toBe(true);
  });

  it('resolves every internal link and image', () => {
    const broken: string[] = [];
    for (const file of htmlFiles()) {
      const html = page(routeOf(file));
      for (const el of html.querySelectorAll('a[href], img[src], link[href], source[srcset], script[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('srcset')!.split(/\s/)[0]!;
        if (!raw.startsWith('/') || raw.startsWith('//')) continue;
        const path = decodeURIComponent(raw.split('#')[0]!.split('?')[0]!);
        const target = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
        if (!existsSync(target)) broken.push(`${routeOf(file)} → ${raw}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads no script file on reading pages; the inline script is tiny and allowed by the CSP', () => {
    for (const route of ['/', `/posts/${published[0]!.id}/`, '/tags/', '/archive/']) {
      const html = page(route);
      expect(html.querySelectorAll('script[src]'), route).toHaveLength(0);
      const inline = html.querySelectorAll('script:not([type="application/ld+json"])');
      const bytes = inline.reduce((n, s) => n + gzipSync(s.text, { level: 9 }).length, 0);
      expect(bytes, route).toBeLessThanOrEqual(1024);
      const csp = html.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp).toContain("object-src 'none'");
      // Only style attributes may be inline (table alignment, highlighted code); scripts and
      // <style> elements never.
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
      );
      expect(directives.get('style-src-attr'), route).toEqual(["'unsafe-inline'"]);
      for (const [name, values] of directives) if (name !== 'style-src-attr') expect(values, `${route}: ${name}`).not.toContain("'unsafe-inline'");
      expect(directives.get('script-src'), route).toBeDefined();
      expect(directives.get('style-src'), route).toBeDefined();
      for (const s of inline) {
        const hash = createHash('sha256').update(s.text).digest('base64');
        expect(csp, `${route}: inline script hash`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it('indexes only post content, with kind and tag filters, and finds Indonesian words', async () => {
    const pagefind = await openPagefind(dist);
    try {
      const pythagoras = published.find((p) => /pythagoras/i.test(p.id))!;
      expect(await pagefind.search('segitiga siku-siku')).toContain(`/posts/${pythagoras.id}/`);
      expect((await pagefind.search('pythagoras')).slice(0, 2)).toContain(`/posts/${pythagoras.id}/`);
      const diferensiasi = published.find((p) => /diferensiasi/.test(p.id))!;
      expect((await pagefind.search('berdiferensiasi'))[0]).toBe(`/posts/${diferensiasi.id}/`);
      // Stemming for Indonesian: an affixed form that no post contains still finds the root word.
      expect(published.some((p) => /pengajaran/i.test(p.body))).toBe(false);
      const stemmed = await pagefind.search('pengajaran');
      const mengajar = published.filter((p) => /\bmengajar\b/i.test(p.body)).map((p) => `/posts/${p.id}/`);
      expect(stemmed.some((r) => mengajar.includes(r))).toBe(true);
      const filters = await pagefind.filters();
      expect(Object.keys(filters.kind ?? {}).sort()).toEqual(['Rencana Pembelajaran', 'Tulisan']);
      expect(Object.keys(filters.tag ?? {}).length).toBeGreaterThan(3);
      const all = await pagefind.search('guru');
      expect(all.every((r) => /^\/(posts|lessons)\/[^/]+\/$/.test(r) || r === '/about/')).toBe(true);
      const tagged = await pagefind.search('siswa', { tag: 'geometri', kind: 'Tulisan' });
      const geometri = published.filter((p) => p.tags.includes('geometri')).map((p) => `/posts/${p.id}/`);
      expect(tagged.length).toBeGreaterThan(0);
      for (const r of tagged) expect(geometri).toContain(r);
    } finally {
      await pagefind.close();
    }
  });

  it("uses the site's own about page instead of the injected one", () => {
    const about = page('/about/');
    expect(about.querySelector('h1')?.text).toBe('Tentang Saya');
    expect(about.querySelector('html')?.getAttribute('lang')).toBe('id');
  });
});
