// Every sentence `guru-blog import` prints, in Indonesian (the default) and English, through the
// theme's message kit (one translator for every Guru Blog package).
import { createTranslator, fill, type Lang, type Translator } from '@guru-blog/theme/kit';
import type { NoteCode } from './model.ts';

const id = {
  help: `guru-blog import — memindahkan blog Blogger atau WordPress ke situs ini

  guru-blog import blogger <file-cadangan.xml|feed.atom>
  guru-blog import wordpress <file-ekspor.xml>
  guru-blog import blogger --feed https://nama-blog.blogspot.com

Jalankan di folder situs Guru Blog. Tulisan masuk ke src/content/posts/, halaman ke src/pages/,
gambar diunduh ke samping tulisannya, lampiran (PDF, dokumen) ke public/lampiran/, dan setiap alamat
lama dialihkan ke alamat baru.

  --feed <alamat>   ambil dari feed publik Blogger (jika file cadangan tidak bisa diunduh)
  --base /nama      subfolder situs saat terbit, mis. /blog-saya (biasanya terbaca sendiri
                    dari astro.config.mjs atau remote GitHub)
  --no-images       gambar dan lampiran tidak diunduh; tulisan tetap memakai alamat lama
  --force           timpa juga tulisan yang sudah Anda ubah sejak impor sebelumnya
  --lang id|en      bahasa pesan
  -h, --help        tampilkan bantuan ini

Aman dijalankan ulang: yang tidak berubah tidak ditulis lagi. Komentar tidak ikut dipindahkan.`,
  'err.usage': 'tulis sumbernya: guru-blog import blogger <file> atau guru-blog import wordpress <file>. Lihat: guru-blog import --help',
  'err.unknownSource': "sumber '{source}' tidak dikenal; pilih blogger atau wordpress",
  'err.unknownOption': "opsi '{option}' tidak dikenal. Lihat: guru-blog import --help",
  'err.feedWordpress': '--feed hanya untuk Blogger; untuk WordPress unduh file ekspornya (Alat → Ekspor)',
  'err.notSite':
    'folder ini bukan situs Guru Blog (tidak ada astro.config.mjs yang memakai @guru-blog/theme).\nPindah dulu ke folder situs Anda, misalnya: cd blog-saya',
  'err.missingFile': 'file {file} tidak ditemukan. Periksa nama dan foldernya (seret file ke jendela terminal untuk menulis alamatnya).',
  'err.notExport': 'file {file} bukan file ekspor {source}{detail}.\n{hint}',
  'err.notExportZip': ' (ini file zip: ekstrak dulu, lalu pilih file .xml atau feed.atom di dalamnya)',
  'err.notExportOther': ' (isinya bukan XML ekspor blog)',
  'err.wrongSource': 'file {file} adalah ekspor {actual}, bukan {source}. Jalankan: guru-blog import {actual} {file}',
  'hint.blogger': 'File cadangan Blogger: Blogger → Setelan → Kelola blog → Cadangkan konten (atau feed.atom dari Google Takeout).',
  'hint.wordpress': 'File ekspor WordPress: Dasbor → Alat → Ekspor → Semua konten.',
  'err.feed': 'feed {url} tidak bisa dibaca ({reason}). Periksa alamat blognya, dan pastikan blog tidak privat.',
  'err.badBase': "subfolder '{base}' tidak bisa dipakai; tulis seperti /blog-saya (huruf, angka, - . _ /)",
  'err.badUrl': "alamat '{url}' tidak bisa dipakai; tulis alamat blog lengkap, misalnya https://nama-blog.blogspot.com",

  'progress.images': 'Mengunduh gambar dan lampiran: {done}/{total}',
  'progress.feed': 'Membaca feed: {count} entri',
  'summary.head': 'Impor {source} selesai: {file}',
  'summary.posts': '  Tulisan: {count}',
  'summary.files': '  File: {written} ditulis, {unchanged} tidak berubah',
  'summary.pages': '  Halaman: {count}',
  'summary.drafts': '  Draf (draft: true): {count}',
  'summary.trashed': '  Di tempat sampah, dilewati: {count}',
  'summary.skipped': '  Dilewati (menu, revisi, draf otomatis, entri rusak, jenis konten lain; lihat catatan): {count}',
  'summary.images': '  Gambar: {fetched} diunduh, {reused} sudah ada, {failed} gagal',
  'summary.noImages': '  Gambar dan lampiran: tidak diunduh (--no-images); alamat lama tetap dipakai',
  'summary.attachments': '  Lampiran (public/lampiran): {fetched} diunduh, {reused} sudah ada, {failed} gagal',
  'summary.redirects': '  Pengalihan alamat lama: {count} (public/_redirects, redirects.json)',
  'summary.base': '  Subfolder situs: {base} ({from}); pengalihan dan tautan menuju ke sana',
  'summary.baseUnknown':
    '  Subfolder situs: belum diketahui (diisi saat terbit), jadi pengalihan menuju akar situs. Di GitHub Pages dengan alamat …github.io/nama-repositori/, jalankan lagi dengan --base /nama-repositori',
  'base.config': 'dari astro.config.mjs',
  'base.env': 'dari variabel lingkungan',
  'base.github': 'seperti yang akan diberikan GitHub Pages, dari remote GitHub',
  'base.option': 'dari --base',

  'summary.comments': '  Komentar: {count} tidak ikut dipindahkan (di luar cakupan impor)',
  'summary.edited': '  Tidak ditimpa karena sudah Anda ubah: {count} (pakai --force untuk menimpa)',
  'summary.report': 'Laporan lengkap (termasuk daftar pengalihan untuk Blogger): {file}',
  'summary.notesHead': 'Catatan:',
  'summary.next': 'Selanjutnya: jalankan npm run dev dan periksa hasilnya.',
  'comment.source': 'Diimpor dari {url}',
  'comment.comments': '{count} komentar di blog lama tidak ikut dipindahkan',
  untitled: 'Tanpa judul ({date})',
  'report.title': '# Laporan impor {source}',
  'report.redirectsHead': '## Pengalihan alamat lama',
  'report.redirectsIntro':
    'Sudah ditulis untuk Netlify (public/_redirects) dan untuk Astro/GitHub Pages (redirects.json). Jika blog lama tetap hidup, pasang juga di Blogger: Setelan → Pengalihan khusus (Custom redirects).',
  'report.queryNote':
    'Alamat ?p=… dan alamat label berspasi atau berhuruf non-Latin hanya dialihkan oleh Netlify (yang cocok pada parameter kueri); GitHub Pages tidak bisa mengalihkan alamat berkueri, dan Astro tidak membuat halaman untuk alamat seperti itu.',
  'report.notesHead': '## Catatan',
  'report.imagesHead': '## Gambar yang gagal diunduh (tetap memakai alamat lama)',
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  help: `guru-blog import — move a Blogger or WordPress blog into this site

  guru-blog import blogger <backup-file.xml|feed.atom>
  guru-blog import wordpress <export-file.xml>
  guru-blog import blogger --feed https://blog-name.blogspot.com

Run it in a Guru Blog site's folder. Posts go to src/content/posts/, pages to src/pages/, images
are downloaded next to their post, attachments (PDFs, documents) to public/lampiran/, and every old
address redirects to the new one.

  --feed <address>  read Blogger's public feed (when the backup file cannot be downloaded)
  --base /name      the site's folder once published, e.g. /my-blog (usually read by itself
                    from astro.config.mjs or the GitHub remote)
  --no-images       do not download images and attachments; posts keep the old addresses
  --force           also overwrite posts you have edited since the last import
  --lang id|en      message language
  -h, --help        show this help

Safe to run again: nothing unchanged is written twice. Comments are not imported.`,
  'err.usage': 'name the source: guru-blog import blogger <file> or guru-blog import wordpress <file>. See: guru-blog import --help',
  'err.unknownSource': "unknown source '{source}'; choose blogger or wordpress",
  'err.unknownOption': "unknown option '{option}'. See: guru-blog import --help",
  'err.feedWordpress': '--feed is for Blogger only; for WordPress download the export file (Tools → Export)',
  'err.notSite': 'this folder is not a Guru Blog site (no astro.config.mjs using @guru-blog/theme).\nChange to your site first, e.g.: cd my-blog',
  'err.missingFile': 'file {file} was not found. Check its name and folder (drag the file onto the terminal window to type its path).',
  'err.notExport': 'file {file} is not a {source} export{detail}.\n{hint}',
  'err.notExportZip': ' (it is a zip file: extract it, then pick the .xml or feed.atom file inside)',
  'err.notExportOther': ' (its content is not a blog export XML)',
  'err.wrongSource': 'file {file} is a {actual} export, not {source}. Run: guru-blog import {actual} {file}',
  'hint.blogger': 'Blogger backup file: Blogger → Settings → Manage blog → Back up content (or feed.atom from Google Takeout).',
  'hint.wordpress': 'WordPress export file: Dashboard → Tools → Export → All content.',
  'err.feed': 'the feed {url} could not be read ({reason}). Check the blog address, and that the blog is not private.',
  'err.badBase': "the folder '{base}' cannot be used; write it like /my-blog (letters, digits, - . _ /)",
  'err.badUrl': "the address '{url}' cannot be used; write the whole blog address, e.g. https://blog-name.blogspot.com",

  'progress.images': 'Downloading images and attachments: {done}/{total}',
  'progress.feed': 'Reading the feed: {count} entries',
  'summary.head': '{source} import finished: {file}',
  'summary.posts': '  Posts: {count}',
  'summary.files': '  Files: {written} written, {unchanged} unchanged',
  'summary.pages': '  Pages: {count}',
  'summary.drafts': '  Drafts (draft: true): {count}',
  'summary.trashed': '  In the trash, skipped: {count}',
  'summary.skipped': '  Skipped (menus, revisions, auto-drafts, broken entries, other content types; see the notes): {count}',
  'summary.images': '  Images: {fetched} downloaded, {reused} already there, {failed} failed',
  'summary.noImages': '  Images and attachments: not downloaded (--no-images); the old addresses are kept',
  'summary.attachments': '  Attachments (public/lampiran): {fetched} downloaded, {reused} already there, {failed} failed',
  'summary.redirects': '  Redirects from old addresses: {count} (public/_redirects, redirects.json)',
  'summary.base': '  Site folder: {base} ({from}); redirects and links point there',
  'summary.baseUnknown':
    '  Site folder: not known yet (it is filled in when publishing), so redirects point to the site root. On GitHub Pages at …github.io/repository-name/, run again with --base /repository-name',
  'base.config': 'from astro.config.mjs',
  'base.env': 'from an environment variable',
  'base.github': 'as GitHub Pages will give it, from the GitHub remote',
  'base.option': 'from --base',

  'summary.comments': '  Comments: {count} not imported (outside what the import covers)',
  'summary.edited': '  Not overwritten because you edited them: {count} (use --force to overwrite)',
  'summary.report': 'Full report (with the redirect list for Blogger): {file}',
  'summary.notesHead': 'Notes:',
  'summary.next': 'Next: run npm run dev and check the result.',
  'comment.source': 'Imported from {url}',
  'comment.comments': '{count} comments on the old blog were not imported',
  untitled: 'Untitled ({date})',
  'report.title': '# {source} import report',
  'report.redirectsHead': '## Redirects from old addresses',
  'report.redirectsIntro':
    'Already written for Netlify (public/_redirects) and for Astro/GitHub Pages (redirects.json). If the old blog stays online, add them in Blogger too: Settings → Custom redirects.',
  'report.queryNote':
    '?p=… addresses and label addresses with spaces or non-Latin letters are redirected by Netlify only (it matches query parameters); GitHub Pages cannot redirect an address with a query, and Astro makes no page for such paths.',
  'report.notesHead': '## Notes',
  'report.imagesHead': '## Images that failed to download (the old addresses are kept)',
};

