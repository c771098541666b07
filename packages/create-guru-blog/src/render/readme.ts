import type { DeployTarget } from '../context.ts';
import { NODE_NEEDED } from '../node-version.ts';
import { type DetectedPm, execCommand, installArgs, runCommand } from '../package-manager.ts';
import { BUILD_NODE_MAJOR } from './deploy.ts';

export interface ReadmeInput {
  title: string;
  pm: DetectedPm;
  deploy: DeployTarget;
  /** Whether the blog has the browser editor (`npm run cms`, /admin/). */
  cms?: boolean;
  samplePost: string;
  sampleLesson?: string;
  /** The `new lesson` example: the sample lesson's subject and grade (none for PAUD), which the CLI accepts together. */
  lessonExample?: { mapel: string; kelas?: number };
}

const PUBLISH: Record<Exclude<DeployTarget, 'none' | 'all'>, (build: string) => string> = {
  netlify: (build) => `### Netlify

1. Unggah folder ini ke repositori GitHub baru (lihat "Menyimpan di GitHub" di bawah).
2. Masuk ke https://app.netlify.com → **Add new site** → **Import an existing project** → pilih repositori ini.
3. Pengaturan sudah terbaca dari \`netlify.toml\` (perintah \`${build}\`, folder \`dist\`, Node ${BUILD_NODE_MAJOR}). Klik **Deploy**.
4. Setiap kali Anda mengirim perubahan ke GitHub, Netlify menerbitkan ulang blog dalam 1–2 menit.`,
  'github-pages': (build) => `### GitHub Pages

1. Unggah folder ini ke repositori GitHub baru (lihat "Menyimpan di GitHub" di bawah).
2. Di repositori: **Settings** → **Pages** → **Build and deployment** → **Source: GitHub Actions**.
3. Alur kerja \`.github/workflows/deploy.yml\` menjalankan \`${build}\` dan menerbitkan folder \`dist\` setiap ada push ke cabang \`main\`.
4. Alamatnya tampil di tab **Actions** dan di **Settings → Pages**, mis. \`https://nama-anda.github.io/nama-repositori/\`.`,
  'cloudflare-pages': (build) => `### Cloudflare Pages

1. Unggah folder ini ke repositori GitHub baru (lihat "Menyimpan di GitHub" di bawah).
2. Masuk ke https://dash.cloudflare.com → **Workers & Pages** → **Create** → **Pages** → **Connect to Git** → pilih repositori ini.
3. Isi: *Build command* \`${build}\`, *Build output directory* \`dist\`. Versi Node dibaca dari berkas \`.nvmrc\` (${BUILD_NODE_MAJOR}).
4. Setelah terbit, tulis alamatnya (mis. \`https://nama-blog.pages.dev\`) sebagai \`site\` di \`astro.config.mjs\` supaya RSS dan peta situs memakai alamat lengkap.`,
};

