// What each option and field is for, in both languages. The structure (names, types, defaults,
// allowed values) comes from the zod schemas; this file holds only the sentence a teacher reads.
// test/reference.test.ts fails when the code gains a field this file does not describe.
import type { Lang } from './zod-fields.ts';

type Text = Record<Lang, string>;
const t = (id: string, en: string): Text => ({ id, en });

export const THEME_OPTIONS: Record<string, Text> = {
  title: t('Judul blog: tampil di kepala halaman, tab browser, dan feed.', 'Blog title in the header, the browser tab and feeds.'),
  description: t('Satu kalimat tentang blog, untuk mesin pencari dan feed.', 'One sentence about the blog, for search engines and feeds.'),
  author: t('Guru pemilik blog.', 'The teacher who writes the blog.'),
  'author.name': t('Nama guru seperti yang dibaca pembaca, mis. "Bu Ratna Sari Dewi, S.Pd.".', 'The teacher’s name as readers see it.'),
  'author.school': t('Sekolah, mis. "SMP Negeri 3 Yogyakarta".', 'School, e.g. "SMP Negeri 3 Yogyakarta".'),
  'author.photo': t('Jalur foto di folder `public/`, mis. "/foto-saya.jpg".', 'Path of a photo in `public/`, e.g. "/foto-saya.jpg".'),
  'author.bio': t('Satu-dua kalimat di beranda dan halaman Tentang.', 'One or two sentences on the home and about pages.'),
  'author.links': t('Tautan pribadi (YouTube, surel) di halaman Tentang.', 'Personal links (YouTube, email) on the about page.'),
  'author.subjects': t('Mapel yang diajar, slug katalog (lihat Mapel).', 'Subjects taught, as catalog slugs (see Subjects).'),
  lang: t('Bahasa tampilan blog.', 'Language of the blog’s interface.'),
  social: t('Tautan di kaki halaman.', 'Links in the footer.'),
  routes: t('Halaman bawaan yang dibuat; isi `false` untuk membuat halaman sendiri.', 'Built-in pages to create; set one to `false` to write your own.'),
  nav: t('Menu kepala halaman, menggantikan yang dibuat dari `routes`.', 'Header links, replacing the ones made from `routes`.'),
  search: t('Pencarian teks lengkap (Pagefind).', 'Full-text search (Pagefind).'),
  timeZone: t(
    'Zona waktu tanggal tulisan: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).',
    'Time zone of post dates: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT).',
  ),
  postsPerPage: t('Jumlah tulisan per halaman daftar.', 'Posts per page in the post list.'),
  strings: t('Ganti kata-kata tampilan, mis. `{ "site.nav.posts": "Artikel" }`.', 'Override interface words, e.g. `{ "site.nav.posts": "Articles" }`.'),
  components: t('Ganti komponen tema dengan berkas `.astro` sendiri.', 'Replace theme components with your own `.astro` files.'),
  customCss: t('Berkas CSS tambahan (dari folder proyek).', 'Extra CSS files (from the project folder).'),
  subjects: t('Mapel tambahan untuk katalog (Muatan Lokal, program SMK).', 'Subjects added to the catalog (local content, SMK programmes).'),
  csp: t('Kebijakan keamanan konten (CSP) di setiap halaman.', 'Content-Security-Policy on every page.'),
  embedHosts: t('Situs lain yang `<iframe>`-nya boleh tampil (nama host saja).', 'More sites whose `<iframe>` may show (host names only).'),
  accent: t(
    'Warna aksen blog: senja, samudra, hutan, anggrek, atau kunyit (semuanya terbaca jelas di mode terang dan gelap).',
    'The blog’s accent colour: senja, samudra, hutan, anggrek or kunyit (each readable in light and dark mode).',
  ),
  cms: t(
    'Editor di browser (Decap CMS) di `/admin/`: menulis tulisan dan modul ajar lewat formulir, tanpa Git.',
    'The browser editor (Decap CMS) at `/admin/`: write posts and lessons in a form, without Git.',
  ),
};

