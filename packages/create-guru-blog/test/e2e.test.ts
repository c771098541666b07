// End to end without the public registry for our own packages: the theme is packed to a tarball,
// the built CLI scaffolds a blog pointing at it, pnpm installs from its store, astro builds it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, newIsolatedPage, serveStatic } from '@guru-blog/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDeployFiles } from './deploy-check.ts';
import { tempDir } from './helpers.ts';
import { crawlSite } from './site-crawl.ts';

const BIN = fileURLToPath(new URL('../bin/create-guru-blog.mjs', import.meta.url));
const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));

let tarball: string;
let communityTarball: string;
let cwd: string;

/** `pnpm pack` of a workspace package into `dir`; the tarball's path. */
function pack(name: string, dir: string): string {
  execFileSync('pnpm', ['pack', '--pack-destination', dir], { cwd: join(PACKAGES, name), stdio: 'pipe' });
  const file = readdirSync(dir).find((f) => f.endsWith('.tgz') && f.includes(name));
  if (!file) throw new Error(`pnpm pack wrote no tarball for ${name} in ${dir}`);
  return join(dir, file);
}

beforeAll(() => {
  const packs = tempDir('cgb-packs-');
  tarball = pack('theme', packs);
  communityTarball = pack('community', packs);
  cwd = tempDir('cgb-e2e-');
});

function scaffold(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_user_agent: 'pnpm/12.21.0 npm/? node/v24.0.0 linux x64', CI: 'true' },
    timeout: 300_000,
  });
}

