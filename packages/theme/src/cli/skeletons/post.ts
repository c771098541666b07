import { toFrontmatter } from './yaml.ts';

export interface PostSpec {
  title: string;
  tags: string[];
  /** YYYY-MM-DD. */
  date: string;
}

const BODY = [
  '_Tulis pembuka tulisan di sini: apa yang ingin Anda bagikan, dan untuk siapa._',
  '## Subjudul',
  '_Isi tulisan. Gambar: simpan berkasnya di samping tulisan ini lalu tulis `![keterangan gambar](./nama-gambar.jpg)`._',
];

/** A blog post skeleton (the theme's post schema): a draft until the teacher removes `draft`. */
export function renderPost(spec: PostSpec): string {
  const frontmatter = toFrontmatter(
    { title: spec.title, description: '', pubDate: spec.date, tags: spec.tags, draft: true },
    {
      comments: {
        description: 'Satu kalimat ringkasan (paling banyak 160 huruf) untuk mesin pencari dan RSS.',
        draft: 'Hapus baris draft jika tulisan sudah siap terbit.',
      },
      dates: ['pubDate'],
    },
  );
  return `${frontmatter}\n${BODY.join('\n\n')}\n`;
}
