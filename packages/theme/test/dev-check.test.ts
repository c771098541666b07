// The content checker inside a real `astro dev`: a teacher who saves a post with a mistake sees,
// in the browser tab already open on the blog, a page naming the file, the line, the field and
// what to write instead; once the file is fixed and saved, the tab shows the post again. Real
// Chromium, a real dev server on 127.0.0.1 in a throw-away site; every wait is on a state.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { freePort, launchBrowser, newIsolatedPage, temporaryFolders } from '@guru-blog/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const THEME = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = dirname(realpathSync(createRequire(import.meta.url).resolve('astro/package.json')));
const temp = temporaryFolders();

const GOOD_HALO = '---\ntitle: Halo Dunia\npubDate: 2025-08-17\n---\n\nIsi tulisan pertama.\n';
const GOOD_KEDUA = '---\ntitle: Tulisan Kedua\npubDate: 2025-08-18\n---\n\nIsi tulisan kedua.\n';

/** A small blog using the theme, with these posts: its packages are links to the workspace's, as an install would place them. */
function makeSite(posts: Record<string, string>): string {
  const site = temp('guru-blog-dev-check-');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  };
  write('package.json', '{ "name": "blog-uji", "private": true, "type": "module" }\n');
  write(
    'astro.config.mjs',
    "import guruBlog from '@guru-blog/theme';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [guruBlog({ title: 'Blog Uji', author: { name: 'Bu Uji' }, search: false })] });\n",
  );
  write(
    'src/content.config.ts',
    "import { postSchema, postsLoader } from '@guru-blog/theme/content';\nimport { defineCollection } from 'astro:content';\n\nexport const collections = { posts: defineCollection({ loader: postsLoader(), schema: postSchema() }) };\n",
  );
  for (const [name, text] of Object.entries(posts)) write(`src/content/posts/${name}`, text);
  mkdirSync(join(site, 'node_modules', '@guru-blog'), { recursive: true });
  symlinkSync(THEME, join(site, 'node_modules', '@guru-blog', 'theme'), 'dir');
  symlinkSync(ASTRO, join(site, 'node_modules', 'astro'), 'dir');
  return site;
}

/**
 * The environment of a teacher's `npm run dev`: without vitest's variables (with VITEST set, Astro's
 * dev server answers every page "Cannot GET") and its NODE_ENV=test; no telemetry and no update
 * check, so nothing leaves loopback.
 */
function devEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return { ...env, NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true', FORCE_COLOR: '0' };
}

interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** `astro dev` on 127.0.0.1, resolved once it prints the address it serves (Astro moves on if the port was taken meanwhile). */
async function startDev(site: string): Promise<DevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ASTRO, 'bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: site,
    env: devEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (data: Buffer) => {
      output += data;
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stripVTControlCharacters(output));
      if (match) resolve(match[0]);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`astro dev exited ${code}:\n${output}`)));
  });
  return { url, output: () => stripVTControlCharacters(output), stop };
}

let browser: Browser;
const servers: DevServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.stop();
});

/** A site with these posts and its dev server; `post()` saves a post as an editor would. */
async function devSite(posts: Record<string, string>) {
  const site = makeSite(posts);
  const dev = await startDev(site);
  servers.push(dev);
  return { dev, post: (name: string, text: string) => writeFileSync(join(site, 'src/content/posts', name), text) };
}

/** What a tab shows now; retried by expect.poll, also while the tab reloads. */
const shown = async (page: Page) => ({
  heading: await page.locator('h1').first().textContent(),
  where: await page.locator('li code').allTextContents(),
  what: await page.locator('li p').allTextContents(),
});
const WAIT = { timeout: 60_000, interval: 200 };

/** Astro's own error layer, which the checker's messages replace. */
const ASTRO_WRAPPER = /InvalidContentEntryDataError|does not match collection schema|Failed to reload|Invalid Date|same slug|\n\s+at /;