/** How to publish from /admin/ once the blog is online, per host; no secret goes into the repository. */
const CMS_ONLINE: Record<Exclude<DeployTarget, 'all'>, string> & Partial<Record<'all', string>> = {
  netlify: `Setelah blog terbit di Netlify, editor yang sama ada di \`https://alamat-blog-anda/admin/\`. Masuk dengan
akun GitHub yang boleh menulis ke repositori ini:

1. Di Netlify: **Site configuration** → **Access & security** → **OAuth** → **Install provider** → **GitHub**
   (isi *Client ID* dan *Client Secret* dari GitHub: **Settings** → **Developer settings** → **OAuth Apps** →
   **New OAuth App**, dengan *Authorization callback URL* \`https://api.netlify.com/auth/done\`).
2. Kunci rahasia itu hanya disimpan di Netlify, tidak pernah di repositori ini.
3. Buka \`/admin/\`, klik **Masuk dengan GitHub**. Tulisan yang diterbitkan menjadi commit di GitHub, lalu
   Netlify membangun ulang blog dalam 1–2 menit.`,
  'github-pages': `GitHub Pages tidak punya layanan masuk (OAuth) sendiri. Agar \`/admin/\` bisa dipakai setelah terbit:

1. Siapkan layanan OAuth kecil untuk GitHub, misalnya Worker Cloudflare gratis (cari "decap cms github oauth
   cloudflare worker") atau situs Netlify kosong yang hanya dipakai untuk masuk.
2. Di GitHub: **Settings** → **Developer settings** → **OAuth Apps** → **New OAuth App**; *Authorization callback
   URL* diisi alamat callback layanan itu. Simpan *Client ID* dan *Client Secret* di layanan OAuth itu, **bukan**
   di repositori ini.
3. Di \`astro.config.mjs\`, isi \`baseUrl\` pada \`cms.backend\` dengan alamat layanan OAuth itu, lalu kirim ke GitHub.
4. Buka \`https://nama-anda.github.io/nama-repositori/admin/\`, klik **Masuk dengan GitHub**.`,
  'cloudflare-pages': `Untuk memakai \`/admin/\` setelah terbit, editor perlu layanan masuk (OAuth) GitHub: lihat panduan Guru Blog
("Menulis lewat browser"), lalu isi \`cms: { backend: { repo: 'nama-anda/nama-repositori', baseUrl: '…' } }\`.`,
  none: `Setelah blog terbit, \`/admin/\` bisa dipakai dengan akun GitHub: lihat panduan Guru Blog ("Menulis lewat browser").`,
};
CMS_ONLINE.all = `Di Netlify:\n\n${CMS_ONLINE.netlify}\n\nDi GitHub Pages:\n\n${CMS_ONLINE['github-pages']}`;

function cmsSection(input: ReadmeInput, cms: string): string {
  return `## Menulis lewat browser (tanpa menyentuh berkas)

\`\`\`sh
${cms}
\`\`\`

lalu buka alamat yang ditampilkan (mis. \`http://127.0.0.1:4321/admin/\`) dan klik **Masuk**. Tidak perlu akun:
formulirnya menyimpan tulisan dan modul ajar langsung ke \`src/content/\`, foto di samping tulisannya (agar
diperkecil otomatis). Editor ini hanya bisa dibuka dari komputer ini sendiri. Tulisan \`.mdx\` (berisi
komponen) tampil sebagai kode apa adanya agar tidak rusak.

${CMS_ONLINE[input.deploy] ?? ''}

Ingin perubahan diperiksa dulu sebelum terbit (draf → diperiksa → siap)? Tulis \`editorialWorkflow: true\` di
dalam \`cms: { … }\`. Cara lama lewat Netlify Identity dan Git Gateway (\`backend: { name: 'git-gateway' }\`) masih
berjalan untuk situs lama, tetapi Netlify sudah tidak menganjurkannya untuk situs baru.`;
}

