import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(first.stdout).toContain('Tulisan: 4');
    expect(first.stdout).toContain('Halaman: 1');
    expect(first.stdout).toContain('Draf (draft: true): 2');
    expect(first.stdout).toContain('Di tempat sampah, dilewati: 1');
    expect(read(root, 'src/content/posts/nilai-ulangan/index.md')).toContain('draft: true');
    expect(read(root, 'src/content/posts/draf-rencana/index.md')).toContain('draft: true');
    expect(read(root, 'src/pages/tentang-saya.md')).toContain('Saya guru IPA.\n\nHubungi saya lewat surel.');
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

  it('redirects dated permalinks, categories, tags and ?p= links (Netlify only)', () => {
    const netlify = read(root, 'public/_redirects');
    expect(netlify).toContain('/2019/08/17/praktikum-sel-bawang/  /posts/praktikum-sel-bawang/  301!');
    expect(netlify).toContain('/  p=12  /posts/praktikum-sel-bawang/  301!');
    expect(netlify).toContain('/category/pembelajaran/  /tags/pembelajaran/  301!');
    expect(netlify).toContain('/tag/biologi/  /tags/biologi/  301!');
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
    expect(again.stdout).toContain('File: 0 ditulis, 5 tidak berubah');
    expect(snapshot(root)).toEqual(before);
    expect(read(root, 'public/_redirects').startsWith('/lama  /baru  301\n')).toBe(true);
  });

  it('--no-images keeps the remote addresses and downloads nothing', async () => {
    const other = makeSite('wordpress-no-images');
    const asked = hosts.asked.length;
    const run = await runImport(other, ['wordpress', join(FIXTURES, 'wordpress.xml'), '--no-images'], hosts);
    expect(run.code).toBe(0);
    expect(hosts.asked.length).toBe(asked);
    expect(read(other, 'src/content/posts/praktikum-sel-bawang/index.md')).toContain(
      'heroImage: https://guruipa.sch.id/wp-content/uploads/2019/08/praktikum.jpg',
    );
    expect(existsSync(join(other, 'src/content/posts/praktikum-sel-bawang/praktikum.jpg'))).toBe(false);
  });
});

describe('messy exports and wrong files', () => {
  it('reads a Latin-1 WXR with an undeclared prefix, a double-escaped title and a broken last item, and says what was odd', async () => {
    const root = makeSite('latin1');
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>Blog</title><link>http://lama.sch.id</link>
<item><title>Kegiatan Pramuka &amp;amp; Upacara</title><link>http://lama.sch.id/2018/05/01/pramuka/</link><dc:creator>admin</dc:creator><content:encoded><![CDATA[Kami berkemah di Bumi Perkemahan Caf\xe9 Cibubur.]]></content:encoded><wp:post_id>7</wp:post_id><wp:post_date_gmt>2018-05-01 02:00:00</wp:post_date_gmt><wp:post_name>pramuka</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
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
