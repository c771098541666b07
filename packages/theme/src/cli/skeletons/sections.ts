// The family sections of a lesson skeleton. Which fields a family has, their kind and their page title
// come from the theme (FAMILY_DEFINITIONS); the skeleton only supplies the placeholder words, so a new
// family or section is written without changes here.
import id from '../../i18n/id.ts';
import { FAMILY_DEFINITIONS } from '../../lessons/families/index.ts';
import type { FamilySection } from '../../lessons/family.ts';
import type { SectionKind } from '../../lessons/section-kinds.ts';
import type { FamilySkeleton, FieldPlaceholder } from './types.ts';

/** A placeholder for every kind, used when a skeleton has none for a field (a section added later). */
export const KIND_PLACEHOLDERS: { [K in SectionKind]: FieldPlaceholder<K> } = {
  text: { note: 'tulis isinya; baris kosong memulai paragraf baru.', value: 'Tulis isi bagian ini.' },
  list: { note: 'satu butir per baris, diawali "- ".', value: ['Tulis butir pertama.', 'Tulis butir berikutnya.'] },
  steps: { note: 'langkah berurutan, satu per baris; nomornya dibuat otomatis.', value: ['Tulis langkah pertama.', 'Tulis langkah berikutnya.'] },
  questions: { note: 'satu pertanyaan per baris; nomornya dibuat otomatis.', value: ['Tulis pertanyaan pertama.', 'Tulis pertanyaan berikutnya.'] },
  formulas: { note: 'satu rumus per baris dalam notasi TeX.', value: ['a + b = c'] },
  qa: { note: 'soal (question) dan jawabannya (answer).', value: [{ question: 'Tulis soal.', answer: 'Tulis jawabannya.' }] },
  table: {
    note: 'judul tabel (caption), nama kolom (columns), dan isi baris (rows).',
    value: { caption: 'Tulis judul tabel.', columns: ['No.', 'Kolom 1', 'Kolom 2'], rows: [[1, '', '']] },
  },
  terms: { note: 'istilah (term) dan artinya (definition).', value: [{ term: 'Tulis istilah', definition: 'Tulis artinya.' }] },
  links: {
    note: 'judul (title), keterangan (description), dan alamat (href) bila ada di internet.',
    value: [{ title: 'Tulis judul.', description: 'Tulis keterangannya.' }],
  },
  timeline: { note: 'waktu (when) dan peristiwa (event), berurutan.', value: [{ when: 'tahun', event: 'Tulis peristiwanya.' }] },
  code: {
    note: 'bahasa (language), keterangan (caption), dan kode program (code) setelah "|", menjorok dua spasi.',
    value: [{ language: 'python', caption: 'Tulis apa yang dikerjakan program ini.', code: 'print("Halo")\n' }],
  },
};

/** What every `qa` comment adds: `$…$` in the text is rendered as a formula. */
const QA_MATH = 'Rumus di dalam teks ditulis di antara tanda $, mis. $x^2 + 1$.';
const ANSWERS_LAST = `Jawaban (answer) tidak tampil di layar; jawaban dicetak di halaman terakhir "${id['lesson.answers']}".`;
const HEADER =
  'Bagian khusus mapel ini: tiap isian tampil sebagai bagian tersendiri di halaman.\nGanti teks "Tulis …" dengan isi Anda; bagian yang tidak dipakai boleh dihapus.';

/** The sections the page shows for this skeleton's family, in page order. */
export const familySectionsOf = (skeleton: FamilySkeleton): readonly FamilySection[] => FAMILY_DEFINITIONS[skeleton.family].sections;

/** The placeholder of one section: the skeleton's own, or its kind's. */
export function placeholderOf(skeleton: FamilySkeleton, section: FamilySection): FieldPlaceholder {
  const fields: Partial<Record<string, FieldPlaceholder>> = skeleton.fields;
  return fields[section.field] ?? KIND_PLACEHOLDERS[section.kind];
}

/** The family's section fields with their placeholder values, in page order (copies, safe to change). */
export function sectionData(skeleton: FamilySkeleton): Record<string, unknown> {
  return Object.fromEntries(familySectionsOf(skeleton).map((s) => [s.field, structuredClone(placeholderOf(skeleton, s).value)]));
}

/** The comment above each section field: its title on the page and what to write there. */
export function sectionComments(skeleton: FamilySkeleton): Record<string, string> {
  return Object.fromEntries(
    familySectionsOf(skeleton).map((s, i) => {
      const hints = [`${id[s.title]}: ${placeholderOf(skeleton, s).note}`];
      if (s.kind === 'qa') hints.push(QA_MATH);
      if (s.answersLast) hints.push(ANSWERS_LAST);
      return [s.field, `${i === 0 ? `${HEADER}\n` : ''}${hints.join('\n')}`];
    }),
  );
}

/** "A", "A dan B", "A, B, dan C". */
const joinId = (items: string[]) => (items.length < 3 ? items.join(' dan ') : `${items.slice(0, -1).join(', ')}, dan ${items.at(-1)}`);

/** The lesson body: one guidance paragraph for the "Materi" part of the page; no `##` sections. */
export function materiBody(skeleton: FamilySkeleton): string {
  const titles = familySectionsOf(skeleton).map((s) => id[s.title]);
  const sentences = [
    skeleton.materi,
    `Bagian ini tampil dengan judul "${id['lesson.content']}"; subjudul ditulis dengan \`###\`.`,
    ...(titles.length ? [`${joinId(titles)} diisi di bagian atas file (frontmatter), bukan di sini.`] : []),
  ];
  return `_${sentences.join(' ')}_\n`;
}
