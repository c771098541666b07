// The content checker on the mistakes teachers make, with the exact sentence each one gets, in
// both languages. The files are written by the test (one in Windows-1252 bytes) into a temp site.
import { temporaryFolders, writeFiles } from '@guru-blog/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/check/index.ts';
import { formatProblem, formatReport } from '../src/check/report.ts';
import { createTranslator } from '../src/i18n/index.ts';

const LESSON = (fields: string, body = 'Isi.') =>
  `---\ntitle: Ekosistem\ndocType: modul-ajar\n${fields}\njenjang: smp\ngrades: [7]\ndate: 2025-08-17\n---\n${body}\n`;

const FILES: Record<string, string | Uint8Array> = {
  'src/content/posts/baik.md':
    '---\ntitle: Baik\npubDate: 2025-08-17\n---\n![ada](./ada.png)\n\nContoh: `![keterangan](./contoh.jpg)` dan ``![a](`b`.jpg)``.\n\n```js\n![bukan gambar](./tidak-ada.png)\n```\n',
  'src/content/posts/ada.png': 'png',
  'src/content/posts/tanpa-penutup.md': '---\ntitle: Kafe Sains\npubDate: 2025-08-17\n\nHari ini kami membuat kafe sains.\n',
  'src/content/posts/kosong.md': '',
  'src/content/posts/ansi.md': Uint8Array.from(Buffer.from('---\ntitle: Kaf\xe9 Sains\npubDate: 2025-08-17\n---\nIsi.\n', 'latin1')),
  'src/content/posts/halo.md': '---\ntitle: Halo\npubDate: 2025-08-17\n---\nSatu.\n',
  'src/content/posts/zz-halo-lagi.md': '---\ntitle: Halo lagi\nslug: halo\npubDate: 2025-08-18\n---\nDua.\n',
  'src/content/posts/gambar-hilang.md': '---\ntitle: Praktikum\npubDate: 2025-08-17\n---\nPengantar.\n\n![Daun](./gambar/daun.jpg)\n',
  'src/content/posts/kode-terbuka.md': '---\ntitle: Kode\npubDate: 2025-08-17\n---\nContoh:\n\n```python\nprint("halo")\n\nSisa tulisan.\n',
  'src/content/posts/tanggal.md': '---\ntitle: Tanggal\npubDate: 17-08-2025\n---\nIsi.\n',
  'src/content/posts/_catatan.md': '',
  'src/content/lessons/kunci-indonesia.md': LESSON('mapel: ipa\nfase: D'),
  'src/content/lessons/bentuk-halaman.md': LESSON('subject: IPA\nphase: Fase D'),
  'src/content/lessons/mapel-asing.md': LESSON('subject: matemtika'),
  'src/content/lessons/kerangka.md': LESSON('subject: ipa\nlearningOutcome: Tulis Capaian Pembelajaran (CP) yang dituju.', '_Tulis pembuka di sini._'),
  'src/content/lessons/kerangka-draf.md': LESSON('subject: ipa\ndraft: true\nlearningOutcome: Tulis Capaian Pembelajaran (CP) yang dituju.'),
};

const temp = temporaryFolders();
let root: string;
beforeAll(() => {
  root = writeFiles(temp('guru-check-'), FILES);
});

const lines = (lang: 'id' | 'en') => {
  const t = createTranslator(lang);
  return checkContent({ root, lang }).map((p) => formatProblem(p, t));
};

