// guru-community in a community site folder: members.yaml, a loopback farm for the feeds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoopbackFarm, startLoopbackFarm, temporaryFolders } from '@guru-blog/testing';
import { parseOpml } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { day } from '../src/cli/health.ts';
import { type CliIo, run } from '../src/cli/index.ts';
import type { FeedState } from '../src/model.ts';
import { atomFeed, goodFeed } from './fault/feeds.ts';

const temp = temporaryFolders();

const BIN = fileURLToPath(new URL('../bin/guru-community.mjs', import.meta.url));
let farm: LoopbackFarm;
let site: string;
let broken = false;
const feedsJson = (): Record<string, FeedState> => JSON.parse(readFileSync(join(site, '.guru-community', 'feeds.json'), 'utf8')).feeds;

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo & { out: () => string; err: () => string } = {
    cwd,
    tty: false,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    out: () => out.join(''),
    err: () => err.join(''),
  };
  return value;
}

beforeAll(async () => {
  farm = await startLoopbackFarm(['127.0.0.1', '127.0.0.2'], (req, res) => {
    if (req.url === '/ani/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<html><head><link rel="alternate" type="application/atom+xml" href="/ani/atom.xml"></head></html>');
    }
    if (req.url === '/ani-baru/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<html><head><link rel="alternate" type="application/rss+xml" href="/budi/feed"></head></html>');
    }
    if (req.url === '/ani/atom.xml') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' });
      return void res.end(atomFeed('ani'));
    }
    if (req.url === '/budi/feed' && !broken) {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void res.end(goodFeed('budi'));
    }
    res.writeHead(404).end();
  });
  site = temp('guru-community-site-');
  const [a, b] = farm.origins;
  writeFileSync(
    join(site, 'members.yaml'),
    `members:
  - nama: Ani Lestari
    blog: ${a}/ani/
    sekolah: SMP Negeri 2 Bantul
    jenjang: SMP
    mapel: IPA
    provinsi: DI Yogyakarta
  - nama: Budi Santoso
    blog: ${b}/budi/
    feed: ${b}/budi/feed
    jenjang: SD
    mapel: [matematika]
  - nama: Citra
    blog: ${b}/citra/
    aktif: tidak
`,
  );
});

afterAll(async () => {
  await farm?.close();
});