describe('create-guru-blog, end to end', () => {
  it('--yes with flags: writes, installs offline from the tarball, and the blog builds with the answers', async () => {
    const result = scaffold([
      'Blog Bu Ani',
      '--yes',
      '--title',
      'Catatan IPA Bu Ani',
      '--author',
      'Ani Lestari, S.Pd.',
      '--school',
      'SMP Negeri 2 Bantul',
      '--mapel',
      'ipa, matematika',
      '--deploy',
      'github-pages',
      '--cms',
      '--offline',
      '--no-git',
      '--dep',
      `@guru-blog/theme=file:${tarball}`,
    ]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const dir = join(cwd, 'Blog Bu Ani');
    expect(result.stdout).toContain('Dependensi terpasang.');
    expect(result.stdout).toContain('cd "Blog Bu Ani"');
    expect(existsSync(join(dir, 'node_modules', '@guru-blog', 'theme', 'package.json'))).toBe(true);
    expect(existsSync(join(dir, '.github', 'workflows', 'deploy.yml'))).toBe(true);
    expect(existsSync(join(dir, '.git'))).toBe(false);
    // The deploy files run this blog's own scripts on a Node its installed astro accepts.
    const read = (path: string) => readFileSync(join(dir, path), 'utf8');
    const astroEngines = JSON.parse(read('node_modules/astro/package.json')).engines.node;
    const files = Object.fromEntries(['package.json', '.nvmrc', 'astro.config.mjs', 'README.md', '.github/workflows/deploy.yml'].map((p) => [p, read(p)]));
    expect(checkDeployFiles({ files, astroEngines })).toEqual([]);

    // As the GitHub Pages workflow builds it: a project site under a sub-path.
    const build = spawnSync('pnpm', ['run', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, SITE_URL: 'https://ani.github.io', BASE_PATH: '/blog-bu-ani' },
      timeout: 300_000,
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const dist = join(dir, 'dist');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<title>Catatan IPA Bu Ani</title>');
    expect(home).toContain('Ani Lestari, S.Pd.');
    expect(home).toContain('SMP Negeri 2 Bantul');
    expect(home).toContain('Mengajar Ilmu Pengetahuan Alam dan Matematika');
    expect(home).toContain('href="/blog-bu-ani/posts/selamat-datang/"');

    const lesson = readFileSync(join(dist, 'lessons', 'contoh-modul-ajar-ilmu-pengetahuan-alam', 'index.html'), 'utf8');
    expect(lesson).toContain('Contoh Modul Ajar Ilmu Pengetahuan Alam');
    expect(lesson).toMatch(/Kelas\s*7|kelas 7/i);
    expect(readFileSync(join(dist, 'posts', 'selamat-datang', 'index.html'), 'utf8')).toContain('Halo! Saya Ani Lestari, S.Pd.');
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('https://ani.github.io/blog-bu-ani/lessons/');

    // Search on the project site: results link under the base path, and the link opens the post.
    const server = await serveStatic(dist, { base: '/blog-bu-ani' });
    const browser = await launchBrowser();
    try {
      const { page, consoleErrors, close } = await newIsolatedPage(browser);
      await page.goto(`${server.url}/blog-bu-ani/search/?q=markdown`, { waitUntil: 'load' });
      const first = page.locator('[data-results] li a').first();
      await first.waitFor({ timeout: 15_000 });
      expect(await first.getAttribute('href')).toBe('/blog-bu-ani/posts/selamat-datang/');
      await first.click();
      await page.waitForURL(/\/blog-bu-ani\/posts\/selamat-datang\//);
      expect(await page.locator('h1').textContent()).toContain('Selamat Datang');
      expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
      await close();

      // Every page, asset, feed link and the CMS's /admin/ (the blog was made with --cms) resolve under the base path.
      const crawl = await crawlSite(browser, dist, server.url, '/blog-bu-ani', 'https://ani.github.io/blog-bu-ani');
      expect(crawl.problems, crawl.problems.join('\n')).toEqual([]);
      expect(crawl.pages).toEqual(expect.arrayContaining(['/blog-bu-ani/', '/blog-bu-ani/posts/selamat-datang/', '/blog-bu-ani/search/']));
      expect(crawl.checked).toBeGreaterThan(crawl.pages.length);
      expect(crawl.pages).toContain('/blog-bu-ani/admin/');
    } finally {
      await browser.close();
      await server.close();
    }
    // Pack, install, build and a browser over every page: minutes on a loaded 2-core machine.
  }, 480_000);

  it("--template community: an organizer's directory that builds from its (empty) store", async () => {
    const result = scaffold([
      'komunitas',
      '--template',
      'community',
      '--yes',
      '--title',
      'Blog Guru IGI Sleman',
      '--author',
      'IGI Kabupaten Sleman',
      '--deploy',
      'github-pages',
      '--offline',
      '--no-git',
      '--dep',
      `@guru-blog/theme=file:${tarball}`,
      '--dep',
      `@guru-blog/community=file:${communityTarball}`,
    ]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain('pnpm feeds:update');
    const dir = join(cwd, 'komunitas');
    expect(readFileSync(join(dir, '.github', 'workflows', 'deploy.yml'), 'utf8')).toContain('run feeds:update || true');
    const build = spawnSync('pnpm', ['run', 'build'], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(readFileSync(join(dir, 'dist', 'index.html'), 'utf8')).toContain('<title>Blog Guru IGI Sleman</title>');
    const members = readFileSync(join(dir, 'dist', 'anggota', 'index.html'), 'utf8');
    for (const name of ['Ani Suryani, S.Pd.', 'Budi Santoso', 'Citra Lestari']) expect(members).toContain(name);
    expect(existsSync(join(dir, 'dist', 'feed.xml'))).toBe(true);
    // The installed CLI runs from its built dist/ (no network needed for OPML).
    const opml = spawnSync('pnpm', ['exec', 'guru-community', 'opml'], { cwd: dir, encoding: 'utf8' });
    expect(opml.status, opml.stdout + opml.stderr).toBe(0);
    expect(opml.stdout).toContain('xmlUrl="https://contoh-pakbudi.wordpress.com/category/ipa/feed/"');

    // Before the first fetch there is nothing to search: the search page says so, and does not hang.
    const server = await serveStatic(join(dir, 'dist'));
    const browser = await launchBrowser();
    try {
      const { page, consoleErrors, close } = await newIsolatedPage(browser);
      await page.goto(`${server.url}/search/?q=fotosintesis`, { waitUntil: 'load' });
      await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 }).toContain('Tidak ada hasil untuk “fotosintesis”');
      expect(consoleErrors).toEqual([]);
      await close();
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('--dry-run writes nothing', () => {
    const before = readdirSync(cwd);
    const result = scaffold(['uji-coba', '--yes', '--dry-run']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('astro.config.mjs');
    expect(readdirSync(cwd)).toEqual(before);
  });

  it('refuses a folder with files in it and leaves it untouched', () => {
    // A folder of its own, so the test does not depend on what an earlier one left in cwd.
    const full = join(cwd, 'Blog Pak Budi');
    mkdirSync(full);
    writeFileSync(join(full, 'catatan.txt'), 'jangan dihapus');
    const result = scaffold(['Blog Pak Budi', '--yes', '--no-install', '--no-git']);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/sudah berisi 1 berkas\/folder/);
    expect(result.stdout + result.stderr).toContain('Blog Pak Budi-2');
    expect(readdirSync(full)).toEqual(['catatan.txt']);
    expect(readFileSync(join(full, 'catatan.txt'), 'utf8')).toBe('jangan dihapus');
  });

  it('names a bad option and exits 2', () => {
    const result = scaffold(['--judul', 'x']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Opsi --judul tidak dikenal');
  });
});
