import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openPagefind } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const astroBin = join(createRequire(import.meta.url).resolve('astro/package.json'), '../bin/astro.mjs');
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}/`, import.meta.url));

async function build(name: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  const root = fixture(name);
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  // Astro's data store skips unchanged files, and with them the checks and messages under test.
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  try {
    const { stdout, stderr } = await run(process.execPath, [astroBin, 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}

describe('building sites with the theme', () => {
  it('stops on bad frontmatter, naming the file, the fields and what to write, in Indonesian', async () => {
    const { code, output } = await build('bad-frontmatter');
    expect(code).not.toBe(0);
    expect(output).toContain('tanggal-salah');
    expect(output).toMatch(/pubDate.*harus tanggal dengan format TTTT-BB-HH/);
    expect(output).toMatch(/tags.*harus daftar teks/);
    expect(output).toContain('src/content/posts/tanggal-salah.md');
  });

  it('stops on a hero image file that does not exist, naming the post, the field and where it looked', async () => {
    const { code, output } = await build('missing-image');
    expect(code).not.toBe(0);
    expect(output).toContain('src/content/posts/Foto Kegiatan.md');
    expect(output).toContain(
      'src/content/posts/Foto Kegiatan.md:4: heroImage: berkas gambar "../../assets/foto-kegiatn.jpg" tidak ditemukan (dicari di src/assets/foto-kegiatn.jpg). Periksa ejaan nama berkas dan foldernya',
    );
    expect(output).not.toMatch(/ImageNotFound|\n\s+at /);
  });

  it('names the post and the path of a missing image in its Markdown, and does not publish it empty', async () => {
    const { code, output } = await build('missing-inline-image');
    expect(code).not.toBe(0);
    expect(output).toContain(
      'src/content/posts/praktikum.md:8: gambar "./gambar/daun-kelompok-1.jpg" tidak ditemukan (dicari di src/content/posts/gambar/daun-kelompok-1.jpg); periksa ejaan nama berkas dan foldernya',
    );
    expect(output).not.toMatch(/ImageNotFound|\n\s+at /);
    expect(existsSync(join(fixture('missing-inline-image'), 'dist', 'posts', 'praktikum'))).toBe(false);
  });

  it("honours lang, switched-off routes, string and component overrides, and the site's own pages", async () => {
    const { code, output } = await build('custom');
    expect(code, output).toBe(0);
    const dist = join(fixture('custom'), 'dist');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('<html lang="en"');
    expect(home).toContain('Latest posts');
    expect(home).toContain('>Articles</a>');
    expect(home).toContain('data-custom-footer');
    expect(home).not.toContain('href="/archive/"');
    expect(existsSync(join(dist, 'archive'))).toBe(false);
    expect(readFileSync(join(dist, 'tags/index.html'), 'utf8')).toContain('data-own-page');
    expect(existsSync(join(dist, 'tags/biology/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'posts/page/2/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
    expect(home).not.toContain('role="search"');
    // A hero image still hosted on Blogger is shown from there, unprocessed (no download at build).
    const remote = readFileSync(join(dist, 'posts/post-3/index.html'), 'utf8');
    const heroSrc = 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsE/s1600/praktikum.jpg';
    expect(remote).toContain(`<figure class="hero"><img src="${heroSrc}" alt="Students looking at leaves through a magnifier"`);
    expect(remote).toContain(`<meta property="og:image" content="${heroSrc}">`);
    const post = readFileSync(join(dist, 'posts/post-1/index.html'), 'utf8');
    expect(post).toContain('1 min read');
    expect(post).toContain('10 January 2025');
    // A subject added through the options: its name and its family's sections show.
    const lesson = readFileSync(join(dist, 'lessons/unggah-ungguh/index.html'), 'utf8');
    expect(lesson).toContain('<td>Javanese</td>');
    expect(lesson).toContain('data-section="vocabulary"');
    expect(lesson).toContain('<dt>krama</dt>');
    expect(existsSync(join(dist, 'mapel/bahasa-jawa/index.html'))).toBe(true);
  });

  it('builds and indexes a site whose folder name has a space', async () => {
    const { code, output } = await build('blog saya');
    expect(code, output).toBe(0);
    const dist = join(fixture('blog saya'), 'dist');
    expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(output).toContain('Pagefind mengindeks 1 halaman (');
    // Posts only: no lesson pages, and no warning about a lessons collection it never defined.
    expect(existsSync(join(dist, 'lessons'))).toBe(false);
    expect(output).not.toMatch(/collection "lessons"/);
    expect(existsSync(join(dist, 'posts', 'halo', 'index.html'))).toBe(true);
    // What search holds of the post: its title and text, not the date and reading time (Pagefind
    // joined "2025" and "1 menit" into one word), and its kind as a filter only.
    const pagefind = await openPagefind(dist);
    try {
      const [result] = await pagefind.results('pecahan');
      expect(result?.content).toBe('Halo. Tulisan pertama tentang pecahan.');
      expect(result?.filters.kind).toEqual(['Tulisan']);
      expect(await pagefind.search('menit')).toEqual([]);
    } finally {
      await pagefind.close();
    }
  });
});

describe('a computer where Pagefind cannot run', () => {
  it('stops the build with one line in the site language saying what to do, and no stack trace', async () => {
    // Pagefind's runner takes its program from these variables: a path with nothing there.
    const missing = join(fixture('blog saya'), 'tidak-ada', 'pagefind');
    const { code, output } = await build('blog saya', { PAGEFIND_BINARY_PATH: missing, PAGEFIND_EXTENDED_BINARY_PATH: missing });
    expect(code).not.toBe(0);
    expect(output).toContain('pencarian tidak bisa dibuat: program Pagefind tidak bisa berjalan di komputer ini (');
    expect(output).toContain('matikan pencarian dengan guruBlog({ search: false }) di astro.config.mjs.');
    expect(output).not.toMatch(/\n\s+at |Service stopped|EPIPE/);
    expect(existsSync(join(fixture('blog saya'), 'dist', 'pagefind'))).toBe(false);
  });
});

describe('search records from another integration', () => {
  const dist = join(fixture('search-sources'), 'dist');
  /** What each query finds in the built index (opened once: the client keeps its first bundle). */
  async function found(...queries: string[]): Promise<string[][]> {
    const pagefind = await openPagefind(dist);
    try {
      const results: string[][] = [];
      // Page URLs as paths: a second client in one process may prefix them with the first one's server.
      for (const query of queries) results.push((await pagefind.search(query)).map((url) => url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '')));
      return results;
    } finally {
      await pagefind.close();
    }
  }

  for (const order of ['source-first', 'theme-first']) {
    it(`are searchable beside the pages with the source ${order === 'source-first' ? 'before' : 'after'} the theme`, async () => {
      const { code, output } = await build('search-sources', { GURU_SEARCH_CASE: order });
      expect(code, output).toBe(0);
      expect(output).toContain('Pagefind mengindeks 1 halaman dan 1 catatan (');
      expect(await found('sawah', 'fotosintesis')).toEqual([['https://guru.example.sch.id/ekosistem-sawah.html'], ['/posts/daun/']]);
    });
  }

  it('with search off, the build says whose records are not indexed', async () => {
    const { code, output } = await build('search-sources', { GURU_SEARCH_CASE: 'search-off' });
    expect(code, output).toBe(0);
    expect(output).toContain('pencarian dimatikan (guruBlog({ search: false })): catatan pencarian dari member-posts tidak diindeks.');
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
  });
});
