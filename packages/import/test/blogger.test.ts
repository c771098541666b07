import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type ImageHosts, makeSite, read, runImport, snapshot, startImageHosts } from './helpers.ts';

let hosts: ImageHosts;
beforeAll(async () => {
  hosts = await startImageHosts();
});
afterAll(async () => hosts?.close());

describe('Blogger, the old export format (#kind categories)', () => {
  let root: string;
  let first: Awaited<ReturnType<typeof runImport>>;
  beforeAll(async () => {
    root = makeSite('blogger-lama');
    first = await runImport(root, ['blogger', join(FIXTURES, 'blogger-lama.xml')], hosts);
  });

  it('writes posts, pages and drafts and says what it did', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Tulisan: 4');
    expect(first.stdout).toContain('Halaman: 1');
    expect(first.stdout).toContain('Draf (draft: true): 1');
    expect(first.stdout).toContain('Komentar: 1 tidak ikut dipindahkan');
    expect(existsSync(join(root, 'src/content/posts/belajar-pecahan-kertas-lipat/index.md'))).toBe(true);
    // The second post with the same old slug (another month) gets its own folder.
    expect(existsSync(join(root, 'src/content/posts/belajar-pecahan-kertas-lipat-2/index.md'))).toBe(true);
    expect(existsSync(join(root, 'src/pages/profil-guru.md'))).toBe(true);
    // The teacher's own post is untouched.
    expect(read(root, 'src/content/posts/selamat-datang.md')).toContain('Tulisan pertama saya.');
  });

  it('converts the body: paragraphs from <br><br>, caption tables, tables, embeds, internal links', () => {
    const md = read(root, 'src/content/posts/belajar-pecahan-kertas-lipat/index.md');
    expect(md).toMatch(/^---\n# Diimpor dari https:\/\/bu-ani\.blogspot\.com\/2019\/08\/belajar-pecahan-kertas-lipat\.html\n# 2 komentar/);
    expect(md).toContain('title: Belajar Pecahan dengan Kertas Lipat');
    expect(md).toContain('pubDate: 2019-08-17T06:00:00+07:00');
    expect(md).toContain('updatedDate: 2019-08-20T09:30:00+07:00');
    expect(md).toMatch(/tags:\n {2}- Matematika\n {2}- Kelas 7/);
    expect(md).toContain('![](./kertas-lipat.jpg)');
    expect(md).toContain(
      'Anak-anak, hari ini kita belajar **pecahan senilai** dengan kertas lipat.\n\nSiapkan selembar kertas, lalu lipat menjadi dua.\\\nLipat lagi menjadi empat.',
    );
    expect(md).toContain('![Siswa kelas 7 mempraktikkan pecahan senilai](./siswa-praktik.png)\n\n_Siswa kelas 7 mempraktikkan *pecahan senilai*_');
    expect(md).toContain('| Lipatan | Pecahan |');
    expect(md).toContain('\n<https://www.youtube.com/watch?v=Za0rzB4C0Hs>\n');
    expect(md).toContain('[RPP satu lembar](/posts/rpp-satu-lembar/)');
    // A link through Blogger's country domain and mobile view reaches the same page.
    expect(md).toContain('[profil saya](/profil-guru/)');
  });

  it('downloads each image once, at its original size, at most two at a time per host', () => {
    expect(hosts.asked).toContain('blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEiPecahan/s0/kertas-lipat.jpg');
    expect(hosts.asked).toContain('1.bp.blogspot.com/-AbCdEf/XVdT/AAAAAAAAB/kLmN/s0/siswa-praktik.png');
    expect(hosts.asked.filter((p) => p.endsWith('/s0/kertas-lipat.jpg'))).toHaveLength(1);
    for (const [, open] of hosts.maxOpen) expect(open).toBeLessThanOrEqual(2);
    expect(existsSync(join(root, 'src/content/posts/belajar-pecahan-kertas-lipat-2/kertas-lipat.jpg'))).toBe(true);
  });

  it('keeps what it cannot convert, and lists it: uploaded videos, unknown iframes, failed images', () => {
    const md = read(root, 'src/content/posts/rpp-satu-lembar/index.md');
    expect(md).toContain('title: RPP Satu Lembar & Contohnya');
    expect(md).toContain('[Video di blog lama (video unggahan tidak bisa dipindahkan)](https://bu-ani.blogspot.com/2020/01/rpp-satu-lembar.html)');
    expect(md).toContain('<iframe src="https://www.liveworksheets.com/w/id/matematika/123" width="100%" height="600"></iframe>');
    expect(md).toContain('![](https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhilang/s320/hilang.jpg)');
    // Broken HTML (an unclosed <b> in a list) still gives a list.
    // (Like a browser, the parser carries the unclosed bold on: faithful to how the old page looked.)
    expect(md).toMatch(/1\. Tujuan pembelajaran\n2\. Langkah-langkah \*\*kegiatan\*\*\n3\. \*\*Penilaian\*\*/);
    expect(first.stdout).toContain('video unggahan Blogger tidak bisa dipindahkan');
    expect(first.stdout).toContain('Gambar: 3 diunduh, 0 sudah ada, 1 gagal');
    expect(read(root, '.guru-blog/import-blogger.md')).toContain('hilang.jpg (HTTP 404)');
  });

  it('writes drafts as drafts, and pages with the theme layout', () => {
    expect(read(root, 'src/content/posts/draf-refleksi-semester/index.md')).toContain('draft: true');
    const page = read(root, 'src/pages/profil-guru.md');
    expect(page).toContain('layout: "@guru-blog/theme/layouts/Page.astro"');
    expect(page).toContain('Saya Ani Susanti, guru Matematika di SMP Negeri 1 Sleman.');
  });

  it('redirects every old address: Netlify, Astro (redirects.json) and the report', () => {
    const netlify = read(root, 'public/_redirects');
    expect(netlify).toContain('/2019/08/belajar-pecahan-kertas-lipat.html  /posts/belajar-pecahan-kertas-lipat/  301!');
    expect(netlify).toContain('/2022/05/belajar-pecahan-kertas-lipat.html  /posts/belajar-pecahan-kertas-lipat-2/  301!');
    expect(netlify).toContain('/p/profil-guru.html  /profil-guru/  301!');
    expect(netlify).toContain('/search/label/Kurikulum%20Merdeka  /tags/kurikulum-merdeka/  301!');
    const astro = JSON.parse(read(root, 'redirects.json')) as Record<string, string>;
    expect(astro['/2020/01/rpp-satu-lembar.html']).toBe('/posts/rpp-satu-lembar/');
    expect(astro['/search/label/Matematika']).toBe('/tags/matematika/');
    // A label with a space has no static page: Netlify only.
    expect(Object.keys(astro).some((from) => from.includes('Kelas'))).toBe(false);
    expect(read(root, '.guru-blog/import-blogger.md')).toContain(
      '- https://bu-ani.blogspot.com/2019/08/belajar-pecahan-kertas-lipat.html → https://guru.example.sch.id/posts/belajar-pecahan-kertas-lipat/',
    );
  });

  it('changes nothing when run again, and never overwrites a post the teacher edited (unless --force)', async () => {
    const before = snapshot(root);
    const again = await runImport(root, ['blogger', join(FIXTURES, 'blogger-lama.xml')], hosts);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('File: 0 ditulis, 5 tidak berubah');
    expect(snapshot(root)).toEqual(before);

    const file = join(root, 'src/content/posts/rpp-satu-lembar/index.md');
    const edited = `${read(root, 'src/content/posts/rpp-satu-lembar/index.md')}\nTambahan dari guru.\n`;
    await writeFile(file, edited);
    const third = await runImport(root, ['blogger', join(FIXTURES, 'blogger-lama.xml')], hosts);
    expect(third.stdout).toContain('Tidak ditimpa karena sudah Anda ubah: 1');
    expect(read(root, 'src/content/posts/rpp-satu-lembar/index.md')).toBe(edited);
    const forced = await runImport(root, ['blogger', join(FIXTURES, 'blogger-lama.xml'), '--force'], hosts);
    expect(forced.code).toBe(0);
    expect(read(root, 'src/content/posts/rpp-satu-lembar/index.md')).not.toContain('Tambahan dari guru.');
  });
});

