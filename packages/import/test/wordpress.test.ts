import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../src/index.ts';
import { FIXTURES, type ImageHosts, makeSite, read, runImport, snapshot, startImageHosts } from './helpers.ts';

let hosts: ImageHosts;
beforeAll(async () => {
  hosts = await startImageHosts();
});
afterAll(async () => hosts?.close());

describe('WordPress WXR', () => {
  let root: string;
  let first: Awaited<ReturnType<typeof runImport>>;
  beforeAll(async () => {
    root = makeSite('wordpress');
    first = await runImport(root, ['wordpress', join(FIXTURES, 'wordpress.xml')], hosts);
  });

  it('imports posts and pages by post type; private, pending and draft posts become drafts; trash and menus are skipped', () => {
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Tulisan: 5');
    expect(first.stdout).toContain('Halaman: 1');
    expect(first.stdout).toContain('Draf (draft: true): 2');
    expect(first.stdout).toContain('Di tempat sampah, dilewati: 1');
    expect(first.stdout).toContain('Dilewati (menu, revisi, draf otomatis, entri rusak, jenis konten lain; lihat catatan): 1');
    expect(read(root, 'src/content/posts/nilai-ulangan/index.md')).toContain('draft: true');
    expect(read(root, 'src/content/posts/draf-rencana/index.md')).toContain('draft: true');
    expect(read(root, 'src/pages/tentang-saya.md')).toContain('Saya guru IPA.\n\nHubungi saya lewat surel.');
    // A page's attachments have their own folder (a post and a page may share a slug).
    expect(read(root, 'src/pages/tentang-saya.md')).toContain('[jadwal kelas](/lampiran/pages/tentang-saya/jadwal-kelas.pdf)');
    expect(read(root, 'public/lampiran/pages/tentang-saya/jadwal-kelas.pdf').startsWith('%PDF-')).toBe(true);
  });

  it('classic posts get paragraphs; shortcodes become figures, image lists and embeds; the featured image is downloaded', () => {
    const md = read(root, 'src/content/posts/praktikum-sel-bawang/index.md');
    expect(md).toContain('description: Mengamati sel bawang merah dengan mikroskop.');
    expect(md).toContain('pubDate: 2019-08-17T13:00:00+07:00');
    expect(md).toMatch(/tags:\n {2}- Pembelajaran\n {2}- Biologi/);
    expect(md).toContain('heroImage: ./praktikum.jpg');
    expect(md).toContain('Hari ini siswa kelas 7 mengamati sel bawang merah.\\\nAlat yang dipakai: mikroskop dan kaca preparat.');
    expect(md).toContain('![Siswa mengamati preparat](./praktikum.jpg)\n\n_Siswa mengamati preparat_');
    expect(md).toContain('![Mikroskop](./mikroskop.png)');
    expect(md).toContain('\n<https://www.youtube.com/watch?v=Za0rzB4C0Hs>\n');
    expect(md).toContain('[tulisan ekosistem](/posts/ekosistem-sekolah/)');
    expect(md).not.toContain('[caption');
    // The resized copy's name is dropped: the original upload is asked for.
    expect(hosts.asked).toContain('guruipa.sch.id/wp-content/uploads/2019/08/praktikum.jpg');
  });

  it('Gutenberg posts lose their block comments cleanly; a table with merged cells stays HTML; guest authors are named', () => {
    const md = read(root, 'src/content/posts/ekosistem-sekolah/index.md');
    expect(md).not.toContain('wp:');
    expect(md).toContain('Halaman sekolah adalah _ekosistem_ kecil.');
    expect(md).toContain('![Mikroskop sekolah](./mikroskop.png)\n\n_Mikroskop sekolah kami_');
    expect(md).toContain('<table><thead><tr><th>Komponen</th>');
    expect(md).toContain('<td colspan="2">Abiotik: tanah, air</td>');
    expect(md).toContain('\n<https://www.youtube.com/watch?v=Za0rzB4C0Hs>\n');
    expect(md).toContain('- Amati\n- Catat');
    expect(md).toContain('author: Rudi Hartono');
  });

  it('a [gallery] without ids shows the images uploaded to the post, in the order the gallery was given', () => {
    const md = read(root, 'src/content/posts/kunjungan-kebun-sekolah/index.md');
    expect(md).toContain('![Batang](./batang.jpg)\n\n![Daun](./daun.jpg)\n\n![Akar](./akar.png)');
    // The PDF uploaded to the same post is not an image of the gallery; images of other posts are not either.
    expect(md).not.toContain('![LKS');
    expect(md).not.toContain('praktikum.jpg');
    expect(md).not.toContain('mikroskop');
    expect(existsSync(join(root, 'src/content/posts/kunjungan-kebun-sekolah/daun.jpg'))).toBe(true);
    expect(first.stdout).not.toContain('galeri berisi gambar yang tidak ada');
  });

  it('copies the documents a post links to from the blog’s uploads to public/lampiran and points the links there', () => {
    const md = read(root, 'src/content/posts/kunjungan-kebun-sekolah/index.md');
    const dir = 'public/lampiran/posts/kunjungan-kebun-sekolah';
    expect(md).toContain(`[lembar kerja](/${dir.slice(7)}/lks-kebun-sekolah.pdf)`);
    expect(md).toContain(`[LKS (PDF)](/${dir.slice(7)}/lks-kebun-sekolah.pdf)`);
    // A root-relative link to an upload is the blog's own too.
    expect(md).toContain(`[rubrik penilaian](/${dir.slice(7)}/rubrik-penilaian.docx)`);
    expect(read(root, `${dir}/lks-kebun-sekolah.pdf`).startsWith('%PDF-')).toBe(true);
    expect(existsSync(join(root, dir, 'rubrik-penilaian.docx'))).toBe(true);
    // One request for the PDF linked twice.
    expect(hosts.asked.filter((path) => path.endsWith('LKS-Kebun-Sekolah.pdf'))).toHaveLength(1);
    // Files elsewhere are not the blog's to copy; a lost upload (404, or an HTML page) keeps its address and is listed.
    expect(md).toContain('[di folder tulisan](lks-salinan.pdf)');
    // Links to other posts of the blog, by `?p=` (over http, with www.) and by a root-relative path.
    expect(md).toContain('[praktikum sel](/posts/praktikum-sel-bawang/) dan [ekosistem sekolah](/posts/ekosistem-sekolah/)');
    expect(md).toContain('[Google Drive](https://drive.google.com/file/d/1AbC/view)');
    expect(md).toContain('[Google Dokumen](https://docs.google.com/document/d/1XyZ/edit)');
    expect(md).toContain('[LKS 2018](https://guruipa.sch.id/wp-content/uploads/2019/10/lks-hilang.pdf)');
    expect(md).toContain('[LKS cadangan](https://guruipa.sch.id/wp-content/uploads/2019/10/lks-rusak.pdf)');
    expect(existsSync(join(root, dir, 'lks-rusak.pdf'))).toBe(false);
    expect(first.stdout).toContain('Lampiran (public/lampiran): 3 diunduh, 0 sudah ada, 2 gagal');
    expect(first.stdout).toContain(
      'Kunjungan ke Kebun Sekolah: lampiran https://guruipa.sch.id/wp-content/uploads/2019/10/lks-hilang.pdf gagal diunduh (HTTP 404)',
    );
    expect(first.stdout).toContain('lks-rusak.pdf gagal diunduh (type text/html)');
    // A private post's attachment is not published by copying it into public/.
    expect(read(root, 'src/content/posts/nilai-ulangan/index.md')).toContain('(https://guruipa.sch.id/wp-content/uploads/2020/02/nilai-7a.xlsx)');
    expect(existsSync(join(root, 'public/lampiran/posts/nilai-ulangan'))).toBe(false);
    expect(hosts.asked.some((path) => path.endsWith('nilai-7a.xlsx'))).toBe(false);
    expect(first.stdout).toContain('Nilai Ulangan (pribadi): tulisan draf: 1 lampirannya tidak disalin');
  });

  it('redirects dated permalinks, categories, tags and ?p= links (Netlify only)', () => {
    const netlify = read(root, 'public/_redirects');
    expect(netlify).toContain('/2019/08/17/praktikum-sel-bawang/  /posts/praktikum-sel-bawang/  301!');
    expect(netlify).toContain('/  p=12  /posts/praktikum-sel-bawang/  301!');
    expect(netlify).toContain('/category/pembelajaran/  /tags/pembelajaran/  301!');
    expect(netlify).toContain('/tag/biologi/  /tags/biologi/  301!');
    // A child category's archive is nested under its parent's.
    expect(netlify).toContain('/category/pembelajaran/ipa-kelas-8/  /tags/ipa-kelas-8/  301!');
    expect(netlify).toContain('/  page_id=5  /tentang-saya/  301!');
    // Private and draft posts are not published: nothing points to them.
    expect(netlify).not.toContain('p=30');
    const astro = JSON.parse(read(root, 'redirects.json')) as Record<string, string>;
    expect(astro['/2019/09/02/ekosistem-sekolah/']).toBe('/posts/ekosistem-sekolah/');
    expect(Object.keys(astro).some((from) => from.includes('?'))).toBe(false);
    expect(read(root, '.guru-blog/import-wordpress.md')).toContain('GitHub Pages tidak bisa mengalihkan alamat berkueri');
  });

  it('keeps the teacher’s own _redirects lines and changes nothing on a second run', async () => {
    writeFileSync(join(root, 'public/_redirects'), `/lama  /baru  301\n${read(root, 'public/_redirects')}`);
    const before = snapshot(root);
    const again = await runImport(root, ['wordpress', join(FIXTURES, 'wordpress.xml')], hosts);
    expect(again.stdout).toContain('File: 0 ditulis, 6 tidak berubah');
    // The saved documents are not fetched again; the two that failed are tried again.
    expect(again.stdout).toContain('Lampiran (public/lampiran): 0 diunduh, 3 sudah ada, 2 gagal');
    expect(hosts.asked.filter((path) => path.endsWith('LKS-Kebun-Sekolah.pdf'))).toHaveLength(1);
    expect(snapshot(root)).toEqual(before);
    expect(read(root, 'public/_redirects').startsWith('/lama  /baru  301\n')).toBe(true);
  });

  it('shows a progress line while images and attachments download, and clears it before the summary', async () => {
    const other = makeSite('wordpress-progress');
    const lines: string[] = [];
    let stdout = '';
    const code = await importCommand(['wordpress', join(FIXTURES, 'wordpress.xml')], {
      cwd: other,
      lang: 'id',
      stdout: (text) => {
        stdout += text;
      },
      stderr: () => {},
      status: (text) => lines.push(text),
      fetch: hosts.fetch,
      imageTimeoutMs: 2000,
    });
    expect(code).toBe(0);
    const counts = lines.filter(Boolean).map((line) => /^Mengunduh gambar dan lampiran: (\d+)\/(\d+)$/.exec(line));
    expect(counts.every(Boolean), lines.join(' | ')).toBe(true);
    const total = Number(counts[0]![2]);
    // Images and documents together, each address once.
    expect(total).toBeGreaterThan(5);
    expect(counts.map((m) => Number(m![1]))).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    expect(lines.at(-1)).toBe('');
    expect(stdout).not.toContain('Mengunduh');
  });

  it('--no-images keeps the remote addresses of images and attachments and downloads nothing', async () => {
    const other = makeSite('wordpress-no-images');
    const asked = hosts.asked.length;
    const run = await runImport(other, ['wordpress', join(FIXTURES, 'wordpress.xml'), '--no-images'], hosts);
    expect(run.code).toBe(0);
    expect(hosts.asked.length).toBe(asked);
    expect(read(other, 'src/content/posts/praktikum-sel-bawang/index.md')).toContain(
      'heroImage: https://guruipa.sch.id/wp-content/uploads/2019/08/praktikum.jpg',
    );
    expect(existsSync(join(other, 'src/content/posts/praktikum-sel-bawang/praktikum.jpg'))).toBe(false);
    expect(read(other, 'src/content/posts/kunjungan-kebun-sekolah/index.md')).toContain(
      '[lembar kerja](https://guruipa.sch.id/wp-content/uploads/2019/10/LKS-Kebun-Sekolah.pdf)',
    );
    expect(existsSync(join(other, 'public/lampiran'))).toBe(false);
    expect(run.stdout).toContain('Gambar dan lampiran: tidak diunduh (--no-images)');
  });
});