const ID = [
  'src/content/lessons/kerangka.md:5: peringatan: masih berisi 2 teks contoh dari kerangka ("Tulis …"): learningOutcome (baris 5), baris 10. Ganti dengan isi Anda, atau tulis draft: true sampai selesai',
  'src/content/lessons/kunci-indonesia.md:4: mapel: nama isian "mapel" tidak dikenal; tulis subject: ipa',
  'src/content/lessons/kunci-indonesia.md:5: fase: nama isian "fase" tidak dikenal; tulis phase: D',
  "src/content/lessons/mapel-asing.md:4: subject: mapel 'matemtika' tidak dikenal; maksud Anda 'matematika'?; mapel yang dikenal untuk SMP: ",
  'src/content/posts/ansi.md:2: berkas ini tersimpan sebagai Windows-1252 (ANSI), bukan UTF-8, sehingga huruf seperti é tampil rusak (baris ini: "title: Kafé Sains"). Simpan ulang sebagai UTF-8: di Notepad pilih File › Simpan Sebagai › Pengodean: UTF-8; di VS Code klik "Windows 1252" di bilah bawah › Save with Encoding › UTF-8',
  'src/content/posts/gambar-hilang.md:7: gambar "./gambar/daun.jpg" tidak ditemukan (dicari di src/content/posts/gambar/daun.jpg); periksa ejaan nama berkas dan foldernya',
  'src/content/posts/kode-terbuka.md:7: peringatan: blok kode yang dibuka dengan ``` di baris ini tidak ditutup, sehingga sisa tulisan tampil sebagai kode; tambahkan baris ``` di akhir blok kode',
  'src/content/posts/kosong.md:1: berkas ini kosong; tulis isinya (diawali baris ---, lalu title: dan pubDate:, lalu --- lagi) atau hapus berkasnya',
  'src/content/posts/tanggal.md:3: pubDate: harus tanggal dengan format TTTT-BB-HH, misalnya 2025-07-17 (tertulis: 17-08-2025); tulis 2025-08-17',
  'src/content/posts/tanpa-penutup.md:1: penutup --- bagian isian tidak ada, sehingga seluruh tulisan terbaca sebagai isian; tambahkan baris --- setelah baris 3',
  'src/content/posts/zz-halo-lagi.md:1: alamatnya sama dengan src/content/posts/halo.md (posts/halo), sehingga hanya satu yang terbit; ganti nama salah satu berkas atau beri slug: yang berbeda',
];

const EN = [
  'src/content/lessons/kerangka.md:5: warning: still holds 2 sample texts from the skeleton ("Tulis …"): learningOutcome (line 5), line 10. Replace them with your own, or write draft: true until it is done',
  'src/content/lessons/kunci-indonesia.md:4: mapel: unknown field name "mapel"; write subject: ipa',
  'src/content/lessons/kunci-indonesia.md:5: fase: unknown field name "fase"; write phase: D',
  "src/content/lessons/mapel-asing.md:4: subject: subject 'matemtika' is not known; did you mean 'matematika'?; subjects known for SMP: ",
  'src/content/posts/ansi.md:2: this file is saved as Windows-1252 (ANSI), not UTF-8, so letters like é come out garbled (this line: "title: Kafé Sains"). Save it again as UTF-8: in Notepad choose File › Save As › Encoding: UTF-8; in VS Code click "Windows 1252" in the status bar › Save with Encoding › UTF-8',
  'src/content/posts/gambar-hilang.md:7: image "./gambar/daun.jpg" not found (looked for src/content/posts/gambar/daun.jpg); check the spelling of the file name and its folder',
  'src/content/posts/kode-terbuka.md:7: warning: the code block opened with ``` on this line is never closed, so the rest of the post shows as code; add a line ``` where the code ends',
  'src/content/posts/kosong.md:1: this file is empty; write the post (a line ---, then title: and pubDate:, then --- again) or delete the file',
  'src/content/posts/tanggal.md:3: pubDate: must be a date written YYYY-MM-DD, e.g. 2025-07-17 (found: 17-08-2025); write 2025-08-17',
  'src/content/posts/tanpa-penutup.md:1: the closing --- of the fields is missing, so the whole post is read as fields; add a line --- after line 3',
  'src/content/posts/zz-halo-lagi.md:1: has the same address as src/content/posts/halo.md (posts/halo), so only one of them is published; rename one of the files or give one a different slug:',
];

/** The unknown subject's line ends with the catalog's list, which grows: its start is compared. */
const comparable = (list: string[]) => list.map((line) => (line.includes('matemtika') ? line.slice(0, line.indexOf('SMP: ') + 5) : line));