const NOTES_ID: Record<NoteCode, string> = {
  encoding: 'file ini tidak ditulis dalam UTF-8; dibaca sebagai Latin-1 (Windows-1252). Periksa huruf beraksen di hasilnya.',
  undeclaredPrefix: 'file memakai awalan XML yang tidak dideklarasikan ({prefix}); tetap dibaca.',
  noTitle: 'tidak berjudul; judul sementara dipakai, ganti di file-nya.',
  noBody: 'tidak ada isinya; ditulis kosong.',
  noDate: 'tidak bertanggal; dipakai tanggal impor.',
  noLink: 'alamat lamanya tidak ada di ekspor; tidak ada pengalihan untuknya.',
  doubleEscaped: 'teksnya di-escape dua kali (&amp;amp;); sudah dibetulkan.',
  unknownType: "jenis konten '{type}' tidak diimpor.",
  brokenEntry: 'entri rusak (tanpa isi); dilewati.',
  video: 'video unggahan Blogger tidak bisa dipindahkan; diganti tautan ke tulisan lama ({address}). Unggah videonya ke YouTube lalu tempel alamatnya.',
  keptHtml: 'sematan dari {what} dibiarkan sebagai HTML (situs menampilkannya sebagai tautan).',
  imageFailed: 'gambar {address} gagal diunduh ({reason}); alamat lama tetap dipakai.',
  fileFailed: 'lampiran {address} gagal diunduh ({reason}); tautannya tetap ke alamat lama.',
  draftFiles:
    'tulisan draf: {count} lampirannya tidak disalin ke public/ (isinya selalu terbit); tautannya tetap ke alamat lama. Saat menerbitkannya, unduh lampiran itu ke public/lampiran/ dan ganti tautannya.',
  edited: 'sudah Anda ubah sejak impor sebelumnya; tidak ditimpa ({file}).',
  takenPath: 'nama file {slug} sudah dipakai tulisan lain; ditulis sebagai {file}.',
  queryRedirect: 'alamat {from} hanya dialihkan di Netlify.',
  customRedirect: '',
  galleryMissing: 'galeri berisi gambar yang tidak ada di ekspor; sebagian gambar hilang.',
  truncatedFeed: 'feed hanya memuat ringkasan, bukan tulisan utuh; pakai file cadangan untuk isi lengkap.',
  convertFailed: 'isinya tidak bisa diubah ke Markdown ({reason}); HTML aslinya disimpan apa adanya.',
};

