import type { FamilySkeleton } from './types.ts';

export default {
  family: 'religion-civics',
  model: 'Discovery Learning',
  profile: { ppp: ['beriman-bertakwa-berakhlak-mulia', 'bergotong-royong'], dpl: ['keimanan-ketakwaan', 'kewargaan', 'komunikasi'] },
  core: [
    'Murid membaca teks atau kisah dan menemukan nilai-nilai di dalamnya.',
    'Murid mendiskusikan penerapan nilai itu dalam kasus sehari-hari.',
    'Murid menulis refleksi dan sikap yang akan dilakukannya.',
  ],
  summative: { technique: 'tes tertulis dan jurnal', instrument: 'soal uraian dan jurnal refleksi', description: 'Tulis bentuk penilaian akhir.' },
  materi: 'Tulis materi di sini: ringkasan teks, kisah, atau kasus yang dipelajari.',
  fields: {
    values: {
      note: 'nilai yang dipelajari dan contohnya dalam kehidupan sehari-hari.',
      value: ['Tulis nilai pertama dan contohnya.', 'Tulis nilai kedua dan contohnya.'],
    },
    discussion: {
      note: 'pertanyaan diskusi untuk murid; nomornya dibuat otomatis.',
      value: ['Tulis pertanyaan diskusi 1.', 'Tulis pertanyaan diskusi 2.', 'Tulis pertanyaan diskusi 3.'],
    },
  },
} satisfies FamilySkeleton<'religion-civics'>;