describe('guru-community', () => {
  it('fetch: discovers, fetches and stores; says what it did', async () => {
    const out = io(site);
    expect(await run(['fetch', '--allow-loopback'], out)).toBe(0);
    expect(out.err()).toContain('3 anggota (2 aktif) dari members.yaml');
    expect(out.out()).toContain('feed 3/3 selesai, 0 gagal');
    expect(out.out()).toMatch(/2 diperbarui, 0 tidak berubah, 0 dilewati \(belum waktunya\), 0 gagal, 0 hilang; 3 tulisan baru\./);
    const feeds = JSON.parse(readFileSync(join(site, '.guru-community', 'feeds.json'), 'utf8')).feeds;
    expect(feeds['ani-lestari'].feedUrl).toBe(`${farm.origins[0]}/ani/atom.xml`);
    expect(existsSync(join(site, '.guru-community', 'items', 'budi-santoso.json'))).toBe(true);
  });

  it('fetch again inside the interval skips every feed', async () => {
    const out = io(site);
    expect(await run(['fetch', '--allow-loopback'], out)).toBe(0);
    expect(out.out()).toContain('2 dilewati');
    const first = Object.values(feedsJson())
      .map((f) => f.nextFetchAfter!)
      .sort()[0];
    expect(out.out()).toContain(`2 feed belum waktunya diambil; yang paling awal ${day(first, 'id')}. guru-community fetch --force mengambil sekarang.\n`);
  });

  it('status: a table, worst first; exit 1 once a feed fails, and fetch exits 1 over the threshold', async () => {
    broken = true;
    const fetchOut = io(site);
    expect(await run(['fetch', '--allow-loopback', '--force', '--fail-threshold', '0.4'], fetchOut)).toBe(1);
    expect(fetchOut.err()).toContain('50% feed gagal, lebih dari batas 40%');
    const next = feedsJson()['budi-santoso']!.nextFetchAfter!;
    expect(fetchOut.out()).toContain(
      'Feed yang gagal (dicoba lagi otomatis pada waktunya; guru-community fetch --force mencoba sekarang):\n' +
        `  budi-santoso: feed tidak ditemukan (404); periksa alamat feed, atau hapus kolom "feed" agar dicari dari alamat blog (dicoba lagi ${day(next, 'id')})\n`,
    );
    const out = io(site);
    expect(await run(['status', '--allow-loopback'], out)).toBe(1);
    const lines = out.out().trim().split('\n');
    expect(lines[0]).toMatch(/^anggota\s+status\s+tulisan\s+terakhir berhasil\s+keterangan$/);
    expect(lines[2]).toMatch(/^budi-santoso\s+gagal\s+2\s+.*gagal sejak [^;]+; /);
    expect(lines[2]).toContain(
      `; feed tidak ditemukan (404); periksa alamat feed, atau hapus kolom "feed" agar dicari dari alamat blog; dicoba lagi ${day(next, 'id')}`,
    );
    expect(out.out()).toMatch(/ani-lestari\s+baik\s+1/);
    expect(lines.at(-1)).toBe('Feed yang gagal dicoba lagi otomatis pada waktu di atas; guru-community fetch --force mencoba sekarang.');
    const en = io(site);
    expect(await run(['status', '--allow-loopback', '--lang', 'en'], en)).toBe(1);
    expect(en.out()).toContain(
      `; the feed was not found (404); check the feed address, or remove the "feed" column so it is found from the blog address; next try ${day(next, 'en')}`,
    );
    expect(en.out()).toContain('Failed feeds are tried again automatically at the times above; guru-community fetch --force tries now.\n');
    broken = false;
    expect(await run(['fetch', '--allow-loopback', '--force'], io(site))).toBe(0);
  });

  it('a member whose blog moves keeps their id and posts, and the new blog is searched for its feed', async () => {
    const dir = temp('guru-community-moved-');
    const [a, b] = farm.origins as [string, string];
    writeFileSync(join(dir, 'members.yaml'), `members:\n  - nama: Ani Lestari\n    blog: ${a}/ani/\n`);
    expect(await run(['fetch', '--allow-loopback'], io(dir))).toBe(0);
    writeFileSync(
      join(dir, 'members.yaml'),
      `members:\n  - nama: Pak Joko\n    blog: ${a}/joko/\n    aktif: tidak\n  - nama: Ani Lestari\n    blog: ${b}/ani-baru/\n`,
    );
    const out = io(dir);
    expect(await run(['fetch', '--allow-loopback'], out)).toBe(0);
    expect(out.err()).toContain(
      `Catatan tentang berkas anggota:\n  members.yaml:6: anggota ke-2, "blog": alamat blog berubah (sebelumnya ${new URL(a).host}/ani); tulisan lama tetap milik anggota ini dan feed blog baru dicari lagi. Bila ini orang lain, beri anggota ini "id" sendiri\n`,
    );
    const feeds = JSON.parse(readFileSync(join(dir, '.guru-community', 'feeds.json'), 'utf8')).feeds as Record<string, FeedState>;
    expect(feeds['ani-lestari']).toMatchObject({ blog: `${new URL(b).host}/ani-baru`, feedUrl: `${b}/budi/feed`, status: 'ok' });
    const titles = (JSON.parse(readFileSync(join(dir, '.guru-community', 'items', 'ani-lestari.json'), 'utf8')) as { title: string }[]).map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['Atom ani', 'Tulisan pertama budi']));
  });

  it('opml before the first fetch: a valid, empty list and a sentence why', async () => {
    const dir = temp('guru-community-opml-');
    writeFileSync(join(dir, 'members.csv'), 'Nama Lengkap,Alamat Blog\nAni,ani.blogspot.com\n');
    const out = io(dir);
    expect(await run(['opml'], out)).toBe(0);
    const doc = parseOpml(out.out());
    expect(doc.head?.title).toBe('Blog para anggota komunitas');
    expect(doc.body?.outlines ?? []).toEqual([]);
    expect(out.err()).toContain(
      '1 anggota belum masuk OPML karena feed-nya belum diketahui; jalankan guru-community fetch dulu (feed dicari dari alamat blog).\n',
    );
    const en = io(dir);
    expect(await run(['opml', '--lang', 'en'], en)).toBe(0);
    expect(en.err()).toContain(
      '1 members are not in the OPML yet because their feed is not known; run guru-community fetch first (it finds the feed from the blog address).',
    );
  });

  it('opml: the active members’ feeds', async () => {
    const out = io(site);
    expect(await run(['opml', '--allow-loopback'], out)).toBe(0);
    const doc = parseOpml(out.out());
    expect(doc.body?.outlines?.map((o) => [o.text, o.xmlUrl])).toEqual([
      ['Ani Lestari', `${farm.origins[0]}/ani/atom.xml`],
      ['Budi Santoso', `${farm.origins[1]}/budi/feed`],
    ]);
  });

  it('check: validates members and tries feeds without touching the store', async () => {
    const dir = temp('guru-community-check-');
    writeFileSync(join(dir, 'members.yaml'), `- nama: Ani\n  blog: ${farm.origins[0]}/ani/\n- nama: Salah\n  blog: ftp://x.example/\n`);
    const out = io(dir);
    expect(await run(['check', '--allow-loopback'], out)).toBe(1);
    expect(out.err()).toMatch(/members\.yaml:4: anggota ke-2, "blog": /);
    expect(out.out()).toMatch(/ani\s+baik\s+1/);
    expect(existsSync(join(dir, '.guru-community'))).toBe(false);
  });

  it('says what to do without a members file, for an unknown command and in English', async () => {
    const empty = io(temp('guru-community-empty-'));
    expect(await run(['fetch'], empty)).toBe(1);
    expect(empty.err()).toContain('Berkas anggota tidak ditemukan');
    const unknown = io(site);
    expect(await run(['ambil'], unknown)).toBe(2);
    expect(unknown.err()).toContain('Perintah "ambil" tidak dikenal');
    const en = io(site);
    expect(await run(['status', '--allow-loopback', '--lang', 'en'], en)).toBe(0);
    expect(en.out()).toMatch(/^member\s+status\s+posts/);
  });

  it('follows the kit: --lang=en and LC_ALL choose English, an unknown --lang is refused in the locale language', async () => {
    const eq = io(site);
    expect(await run(['status', '--allow-loopback', '--lang=en'], eq)).toBe(0);
    expect(eq.out()).toMatch(/^member\s+status\s+posts/);
    const de = io(site);
    expect(await run(['status', '--lang', 'de'], de)).toBe(2);
    expect(de.err()).toBe('Bahasa "de" tidak dikenal; pilih id atau en. Bantuan: guru-community --help\n');
    const saved = process.env.LC_ALL;
    process.env.LC_ALL = 'en_US.UTF-8';
    try {
      const env = io(site);
      expect(await run(['status', '--lang', 'de'], env)).toBe(2);
      expect(env.err()).toBe('Unknown language "de"; choose id or en. Help: guru-community --help\n');
      const locale = io(site);
      expect(await run(['status', '--allow-loopback'], locale)).toBe(0);
      expect(locale.out()).toMatch(/^member\s+status\s+posts/);
    } finally {
      if (saved === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = saved;
    }
  });

  it('runs as the installed bin (the built dist/cli.mjs)', () => {
    const result = spawnSync(process.execPath, [BIN, 'status', '--allow-loopback'], { cwd: site, encoding: 'utf8' });
    expect(result.stderr).toContain('3 anggota (2 aktif)');
    expect(result.stdout).toMatch(/budi-santoso\s+baik\s+2/);
    expect(result.status).toBe(0);
  });
});

describe('guru-community with a registration CSV', () => {
  it('reads custom column titles given with --csv-column, and names a bad one', async () => {
    const dir = temp('guru-community-csv-');
    writeFileSync(join(dir, 'members.csv'), `Timestamp,Nama Anda,Link Blog Anda,Email\n2026-11-01 10:00,Ani,${farm.origins[0]}/ani/,ani@example.id\n`);
    const bad = io(dir);
    expect(await run(['check', '--csv-column', 'web=Link'], bad)).toBe(2);
    expect(bad.err()).toContain('--csv-column "web=Link" tidak bisa dipakai');
    const out = io(dir);
    expect(await run(['check', '--allow-loopback', '--csv-column', 'name=Nama Anda', '--csv-column', 'blog=Link Blog Anda'], out)).toBe(0);
    expect(out.err()).toContain('1 anggota (1 aktif) dari members.csv');
    expect(out.out()).toMatch(/ani\s+baik\s+1/);
  });
});