export const COMMUNITY_OPTIONS: Record<string, Text> = {
  title: t('Nama direktori, mis. "Blog Guru IGI Kabupaten Sleman".', 'The directory’s name.'),
  description: t('Satu kalimat tentang direktori.', 'One sentence about the directory.'),
  organizer: t('Penyelenggara direktori (tampil sebagai penulis situs).', 'Who runs the directory (shown as the site’s author).'),
  lang: t('Bahasa tampilan.', 'Interface language.'),
  timeZone: t('Zona waktu tanggal (WIB, WITA, WIT).', 'Time zone of dates (WIB, WITA, WIT).'),
  members: t(
    'Berkas anggota, dari folder proyek. Bawaan: berkas yang juga dibaca CLI (`"guru-community": { "members": "…" }` di package.json, lalu members.yaml, members.yml atau members.csv).',
    'Members file, from the project folder. Default: the file the CLI reads too (`"guru-community": { "members": "…" }` in package.json, else members.yaml, members.yml or members.csv).',
  ),
  store: t('Folder simpanan yang ditulis `guru-community fetch`.', 'Store folder written by `guru-community fetch`.'),
  postsPerPage: t('Tulisan per halaman di daftar tulisan terbaru.', 'Posts per page in the river of latest posts.'),
  memberPosts: t('Tulisan yang tampil di halaman seorang anggota.', 'Posts listed on a member’s page.'),
  searchIndexSize: t('Tulisan per indeks pencarian (komunitas besar mendapat beberapa indeks).', 'Posts per search index (large communities get several).'),
  strings: t('Ganti kata-kata direktori.', 'Override the directory’s words.'),
  components: t('Ganti komponen direktori dengan berkas `.astro` sendiri.', 'Replace directory components with your own `.astro` files.'),
};

export const POST_FIELDS: Record<string, Text> = {
  title: t('Judul tulisan.', 'Post title.'),
  description: t('Ringkasan satu kalimat (daftar tulisan, mesin pencari, tautan berbagi).', 'One-sentence summary (lists, search engines, share previews).'),
  pubDate: t('Tanggal terbit, TTTT-BB-HH.', 'Publication date, YYYY-MM-DD.'),
  updatedDate: t('Tanggal diperbarui; tidak boleh sebelum pubDate.', 'Date updated; not before pubDate.'),
  tags: t('Tag, mis. ["pecahan", "kelas 7"].', 'Tags, e.g. ["fractions", "grade 7"].'),
  heroImage: t('Foto sampul: berkas di samping tulisan atau alamat https://.', 'Cover photo: a file next to the post or an https:// address.'),
  heroAlt: t(
    'Keterangan foto sampul untuk pembaca tunanetra; wajib bila ada heroImage.',
    'Cover photo description for blind readers; required with heroImage.',
  ),
  draft: t('`true` = belum terbit (tidak ikut dibangun).', '`true` = not published yet (left out of the build).'),
  author: t('Nama penulis tamu; bila kosong, penulis blog.', 'A guest author’s name; the blog’s author when empty.'),
};

/** Lesson fields with no page heading of their own in the theme's strings. */
export const LESSON_FIELDS: Record<string, Text> = {
  title: t('Judul rencana pembelajaran.', 'Title of the lesson plan.'),
  description: t('Ringkasan satu kalimat.', 'One-sentence summary.'),
  date: t('Tanggal disusun, TTTT-BB-HH (atau pubDate).', 'Date written, YYYY-MM-DD (or pubDate).'),
  pubDate: t('Sama dengan date (nama isian tulisan).', 'Same as date (the post field name).'),
  updatedDate: t('Tanggal diperbarui.', 'Date updated.'),
  subjectLabel: t('Nama tampilan untuk mapel umum (Muatan Lokal, program SMK).', 'Display name for catch-all subjects.'),
  schoolType: t('MI, SDLB, Paket A…: menentukan menit per JP.', 'MI, SDLB, Paket A…: sets minutes per JP.'),
  learners: t('Kesiapan dan sasaran murid.', 'Learners’ readiness and target group.'),
  tags: t('Tag.', 'Tags.'),
  draft: t('`true` = belum terbit.', '`true` = not published yet.'),
  image: t('Gambar sampul di samping berkas.', 'Cover image next to the file.'),
  imageAlt: t('Keterangan gambar sampul.', 'Cover image description.'),
};

export const MEMBER_FIELDS_TEXT: Record<string, Text> = {
  name: t('Nama guru, mis. "Ani Suryani, S.Pd.".', 'Teacher’s name.'),
  blog: t('Alamat blog, mis. https://bu-ani.blogspot.com.', 'Blog address.'),
  feed: t('Alamat feed; bila kosong, dicari dari halaman blog.', 'Feed address; found from the blog page when empty.'),
  id: t('Nama pendek di alamat halaman anggota; bila kosong, dibuat dari nama.', 'Short name in the member page’s address; made from the name when empty.'),
  school: t('Sekolah.', 'School.'),
  jenjang: t('Jenjang: PAUD, TK, SD, MI, SMP, MTs, SMA, MA, SMK, MAK, SLB (boleh beberapa).', 'School level(s).'),
  subjects: t('Mapel yang diajar (nama atau singkatan).', 'Subjects taught (names or short names).'),
  provinsi: t('Provinsi.', 'Province.'),
  kabupaten: t('Kabupaten/kota.', 'Regency/city.'),
  photo: t('Foto: alamat https:// atau jalur di public/.', 'Photo: an https:// address or a path in public/.'),
  active: t('`ya`/`tidak`: anggota nonaktif tidak diambil feed-nya.', '`yes`/`no`: inactive members’ feeds are not fetched.'),
};
