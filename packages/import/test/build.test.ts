// The imported site must build, and every old address must lead to a page that exists in it.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type StaticServer, serveStatic } from '@guru-blog/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as guruBlog } from '../../theme/src/cli/index.ts';
import { FIXTURES, type ImageHosts, makeSite, read, startImageHosts } from './helpers.ts';

const astroBin = join(createRequire(import.meta.url).resolve('astro/package.json'), '../bin/astro.mjs');

let hosts: ImageHosts;
let root: string;
let output = '';
let code = 0;

/** Imports both fixtures into a new site and builds it; returns the build's exit code and output. */
async function importAndBuild(site: string): Promise<{ code: number; output: string }> {
  let output = '';
  const { importCommand } = await import('../src/index.ts');
  for (const [source, file] of [
    ['blogger', 'blogger-lama.xml'],
    ['wordpress', 'wordpress.xml'],
  ] as const) {
    const status = await importCommand([source, join(FIXTURES, file)], {
      cwd: site,
      lang: 'id',
      stdout: () => {},
      stderr: (text) => {
        output += text;
      },
      fetch: hosts.fetch,
      env: {},
    });
    expect(status).toBe(0);
  }
  try {
    const result = await promisify(execFile)(process.execPath, [astroBin, 'build'], { cwd: site, maxBuffer: 1 << 26 });
    return { code: 0, output: output + result.stdout + result.stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: output + failed.stdout + failed.stderr };
  }
}

beforeAll(async () => {
  hosts = await startImageHosts();
  root = makeSite('dibangun');
  // As after `npm install -D @guru-blog/import`: the theme's CLI finds the package from the site.
  mkdirSync(join(root, 'node_modules/@guru-blog'), { recursive: true });
  symlinkSync(join(import.meta.dirname, '..'), join(root, 'node_modules/@guru-blog/import'));
  ({ code, output } = await importAndBuild(root));
  // An Astro build on a loaded 2-core machine (CI runs every package at once) can take minutes.
}, 900_000);
afterAll(async () => hosts?.close());

