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
  sections: [
    { heading: 'Nilai-nilai', body: '- _Nilai 1 dan contohnya dalam kehidupan sehari-hari._\n- _Nilai 2 dan contohnya._' },
    { heading: 'Diskusi', body: '1. _Pertanyaan diskusi 1._\n2. _Pertanyaan diskusi 2._\n3. _Pertanyaan diskusi 3._' },
  ],
} satisfies FamilySkeleton;