describe('the problems page in astro dev', () => {
  it('replaces the open post while a post has mistakes, says file, line, field and what to write, and goes when fixed', async () => {
    const { dev, post } = await devSite({ 'halo.md': GOOD_HALO, 'kedua.md': GOOD_KEDUA });
    const { page, consoleErrors, blockedRequests, close } = await newIsolatedPage(browser);
    try {
      await page.goto(`${dev.url}posts/halo/`);
      // (Vite may reload the tab once on a first visit, after optimising the page's dependencies.)
      await expect.poll(async () => (await shown(page)).heading, WAIT).toBe('Halo Dunia');

      // A date written the Indonesian way, and a post whose frontmatter never closes.
      post('halo.md', GOOD_HALO.replace('2025-08-17', '17-08-2025'));
      post('kedua.md', GOOD_KEDUA.replace('---\n\nIsi', '\nIsi'));

      // The tab that was open on the post turns into the problems page by itself.
      await expect
        .poll(() => shown(page), WAIT)
        .toEqual({
          heading: 'Ada yang perlu diperbaiki',
          where: ['src/content/posts/halo.md:3', 'src/content/posts/kedua.md:1'],
          what: [
            'pubDate: harus tanggal dengan format TTTT-BB-HH, misalnya 2025-07-17 (tertulis: 17-08-2025); tulis 2025-08-17',
            'penutup --- bagian isian tidak ada, sehingga seluruh tulisan terbaca sebagai isian; tambahkan baris --- setelah baris 3',
          ],
        });
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      // Every page of the site shows it, with a status that says it is not the page asked for.
      const other = await fetch(`${dev.url}posts/kedua/`, { headers: { accept: 'text/html' } });
      expect(other.status).toBe(500);
      expect(await other.text()).toContain('src/content/posts/halo.md:3');
      // The terminal says the same, once per problem.
      await expect.poll(() => dev.output().match(/src\/content\/posts\/halo\.md:3: pubDate: /g)?.length ?? 0, WAIT).toBe(1);
      expect(dev.output()).toContain(
        '2 galat dan 0 peringatan di 2 berkas. Perbaiki lalu simpan berkasnya; sampai itu, pratinjau di browser menampilkan daftar ini.',
      );

      // Fixing one file leaves the other on the page.
      post('halo.md', GOOD_HALO.replace('Isi tulisan pertama.', 'Isi tulisan pertama, sudah diperbaiki.'));
      await expect.poll(async () => (await shown(page)).where, WAIT).toEqual(['src/content/posts/kedua.md:1']);

      // Fixing the last one brings the post back, with what was saved.
      post('kedua.md', GOOD_KEDUA);
      await expect.poll(async () => (await shown(page)).heading, WAIT).toBe('Halo Dunia');
      expect(await page.locator('main').textContent()).toContain('Isi tulisan pertama, sudah diperbaiki.');
      // The checker passes as soon as the file is saved; Astro's content store takes the entry back
      // a moment later (seconds on a loaded machine), and then the post answers again.
      const kedua = () => fetch(`${dev.url}posts/kedua/`, { headers: { accept: 'text/html' } });
      await expect.poll(async () => (await kedua()).status, WAIT).toBe(200);
      expect(await (await kedua()).text()).toContain('Isi tulisan kedua.');
      expect(dev.output()).toContain('Tulisan dan pelajaran terbaca tanpa masalah.');
      expect(dev.output()).not.toMatch(ASTRO_WRAPPER);
      expect(blockedRequests).toEqual([]);
      // Chromium logs the problems page's status 500 as an error; nothing else may fail on the page.
      expect(consoleErrors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 500'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('starts with a mistake already there: the problems page, not Astro stopping with its English error; the post once fixed; then a duplicate address', async () => {
    const { dev, post } = await devSite({ 'halo.md': GOOD_HALO.replace('2025-08-17', '17-08-2025') });
    const { page, close } = await newIsolatedPage(browser);
    try {
      await page.goto(`${dev.url}posts/halo/`);
      await expect
        .poll(() => shown(page), WAIT)
        .toEqual({
          heading: 'Ada yang perlu diperbaiki',
          where: ['src/content/posts/halo.md:3'],
          what: ['pubDate: harus tanggal dengan format TTTT-BB-HH, misalnya 2025-07-17 (tertulis: 17-08-2025); tulis 2025-08-17'],
        });
      post('halo.md', GOOD_HALO);
      await expect.poll(async () => (await shown(page)).heading, WAIT).toBe('Halo Dunia');
      // A second post with the same address: an error naming both files, not Astro's English warning.
      post('salinan.md', GOOD_KEDUA.replace('title: Tulisan Kedua', 'title: Salinan\nslug: halo'));
      await expect
        .poll(() => shown(page), WAIT)
        .toEqual({
          heading: 'Ada yang perlu diperbaiki',
          where: ['src/content/posts/salinan.md:1'],
          what: [
            'alamatnya sama dengan src/content/posts/halo.md (posts/halo), sehingga hanya satu yang terbit; ganti nama salah satu berkas atau beri slug: yang berbeda',
          ],
        });
      expect(dev.output()).not.toMatch(ASTRO_WRAPPER);
    } finally {
      await close();
    }
  });
});