describe('a GitHub Pages site whose base the deploy workflow fills in', () => {
  it('says the base is not known yet, and --base moves every redirect and link under it', async () => {
    const root = makeSite('pages-later');
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import guruBlog from '@guru-blog/theme';\nexport default {\n  site: process.env.SITE_URL,\n  base: process.env.BASE_PATH || '/',\n  integrations: [guruBlog()],\n};\n",
    );
    const file = join(FIXTURES, 'wordpress.xml');
    const unknown = await runImport(root, ['wordpress', file, '--no-images'], hosts);
    expect(unknown.stdout).toContain('Subfolder situs: belum diketahui');
    expect(read(root, 'public/_redirects')).toContain('/2019/08/17/praktikum-sel-bawang/  /posts/praktikum-sel-bawang/  301!');
    const placed = await runImport(root, ['wordpress', file, '--no-images', '--base', '/blog-ipa/'], hosts);
    expect(placed.stdout).toContain('Subfolder situs: /blog-ipa (dari --base)');
    const netlify = read(root, 'public/_redirects');
    expect(netlify).toContain('/2019/08/17/praktikum-sel-bawang/  /blog-ipa/posts/praktikum-sel-bawang/  301!');
    expect(netlify).not.toContain('  /posts/');
    const astro = JSON.parse(read(root, 'redirects.json')) as Record<string, string>;
    expect(astro['/2019/09/02/ekosistem-sekolah/']).toBe('/blog-ipa/posts/ekosistem-sekolah/');
    expect(read(root, 'src/content/posts/praktikum-sel-bawang/index.md')).toContain('[tulisan ekosistem](/blog-ipa/posts/ekosistem-sekolah/)');
    const bad = await runImport(root, ['wordpress', file, '--base', 'blog ipa']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("subfolder 'blog ipa' tidak bisa dipakai");
  });

  it('takes the base GitHub Pages will give from the remote; Netlify’s _redirects keep the root Netlify builds with', async () => {
    const root = makeSite('pages-remote');
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import guruBlog from '@guru-blog/theme';\nexport default {\n  site: process.env.URL || process.env.SITE_URL,\n  base: process.env.BASE_PATH || '/',\n  integrations: [guruBlog()],\n};\n",
    );
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(join(root, '.github/workflows/deploy.yml'), 'steps:\n  - uses: actions/configure-pages@v5\n');
    mkdirSync(join(root, '.git'), { recursive: true });
    writeFileSync(join(root, '.git/config'), '[remote "origin"]\n\turl = https://github.com/bu-siti/blog-ipa.git\n');
    const run = await runImport(root, ['wordpress', join(FIXTURES, 'wordpress.xml'), '--no-images'], hosts);
    expect(run.stdout).toContain('Subfolder situs: /blog-ipa (seperti yang akan diberikan GitHub Pages, dari remote GitHub)');
    const astro = JSON.parse(read(root, 'redirects.json')) as Record<string, string>;
    expect(astro['/2019/09/02/ekosistem-sekolah/']).toBe('/blog-ipa/posts/ekosistem-sekolah/');
    expect(read(root, 'public/_redirects')).toContain('/2019/09/02/ekosistem-sekolah/  /posts/ekosistem-sekolah/  301!');
    expect(read(root, '.guru-blog/import-wordpress.md')).toContain('→ https://bu-siti.github.io/blog-ipa/posts/ekosistem-sekolah/');
  });
});