const NOTES_EN: Record<NoteCode, string> = {
  encoding: 'the file is not UTF-8; it was read as Latin-1 (Windows-1252). Check accented letters in the result.',
  undeclaredPrefix: 'the file uses an undeclared XML prefix ({prefix}); read anyway.',
  noTitle: 'has no title; a placeholder title was used, change it in the file.',
  noBody: 'has no content; written empty.',
  noDate: 'has no date; the date of the import was used.',
  noLink: 'its old address is not in the export; no redirect for it.',
  doubleEscaped: 'its text was escaped twice (&amp;amp;); fixed.',
  unknownType: "content type '{type}' is not imported.",
  brokenEntry: 'broken entry (no content); skipped.',
  video: 'a video uploaded to Blogger cannot be exported; replaced by a link to the old post ({address}). Upload the video to YouTube and paste its address.',
  keptHtml: 'the embed from {what} was kept as HTML (the site shows it as a link).',
  imageFailed: 'image {address} failed to download ({reason}); the old address is kept.',
  fileFailed: 'attachment {address} failed to download ({reason}); the link keeps the old address.',
  draftFiles:
    'a draft: its {count} attachment links were not copied to public/ (which is always published); they keep the old addresses. When you publish it, download those files into public/lampiran/ and change the links.',
  edited: 'you edited it since the last import; not overwritten ({file}).',
  takenPath: 'the file name {slug} is used by another post; written as {file}.',
  queryRedirect: 'the address {from} is redirected on Netlify only.',
  customRedirect: '',
  galleryMissing: 'a gallery names images that are not in the export; some images are missing.',
  truncatedFeed: 'the feed holds summaries, not whole posts; use the backup file for the full text.',
  convertFailed: 'its content could not be converted to Markdown ({reason}); the original HTML was kept as it is.',
};

export type { Lang };
export type Translate = Translator<MessageKey>;

/** Both catalogs and the report's notes, for the generated troubleshooting pages of the docs. */
export const CATALOGS = { id, en } as const;
export const NOTE_CATALOGS = { id: NOTES_ID, en: NOTES_EN } as const;

export function translator(lang: Lang): Translate {
  return createTranslator<MessageKey>({ id, en }, lang);
}

export function noteText(lang: Lang, code: NoteCode, vars: Record<string, string | number> = {}): string {
  return fill((lang === 'en' ? NOTES_EN : NOTES_ID)[code], vars);
}
