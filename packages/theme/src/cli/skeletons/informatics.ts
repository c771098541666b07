import type { FamilySkeleton } from './types.ts';

export default {
  family: 'informatics',
  model: 'Project-Based Learning',
  profile: { ppp: ['bernalar-kritis', 'kreatif'], dpl: ['penalaran-kritis', 'kreativitas', 'kolaborasi'] },
  core: [
    'Murid memahami konsep lewat aktivitas unplugged (tanpa komputer).',
    'Murid menulis, menjalankan, dan memperbaiki program secara berpasangan.',
    'Murid menjelaskan cara kerja programnya dan mencatat kesalahan yang ditemukan.',
  ],
  summative: { technique: 'produk', instrument: 'rubrik program', description: 'Tulis program yang dibuat murid dan kriteria penilaiannya.' },
  materi: 'Tulis materi di sini: konsep yang dipelajari dan penjelasan contoh programnya.',
  fields: {
    codeExamples: {
      note: 'contoh program, dengan bahasa (language), keterangan (caption), dan kodenya (code)\ndi bawah "|", tiap baris menjorok; ganti python jika memakai bahasa lain.',
      value: [
        {
          language: 'python',
          caption: 'Tulis apa yang dikerjakan program ini.',
          code: '# Menghitung luas persegi panjang\npanjang = 8\nlebar = 5\nprint("Luas:", panjang * lebar)\n',
        },
      ],
    },
    unplugged: {
      note: 'langkah kegiatan tanpa komputer yang melatih berpikir komputasional.',
      value: ['Tulis langkah pertama, mis. murid menyusun kartu langkah (algoritma) membuat teh.', 'Tulis langkah berikutnya.'],
    },
  },
} satisfies FamilySkeleton<'informatics'>;
