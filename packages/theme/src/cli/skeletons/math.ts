import type { FamilySkeleton } from './types.ts';

export default {
  family: 'math',
  model: 'Problem-Based Learning',
  profile: { ppp: ['bernalar-kritis', 'mandiri'], dpl: ['penalaran-kritis', 'kemandirian', 'komunikasi'] },
  core: [
    'Murid mengamati masalah kontekstual dan mencoba menyelesaikannya dengan cara sendiri.',
    'Murid membandingkan strategi dalam kelompok, lalu mengerjakan soal latihan.',
    'Murid menjelaskan cara penyelesaiannya dan memeriksa kembali jawabannya.',
  ],
  summative: { technique: 'tes tertulis', instrument: 'soal uraian', description: 'Tulis jumlah dan bentuk soal, mis. 5 soal uraian.' },
  materi: 'Tulis materi di sini: konsep dan cara penyelesaian masalah, dengan contoh dari kehidupan murid.',
  fields: {
    formulas: {
      note: "satu rumus per baris dalam notasi TeX, mis. \\frac{a}{b} (pecahan), x^2 (pangkat),\n\\sqrt{x} (akar), \\times (kali). Jika perlu tanda kutip, pakai kutip tunggal ('…').",
      value: ['\\frac{a}{b} + c^2 = \\sqrt{d}'],
    },
    workedExamples: {
      note: 'contoh soal (question) dan pembahasannya (answer), langkah demi langkah.',
      value: [{ question: 'Tulis contoh soal tentang topik ini.', answer: 'Tulis pembahasannya langkah demi langkah sampai jawabannya.' }],
    },
    exercises: {
      note: 'soal latihan (question) dan jawabannya (answer), dari yang mudah ke yang menantang.',
      value: [
        { question: 'Tulis soal latihan 1 (mudah).', answer: 'Tulis jawaban soal 1 beserta langkah singkatnya.' },
        { question: 'Tulis soal latihan 2 (sedang).', answer: 'Tulis jawaban soal 2.' },
        { question: 'Tulis soal latihan 3 (menantang).', answer: 'Tulis jawaban soal 3.' },
      ],
    },
  },
} satisfies FamilySkeleton<'math'>;