describe('guru-blog check', () => {
  it('gives every mistake one line with file, line, field, what was written and what to write, in Indonesian', () => {
    expect(comparable(lines('id'))).toEqual(ID);
  });

  it('says the same in English for an English site', () => {
    expect(comparable(lines('en'))).toEqual(EN);
  });

  it('accepts the forms pages show (subject: IPA, phase: Fase D), skips drafts and _ files, and reads fenced code as code', () => {
    const files = new Set(checkContent({ root, lang: 'id' }).map((p) => p.file));
    for (const quiet of ['bentuk-halaman.md', 'kerangka-draf.md', 'baik.md', '_catatan.md', 'halo.md']) {
      expect(
        [...files].some((f) => f.endsWith(`/${quiet}`)),
        quiet,
      ).toBe(false);
    }
  });

  it('reads frontmatter as Astro does (js-yaml), and places what it cannot read at its line', () => {
    const site = writeFiles(temp('guru-check-yaml-'), {
      'src/content/posts/ganda.md': '---\ntitle: A\npubDate: 2025-08-17\ntitle: B\n---\nIsi.\n',
      'src/content/posts/kutip.md': '---\ntitle: "A\npubDate: 2025-08-17\n---\nIsi.\n',
      // A date js-yaml reads as a date and a title it reads as text: nothing to say.
      'src/content/posts/baik.md': '---\ntitle: 2025 Tahun Baik\npubDate: 2025-08-17T06:00:00+07:00\ntags: [a, b]\n---\nIsi.\n',
    });
    const t = createTranslator('id');
    expect(checkContent({ root: site, lang: 'id' }).map((p) => formatProblem(p, t))).toEqual([
      'src/content/posts/ganda.md:4: isian tidak bisa dibaca (Map keys must be unique); periksa titik dua, tanda kutip, dan spasi di awal baris ini',
      'src/content/posts/kutip.md:3: isian tidak bisa dibaca (Missing closing "quote); periksa titik dua, tanda kutip, dan spasi di awal baris ini',
    ]);
  });

  it('ends with one line saying what happens now', () => {
    const problems = checkContent({ root, lang: 'id' });
    expect(formatReport(problems, createTranslator('id')).split('\n').at(-1)).toBe(
      '9 galat dan 2 peringatan di 10 berkas. Perbaiki galat di atas, lalu jalankan lagi.',
    );
    expect(formatReport(problems, createTranslator('en')).split('\n').at(-1)).toBe(
      '9 error(s) and 2 warning(s) in 10 file(s). Fix the errors above, then run it again.',
    );
    expect(formatReport([], createTranslator('id'))).toBe('Tulisan dan pelajaran terbaca tanpa masalah.');
  });
});

describe('a file saved with Windows line endings (CRLF)', () => {
  it('gets the same problems at the same lines as with LF', () => {
    const post = '---\ntitle: Jendela\npubDate: 17-08-2025\n---\nPengantar.\n\n_Tulis pembuka di sini._\n\n![Daun](./daun.jpg)\n';
    const check = (text: string) => {
      const site = writeFiles(temp('guru-check-crlf-'), { 'src/content/posts/jendela.md': text });
      return checkContent({ root: site, lang: 'id' }).map((p) => formatProblem(p, createTranslator('id')));
    };
    const lf = check(post);
    expect(lf.map((line) => line.split(': ')[0])).toEqual([
      'src/content/posts/jendela.md:3',
      'src/content/posts/jendela.md:7',
      'src/content/posts/jendela.md:9',
    ]);
    expect(check(post.replaceAll('\n', '\r\n'))).toEqual(lf);
  });
});

describe('the dev problems page', () => {
  it('lists each problem with its place, escaped, in the site language, and reloads itself when they change', async () => {
    const { devProblemsPage } = await import('../src/check/dev-page.ts');
    const problems = [
      { severity: 'error' as const, file: 'src/content/posts/<a>.md', line: 3, field: 'pubDate', message: 'harus tanggal (tertulis: 17-08-2025)' },
      { severity: 'warning' as const, file: 'src/content/lessons/x.md', line: 7, message: 'blok kode tidak ditutup' },
    ];
    const html = devProblemsPage(problems, 4, 'id', createTranslator('id'));
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('<title>Ada yang perlu diperbaiki</title>');
    expect(html).toContain('<li class="error"><code>src/content/posts/&lt;a&gt;.md:3</code><p>pubDate: harus tanggal (tertulis: 17-08-2025)</p></li>');
    expect(html).toContain('<li class="warning"><code>src/content/lessons/x.md:7</code><p>peringatan: blok kode tidak ditutup</p></li>');
    expect(html).toContain('const seen = 4;');
    expect(html).toContain("fetch('/__guru-blog/check'");
    expect(html).not.toMatch(/<link|<script src/);
    expect(devProblemsPage(problems, 1, 'en', createTranslator('en'))).toContain('<title>Something needs fixing</title>');
  });
});
