import type { DeployTarget } from '../context.ts';
import { NODE_NEEDED } from '../node-version.ts';
import { type DetectedPm, runCommand } from '../package-manager.ts';
import { BUILD_NODE_MAJOR } from './deploy.ts';

/** The README of a new community directory, in Indonesian, for an organizer. */
export function renderCommunityReadme(title: string, pm: DetectedPm, deploy: DeployTarget): string {
  const run = (script: string) => runCommand(pm.name, script);
  const host: Record<DeployTarget, string> = {
    netlify:
      'Netlify menjalankan `feeds:update` lalu `build` setiap kali membangun (lihat `netlify.toml`); atur *build hook* terjadwal bila ingin diperbarui sendiri.',
    'github-pages':
      'Alur kerja `.github/workflows/deploy.yml` mengambil tulisan dan menerbitkan situs setiap 6 jam dan setiap ada push ke `main`; simpanan disimpan di cache GitHub Actions.',
    'cloudflare-pages': `Di Cloudflare Pages, isi *Build command* \`${run('feeds:update')} ; ${run('build')}\` dan *Build output directory* \`dist\`.`,
    none: 'Unggah isi folder `dist/` ke hosting statis mana pun setelah `feeds:update` dan `build`.',
    all: '',
  };
  host.all = [host.netlify, host['github-pages'], host['cloudflare-pages']].join('\n\n');
  return `# ${title}

Direktori blog anggota komunitas, dibuat dengan [Guru Blog](https://github.com/guru-blog/guru-blog)
(\`@guru-blog/community\`): daftar anggota, tulisan terbaru mereka, halaman per anggota, statistik,
kesehatan feed, pencarian, dan feed gabungan (RSS/Atom/JSON) serta OPML.

## Menjalankan

Perlu Node.js ${BUILD_NODE_MAJOR} (atau minimal ${NODE_NEEDED}) dari https://nodejs.org.

\`\`\`sh
${pm.name} install        # sekali saja
${run('feeds:check')}      # periksa members.yaml dan coba ambil setiap feed
${run('feeds:update')}     # ambil tulisan terbaru anggota ke folder .guru-community
${run('dev')}        # buka http://localhost:4321/
\`\`\`

## Anggota

Tulis anggota di \`members.yaml\` (contohnya ada di berkas itu): \`nama\` dan \`blog\` wajib; \`feed\`
(mis. feed label Blogger atau kategori WordPress), \`sekolah\`, \`jenjang\`, \`mapel\`, \`provinsi\`,
\`kabupaten\`, \`foto\`, \`aktif\` opsional. Hasil formulir Google Forms juga bisa dipakai: unduh sebagai
CSV dan simpan sebagai \`members.csv\`. Kesalahan disebut lengkap dengan baris dan kolomnya.

## Memperbarui

\`${run('feeds:update')}\` mengambil feed dengan sopan (paling banyak 2 permintaan sekaligus ke satu situs,
permintaan bersyarat, tidak mengulang sebelum waktunya) dan **tidak pernah menghapus tulisan yang sudah
tersimpan** ketika sebuah feed gagal. \`${run('feeds:status')}\` menampilkan feed yang bermasalah; halaman
"Kesehatan feed" di situs menampilkan hal yang sama. Simpan folder \`.guru-community/\` di Git supaya
tulisan lama tetap ada.

## Menerbitkan

${host[deploy]}

\`${run('build')}\` membangun situs dari simpanan saja, tanpa internet; hasilnya di folder \`dist/\`.
`;
}