describe('Blogger, the new export format (blogger:type, status, filename, trashed)', () => {
  it('reads types and statuses, skips and counts trashed entries, keeps the old paths', async () => {
    const root = makeSite('blogger-baru');
    const run = await runImport(root, ['blogger', join(FIXTURES, 'blogger-baru.atom')], hosts);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Tulisan: 2');
    expect(run.stdout).toContain('Halaman: 1');
    expect(run.stdout).toContain('Di tempat sampah, dilewati: 1');
    expect(existsSync(join(root, 'src/content/posts/tulisan-yang-dihapus'))).toBe(false);
    const md = read(root, 'src/content/posts/fotosintesis-kelas-8/index.md');
    // 00:30 UTC is 07:30 WIB.
    expect(md).toContain('pubDate: 2023-02-01T07:30:00+07:00');
    expect(md).toContain('![Daun hijau](./gambar.jpg)');
    expect(hosts.asked.some((p) => p.endsWith('1234567890=s0'))).toBe(true);
    expect(md).toContain('<https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/embed?start=false>');
    expect(md).toContain('[halaman tentang](/tentang/)');
    expect(read(root, 'src/content/posts/rencana-praktikum-belum-selesai/index.md')).toContain('draft: true');
    expect(read(root, 'public/_redirects')).toContain('/2023/02/fotosintesis-kelas-8.html  /posts/fotosintesis-kelas-8/  301!');
    expect(read(root, 'public/_redirects')).toContain('/p/tentang.html  /tentang/  301!');
  });
});