/** The built file that answers `path` on a static host. */
function builtFile(path: string, site = root): string | undefined {
  const clean = decodeURI(path.split('?')[0]!).replace(/^\//, '');
  const candidates = [join(site, 'dist', clean), join(site, 'dist', clean, 'index.html'), join(site, 'dist', `${clean}.html`)];
  // `/2019/08/x.html` is built as the folder `x.html/` with an index.html: GitHub Pages answers the
  // old address with a redirect to `x.html/`, then that page's meta refresh.
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

describe('an imported site', () => {
  it('builds', () => {
    expect(output).not.toContain('[ERROR]');
    expect(code).toBe(0);
    expect(existsSync(join(root, 'dist/posts/belajar-pecahan-kertas-lipat/index.html'))).toBe(true);
    expect(existsSync(join(root, 'dist/profil-guru/index.html'))).toBe(true);
    const post = readFileSync(join(root, 'dist/posts/belajar-pecahan-kertas-lipat/index.html'), 'utf8');
    // The downloaded image is optimised by Astro; the YouTube address became the theme's embed.
    expect(post).toMatch(/<img[^>]+src="\/_astro\/[^"]+\.webp"/);
    expect(post).not.toContain('blogger.googleusercontent.com');
    expect(post).toContain('embed--youtube');
    // The worksheet a post linked to is published with the site, where its link points.
    const kebun = readFileSync(join(root, 'dist/posts/kunjungan-kebun-sekolah/index.html'), 'utf8');
    expect(kebun).toContain('href="/lampiran/posts/kunjungan-kebun-sekolah/lks-kebun-sekolah.pdf"');
    expect(readFileSync(join(root, 'dist/lampiran/posts/kunjungan-kebun-sekolah/lks-kebun-sekolah.pdf'), 'utf8').startsWith('%PDF-')).toBe(true);
  });

  it('redirects every old address to a page that exists (meta refresh for GitHub Pages)', () => {
    const redirects = JSON.parse(read(root, 'redirects.json')) as Record<string, string>;
    expect(Object.keys(redirects).length).toBeGreaterThan(10);
    for (const [from, to] of Object.entries(redirects)) {
      const page = builtFile(from);
      expect(page, from).toBeDefined();
      expect(readFileSync(page!, 'utf8'), from).toContain(`http-equiv="refresh" content="0;url=${to}"`);
      expect(builtFile(to), to).toBeDefined();
    }
    // Netlify's lines (query ones included) point at pages that exist too.
    for (const line of read(root, 'public/_redirects').split('\n')) {
      if (!line.startsWith('/')) continue;
      const to = line.trim().split(/\s+/).at(-2)!;
      expect(builtFile(to), line).toBeDefined();
    }
  });

  it('the theme CLI runs the import through `guru-blog import`, and a second run changes nothing', async () => {
    let stdout = '';
    const status = await guruBlog(['import', 'blogger', join(FIXTURES, 'blogger-lama.xml'), '--no-images'], {
      cwd: root,
      env: {},
      now: () => new Date(),
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stdout += text;
      },
    });
    expect(stdout).toContain('Impor Blogger selesai');
    expect(status).toBe(0);
  });
});

describe('an imported project site (GitHub Pages, `base: /blog`)', () => {
  let site: string;
  let server: StaticServer;
  let build: { code: number; output: string };
  beforeAll(async () => {
    site = makeSite('dibangun-base', { base: '/blog' });
    build = await importAndBuild(site);
    server = await serveStatic(join(site, 'dist'), { base: '/blog' });
  }, 900_000);
  afterAll(async () => server?.close());

  /** The page a browser ends on from `path`: HTTP redirects followed, then the meta refresh. */
  async function land(path: string): Promise<{ status: number; refresh?: string; html: string }> {
    const response = await fetch(`${server.url}${path}`, { redirect: 'follow' });
    const html = await response.text();
    const refresh = /http-equiv="refresh" content="0;url=([^"]+)"/.exec(html)?.[1];
    return { status: response.status, html, ...(refresh ? { refresh } : {}) };
  }

  it('writes every redirect target, the links between posts and the report under the base', () => {
    expect(build.output).not.toContain('[ERROR]');
    expect(build.code).toBe(0);
    const astro = JSON.parse(read(site, 'redirects.json')) as Record<string, string>;
    expect(astro['/2019/08/belajar-pecahan-kertas-lipat.html']).toBe('/blog/posts/belajar-pecahan-kertas-lipat/');
    expect(astro['/2019/09/02/ekosistem-sekolah/']).toBe('/blog/posts/ekosistem-sekolah/');
    for (const to of Object.values(astro)) expect(to.startsWith('/blog/'), to).toBe(true);
    const netlify = read(site, 'public/_redirects');
    expect(netlify).toContain('/2019/08/17/praktikum-sel-bawang/  /blog/posts/praktikum-sel-bawang/  301!');
    expect(netlify).toContain('/  p=12  /blog/posts/praktikum-sel-bawang/  301!');
    expect(netlify).toContain('/feed/  /blog/rss.xml  301!');
    expect(netlify).not.toMatch(/ {2}\/(?!blog\/)[^ ]* {2}301!/);
    expect(read(site, '.guru-blog/import-wordpress.md')).toContain(
      'https://guruipa.sch.id/2019/08/17/praktikum-sel-bawang/ → https://guru.example.sch.id/blog/posts/praktikum-sel-bawang/',
    );
    expect(read(site, 'src/content/posts/praktikum-sel-bawang/index.md')).toContain('[tulisan ekosistem](/blog/posts/ekosistem-sekolah/)');
  });

  it('serves the attachments a post links to at the address of the link, under the base', async () => {
    const post = await land('/blog/posts/kunjungan-kebun-sekolah/');
    const href = /href="([^"]+\.pdf)"/.exec(post.html)?.[1];
    expect(href).toBe('/blog/lampiran/posts/kunjungan-kebun-sekolah/lks-kebun-sekolah.pdf');
    const pdf = await fetch(`${server.url}${href}`);
    expect(pdf.status).toBe(200);
    expect((await pdf.text()).startsWith('%PDF-')).toBe(true);
  });

  it('every old address, served under /blog, leads to a page that exists', async () => {
    const astro = JSON.parse(read(site, 'redirects.json')) as Record<string, string>;
    expect(Object.keys(astro).length).toBeGreaterThan(10);
    for (const [from, to] of Object.entries(astro)) {
      const old = await land(`/blog${encodeURI(from)}`);
      expect(old.status, from).toBe(200);
      expect(old.refresh, from).toBe(to);
      const page = await land(to);
      expect(page.status, to).toBe(200);
      expect(page.refresh, to).toBeUndefined();
    }
    for (const line of read(site, 'public/_redirects').split('\n')) {
      if (!line.startsWith('/')) continue;
      const to = line.trim().split(/\s+/).at(-2)!;
      const page = await land(to);
      expect(page.status, line).toBe(200);
      expect(page.refresh, line).toBeUndefined();
    }
  });
});
