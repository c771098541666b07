/**
 * The lesson corpus: the same generated bodies as the posts (same words, tables, task lists and
 * images), written as lesson plans with the frontmatter a real Modul Ajar/RPM has — identity,
 * time allocation, objectives, one meeting of activities, assessment and the family's own
 * sections — spread over SMP subjects of every family. Built against the same posts, it shows
 * what a lesson page costs over a post page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePost, mixSeed } from './corpus.ts';
import { generateImages } from './images.ts';
import { createRng } from './prng.ts';
import { discard } from './trash.ts';

/** One SMP subject per family, with that family's frontmatter sections. */
const SUBJECTS: { subject: string; family: string[] }[] = [
  {
    subject: 'matematika',
    family: [
      'formulas: ["a^2 + b^2 = c^2", "\\\\frac{a}{b} + \\\\frac{c}{d} = \\\\frac{ad + bc}{bd}"]',
      'exercises:',
      '  - { question: "Hitung $3^2 + 4^2$.", answer: "25" }',
      '  - { question: "Sederhanakan $\\\\frac{6}{8}$.", answer: "$\\\\frac{3}{4}$" }',
    ],
  },
  {
    subject: 'ipa',
    family: [
      'tools: [gelas ukur, pipet tetes, tabung reaksi]',
      'procedure: ["Siapkan larutan.", "Teteskan iodin.", "Amati perubahan warna."]',
      'observationTable: { columns: [No, Bahan, Warna], rows: [[1, Nasi, ""], [2, Roti, ""]] }',
    ],
  },
  { subject: 'bahasa-indonesia', family: ['vocabulary:', '  - { term: deskripsi, definition: "teks yang menggambarkan sesuatu" }'] },
  { subject: 'ips', family: ['timeline:', '  - { when: 1908, event: "Budi Utomo berdiri" }', '  - { when: 1928, event: "Sumpah Pemuda" }'] },
  { subject: 'pjok', family: ['equipment: [bola voli, net, peluit]', 'warmUp: ["Lari kecil keliling lapangan.", "Peregangan statis."]'] },
  { subject: 'seni-rupa', family: ['artMedia: [kertas gambar, cat air]', 'appreciation: ["Apa pesan karya ini?"]'] },
  {
    subject: 'informatika',
    family: ['codeExamples:', '  - { language: python, code: "print(\\"Halo\\")" }', 'unplugged: ["Urutkan kartu angka tanpa komputer."]'],
  },
  { subject: 'pendidikan-pancasila', family: ['values: [gotong royong, tanggung jawab]', 'discussion: ["Bagaimana gotong royong di sekolahmu?"]'] },
  { subject: 'prakarya', family: [] },
];

/** One lesson's Markdown source, built on post `index`'s body. */
export function generateLesson(index: number, seed: number): { file: string; markdown: string } {
  const post = generatePost(index, seed);
  const rng = createRng(mixSeed(seed ^ 0x2545f491, index));
  const [front, ...rest] = post.markdown.split('\n---\n');
  const body = rest.join('\n---\n');
  const title = /title: (.*)/.exec(front ?? '')?.[1] ?? '"Pelajaran"';
  const description = /description: (.*)/.exec(front ?? '')?.[1] ?? '""';
  const date = /pubDate: (.*)/.exec(front ?? '')?.[1] ?? '2025-01-01';
  const tags = /tags: (.*)/.exec(front ?? '')?.[1] ?? '[]';
  const { subject, family } = SUBJECTS[(index - 1) % SUBJECTS.length]!;
  const grade = rng.int(7, 9);
  const lines = [
    '---',
    `title: ${title}`,
    `description: ${description}`,
    `date: ${date}`,
    `docType: ${rng.pick(['modul-ajar', 'rpm', 'rpp'] as const)}`,
    `subject: ${subject}`,
    'jenjang: smp',
    `grades: [${grade}]`,
    'semester: 1',
    'academicYear: "2025/2026"',
    'timeAllocation: { jp: 2, meetings: 1 }',
    'objectives: ["Murid dapat menjelaskan konsep utama.", "Murid dapat menerapkan konsep dalam soal."]',
    'profileDimensions: [penalaran-kritis, kolaborasi]',
    'model: Problem-Based Learning',
    'keyQuestions: ["Mengapa hal ini penting?"]',
    'activities:',
    '  - meeting: 1',
    '    opening: { minutes: 10, steps: ["Salam dan apersepsi."] }',
    '    core: { minutes: 60, steps: [{ text: "Diskusi kelompok.", minutes: 30, experience: memahami }, { text: "Presentasi.", minutes: 30, experience: mengaplikasi }] }',
    '    closing: { minutes: 10, steps: ["Refleksi dan doa."] }',
    'assessment:',
    '  formative: [{ technique: observasi, instrument: ceklis, description: "Mengamati diskusi." }]',
    ...family,
    `tags: ${tags}`,
    '---',
  ];
  return { file: `lesson-${String(index).padStart(4, '0')}.md`, markdown: `${lines.join('\n')}\n${body}` };
}

/** Writes N lessons (and the shared images) under `outDir/src/content/lessons`. */
export async function generateLessonCorpus({ n, seed, outDir }: { n: number; seed: number; outDir: string }): Promise<number> {
  const lessonsDir = join(outDir, 'src', 'content', 'lessons');
  discard(join(outDir, 'src', 'content'));
  mkdirSync(lessonsDir, { recursive: true });
  mkdirSync(join(outDir, 'src', 'content', 'posts'), { recursive: true });
  await generateImages(join(outDir, 'src', 'assets'), seed);
  for (let i = 1; i <= n; i++) {
    const { file, markdown } = generateLesson(i, seed);
    writeFileSync(join(lessonsDir, file), markdown);
  }
  return n;
}
