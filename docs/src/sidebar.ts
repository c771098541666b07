// The docs' navigation, by the Diátaxis kinds a workshop needs: a course to follow in order, guides
// for one task each, reference generated from the code, and what each message means.
type Group = { label: string; translations: { en: string }; items: (string | { autogenerate: { directory: string } })[] };

/** Tutorial units, one per workshop evening, in order. */
export const COURSE = [
  'kelas',
  'kelas/1-pasang-node',
  'kelas/2-buat-blog',
  'kelas/3-tulisan-pertama',
  'kelas/4-foto',
  'kelas/5-modul-ajar',
  'kelas/6-cms',
  'kelas/7-terbit',
];

export const GUIDES = [
  'panduan/modul-ajar-per-mapel',
  'panduan/sematan',
  'panduan/rumus',
  'panduan/gambar',
  'panduan/tautan-berbagi',
  'panduan/pindah-dari-blogger-wordpress',
  'panduan/cms',
  'panduan/netlify',
  'panduan/github-pages',
  'panduan/cloudflare-pages',
  'panduan/domain-sendiri',
  'panduan/tanpa-laptop',
  'panduan/direktori-komunitas',
  'panduan/pelatihan',
];

export const sidebar: Group[] = [
  { label: 'Kelas Menulis Blog', translations: { en: 'Blog Writing Class' }, items: COURSE },
  { label: 'Panduan', translations: { en: 'How-to guides' }, items: GUIDES },
  { label: 'Referensi', translations: { en: 'Reference' }, items: [{ autogenerate: { directory: 'referensi' } }] },
  { label: 'Arti pesan', translations: { en: 'What a message means' }, items: [{ autogenerate: { directory: 'masalah' } }] },
];
