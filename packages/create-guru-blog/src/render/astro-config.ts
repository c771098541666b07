import type { DeployTarget } from '../context.ts';

export interface SiteIdentity {
  title: string;
  author: string;
  school: string;
  subjects: string[];
  /** The theme's accent preset; the default (senja) when not given. */
  accent?: string;
  deploy: DeployTarget;
  /** The browser editor at /admin/ (the scaffolder's CMS answer). */
  cms?: boolean;
  /** "npm run dev" or the launching package manager's equivalent. */
  devCommand: string;
}

/** A JS literal in the config's own style (single quotes), safe for any typed text. */
export function js(value: string | string[]): string {
  if (Array.isArray(value)) return `[${value.map(js).join(', ')}]`;
  // JSON escaping covers control characters and U+2028/9; then swap the quote style.
  const body = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body}'`;
}

/** Where the published address comes from, per host: each sets it while building. */
export function siteLines(deploy: DeployTarget): string[] {
  switch (deploy) {
    case 'netlify':
      return ['  // Alamat blog: Netlify mengisinya (URL) saat membangun. Dengan domain sendiri, tulis di sini.', '  site: process.env.URL,'];
    case 'github-pages':
      return [
        '  // Alamat dan subfolder blog di GitHub Pages: diisi alur kerja .github/workflows/deploy.yml.',
        '  site: process.env.SITE_URL,',
        "  base: process.env.BASE_PATH || '/',",
      ];
    case 'all':
      return [
        '  // Alamat blog: Netlify (URL) atau alur kerja GitHub Pages (SITE_URL, BASE_PATH) mengisinya saat membangun.',
        '  // Di Cloudflare Pages atau dengan domain sendiri, tulis alamatnya di sini.',
        '  site: process.env.URL || process.env.SITE_URL,',
        "  base: process.env.BASE_PATH || '/',",
      ];
    case 'cloudflare-pages':
      return ["  // Alamat blog setelah terbit, mis. 'https://nama-blog.pages.dev' (untuk RSS dan peta situs).", "  // site: 'https://nama-blog.pages.dev',"];
    default:
      return ["  // Alamat blog setelah terbit, mis. 'https://bu-ratna.netlify.app' (untuk RSS dan peta situs).", "  // site: 'https://bu-ratna.netlify.app',"];
  }
}

/**
 * The browser editor (/admin/) and where it publishes, per host. Netlify and GitHub Actions tell
 * the build the repository's name, so none is written here; no secret ever is.
 */
export function cmsLines(deploy: DeployTarget): string[] {
  switch (deploy) {
    case 'netlify':
      return [
        '      // Editor di /admin/: `npm run cms` di komputer ini tanpa akun; setelah terbit, masuk dengan',
        '      // akun GitHub lewat Netlify (aktifkan GitHub di Site configuration → Access control → OAuth).',
        "      cms: { backend: { name: 'github', branch: 'main' } },",
      ];
    case 'github-pages':
      return [
        '      // Editor di /admin/: `npm run cms` di komputer ini tanpa akun. Agar bisa dipakai setelah terbit,',
        '      // GitHub Pages butuh layanan OAuth sendiri (lihat README, "Menulis lewat browser"), lalu isi baseUrl.',
        "      cms: { backend: { name: 'github', branch: 'main' /* , baseUrl: 'https://oauth-blog-anda.workers.dev' */ } },",
      ];
    default:
      return ['      // Editor di /admin/: `npm run cms` menyalakannya di komputer ini, tanpa akun.', '      cms: true,'];
  }
}

/** The new site's astro.config.mjs with the teacher's answers, as a teacher would write it by hand. */
export function renderAstroConfig(identity: SiteIdentity): string {
  const author = [`        name: ${js(identity.author)},`];
  if (identity.school) author.push(`        school: ${js(identity.school)},`);
  author.push(`        // Mapel yang diajar (slug katalog); daftar lengkap: npx guru-blog mapel`, `        subjects: ${js(identity.subjects)},`);
  return [
    '// @ts-check',
    "import guruBlog from '@guru-blog/theme';",
    "import { defineConfig } from 'astro/config';",
    '',
    `// Pengaturan blog. Ubah teks di bawah lalu simpan; \`${identity.devCommand}\` memuat ulang sendiri.`,
    'export default defineConfig({',
    ...siteLines(identity.deploy),
    '  integrations: [',
    '    guruBlog({',
    `      title: ${js(identity.title)},`,
    `      description: ${js(description(identity))},`,
    "      lang: 'id',",
    "      // Zona waktu tanggal tulisan: WIB. Di WITA tulis 'Asia/Makassar', di WIT 'Asia/Jayapura'.",
    "      timeZone: 'Asia/Jakarta',",
    '      // Warna utama: senja, samudra, hutan, anggrek atau kunyit (semuanya terbaca di mode terang dan gelap).',
    `      accent: ${js(identity.accent ?? 'senja')},`,
    '      author: {',
    ...author,
    '      },',
    ...(identity.cms ? cmsLines(identity.deploy) : []),
    '    }),',
    '  ],',
    '});',
    '',
  ].join('\n');
}

function description(identity: SiteIdentity): string {
  return identity.school
    ? `Catatan mengajar dan modul ajar dari ${identity.author}, ${identity.school}.`
    : `Catatan mengajar dan modul ajar dari ${identity.author}.`;
}