describe('messy exports and wrong files', () => {
  it('reads a Latin-1 WXR with an undeclared prefix, a double-escaped title and a broken last item, and says what was odd', async () => {
    const root = makeSite('latin1');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title><link>http://lama.sch.id</link>
<item><title>Kegiatan Pramuka &amp;amp; Upacara</title><link>http://lama.sch.id/2018/05/01/pramuka/</link><dc:creator>admin</dc:creator><content:encoded><![CDATA[Kami berkemah di Bumi Perkemahan Caf\xe9 Cibubur.

Pramuka &amp;amp; PMR, &amp;quot;Satya&amp;quot; &amp; R&amp;D.
<pre>&amp;amp; ditulis begini</pre>]]></content:encoded><wp:post_id>7</wp:post_id><wp:post_date_gmt>2018-05-01 02:00:00</wp:post_date_gmt><wp:post_name>pramuka</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
<item><title>Terpotong</title><wp:post_type>post</wp:post_type><content:encoded><![CDATA[<p>isi yang terpotong`;
    const file = join(root, '..', 'latin1.xml');
    writeFileSync(file, Buffer.from(xml, 'latin1'));
    const run = await runImport(root, ['wordpress', file], hosts);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dibaca sebagai Latin-1');
    expect(run.stdout).toContain('di-escape dua kali');
    expect(run.stdout).toContain('awalan XML yang tidak dideklarasikan (dc, content)');
    const md = read(root, 'src/content/posts/pramuka/index.md');
    expect(md).toContain('title: Kegiatan Pramuka & Upacara');
    expect(md).toContain('Bumi Perkemahan Café Cibubur');
    // Body text escaped twice is decoded once more; a code block shows what was written, and a single escape stays.
    expect(md).toContain('Pramuka & PMR, "Satya" & R\\&D.');
    expect(md).toContain('&amp; ditulis begini');
    expect(run.stdout.match(/Kegiatan Pramuka & Upacara: teksnya di-escape dua kali/g)).toHaveLength(1);
    expect(read(root, 'public/_redirects')).toContain('/2018/05/01/pramuka/  /posts/pramuka/  301!');
    expect(read(root, 'src/content/posts/terpotong/index.md')).toContain('isi yang terpotong');
  });

  it('refuses a file that is not an export, in the teacher’s language, naming what to pick instead', async () => {
    const root = makeSite('wrong-files');
    const html = join(root, '..', 'halaman.html');
    writeFileSync(html, '<!doctype html><html><body><p>Bukan ekspor</p></body></html>');
    const id = await runImport(root, ['blogger', html]);
    expect(id.code).toBe(1);
    expect(id.stderr).toContain('bukan file ekspor blogger');
    expect(id.stderr).toContain('Cadangkan konten');
    const en = await runImport(root, ['wordpress', html], undefined, 'en');
    expect(en.stderr).toContain('is not a wordpress export');
    expect(en.stderr).toContain('Tools → Export');
    const zip = join(root, '..', 'takeout.zip');
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect((await runImport(root, ['blogger', zip])).stderr).toContain('ini file zip');
    const wrong = await runImport(root, ['wordpress', join(FIXTURES, 'blogger-lama.xml')]);
    expect(wrong.stderr).toContain('adalah ekspor blogger, bukan wordpress');
    expect((await runImport(root, ['blogger', join(root, 'tidak-ada.xml')])).stderr).toContain('tidak ditemukan');
    const outside = await runImport(join(root, 'src'), ['blogger', join(FIXTURES, 'blogger-lama.xml')]);
    expect(outside.stderr).toContain('bukan situs Guru Blog');
    // Nothing was written by the refused runs.
    expect(existsSync(join(root, 'public/_redirects'))).toBe(false);
  });
});
