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
  sections: [
    {
      heading: 'Contoh Soal',
      body: '1. **Soal:** _Tulis satu masalah kontekstual tentang topik ini._\n\n   **Penyelesaian:** _Tulis langkah penyelesaian satu per satu sampai jawabannya._',
    },
    {
      heading: 'Latihan',
      body: '1. _Soal latihan 1 (mudah)._\n2. _Soal latihan 2 (sedang)._\n3. _Soal latihan 3 (menantang)._',
    },
    {
      heading: 'Kunci Jawaban',
      body: '1. _Jawaban soal 1 beserta langkah singkatnya._\n2. _Jawaban soal 2._\n3. _Jawaban soal 3._',
    },
  ],
} satisfies FamilySkeleton;