/** The README of the new blog, in Indonesian, for a teacher who has never used a terminal much. */
export function renderReadme(input: ReadmeInput): string {
  const { pm } = input;
  const install = `${pm.name} ${installArgs(pm, false)[0]}`;
  const dev = runCommand(pm.name, 'dev');
  const build = runCommand(pm.name, 'build');
  const example = input.lessonExample ?? { mapel: 'matematika', kelas: 7 };
  const kelas = example.kelas === undefined ? '' : ` --kelas ${example.kelas}`;
  const lessonCmd = `${execCommand(pm.name, 'guru-blog')} new lesson --mapel ${example.mapel}${kelas} --jenis modul-ajar --judul "Judul Pelajaran"`;
  const chosen = input.deploy === 'none' || input.deploy === 'all' ? undefined : input.deploy;
  const others = (Object.keys(PUBLISH) as (keyof typeof PUBLISH)[]).filter((k) => k !== chosen);
  return `# ${input.title}

Blog ini dibuat dengan [Guru Blog](https://github.com/guru-blog/guru-blog): tulisan dan modul ajar
ditulis sebagai berkas Markdown, lalu diubah menjadi situs yang ringan, bisa dicari, dan nyaman
dibaca di HP.

## Menjalankan di komputer sendiri

Perlu Node.js ${BUILD_NODE_MAJOR} (atau minimal ${NODE_NEEDED}) dari https://nodejs.org. Dengan Node yang lebih lama,
\`${dev}\` mengambil Node yang cocok sendiri (sekali saja, ke folder ~/.cache/guru-blog).

\`\`\`sh
${install}      # sekali saja, perlu internet
${dev}      # buka http://localhost:4321/ di browser
\`\`\`

Selama \`${dev}\` berjalan, setiap berkas yang disimpan langsung tampil di browser. Hentikan dengan Ctrl+C.

## Menulis artikel

Artikel ada di \`src/content/posts/\`, satu berkas \`.md\` per artikel. Contohnya:
\`${input.samplePost}\`. Salin berkas itu, ganti namanya (huruf kecil dan tanda hubung, mis.
\`belajar-pecahan.md\`), lalu ubah bagian atasnya:

\`\`\`yaml
---
title: Belajar Pecahan dengan Kertas Lipat
description: Satu kalimat ringkasan untuk daftar artikel dan mesin pencari.
pubDate: 2026-07-15
tags: [matematika, kelas 4]
---
\`\`\`

Di bawahnya tulis isi artikel: \`## Subjudul\`, daftar dengan \`-\`, tabel, tautan, dan gambar
(simpan gambar di samping artikel lalu tulis \`![keterangan gambar](./nama-gambar.jpg)\`; foto
langsung dari ponsel boleh, ukurannya diperkecil otomatis untuk pembaca).
Artikel dengan \`draft: true\` tidak diterbitkan.

Video dan bahan interaktif: tempel alamat YouTube, Google Slide/Dokumen/Formulir/Drive, Canva,
Wordwall, Quizizz/Wayground, Padlet, GeoGebra, atau PhET sendirian di satu baris, atau tempel kode
\`<iframe …>\` dari tombol "Sematkan/Embed". Sematan baru dimuat setelah pembaca mengekliknya, jadi
halaman tetap ringan.

## Menulis modul ajar (RPP / Modul Ajar / RPM)

Modul ajar ada di \`src/content/lessons/\`.${input.sampleLesson ? ` Contohnya: \`${input.sampleLesson}\`.` : ''} Buat kerangka baru yang sudah
berisi bagian-bagian sesuai mapel dengan:

\`\`\`sh
${lessonCmd}
\`\`\`

Daftar mapel yang dikenal: \`${execCommand(pm.name, 'guru-blog')} mapel\`. Ganti setiap teks "Tulis …" dengan isi Anda.

${input.cms ? `${cmsSection(input, runCommand(pm.name, 'cms'))}\n\n` : ''}## Mengubah judul, nama, dan sekolah

Semua ada di \`astro.config.mjs\`: \`title\`, \`description\`, \`author\` (nama, sekolah, mapel,
foto, tautan). Halaman "Tentang" dibuat dari data itu; tulis halaman sendiri di
\`src/pages/about.md\` bila ingin isinya berbeda.

## Menerbitkan

Bangun situsnya dengan \`${build}\`: hasilnya di folder \`dist/\`, siap diunggah ke hosting statis mana pun.

${chosen ? `${PUBLISH[chosen](build)}\n\nTujuan lain:\n\n` : ''}${others.map((k) => PUBLISH[k](build)).join('\n\n')}

### Menyimpan di GitHub

1. Buat repositori baru (kosong) di https://github.com/new.
2. Di folder ini jalankan (ganti alamatnya dengan milik Anda):

\`\`\`sh
git remote add origin https://github.com/nama-anda/nama-repositori.git
git push -u origin main
\`\`\`

## Bantuan

- Pesan galat saat \`${dev}\` atau \`${build}\` menyebut berkas, baris, dan isian yang perlu diperbaiki.
- Panduan Guru Blog dan forum tanya jawab: https://github.com/guru-blog/guru-blog
`;
}
