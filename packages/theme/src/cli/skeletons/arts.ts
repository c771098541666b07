import type { FamilySkeleton } from './types.ts';

export default {
  family: 'arts',
  model: 'Project-Based Learning',
  profile: { ppp: ['kreatif', 'berkebinekaan-global'], dpl: ['kreativitas', 'komunikasi', 'kolaborasi'] },
  core: [
    'Murid mengamati contoh karya dan membicarakan unsur serta maknanya.',
    'Murid berkarya dengan media yang tersedia.',
    'Murid memajang atau menampilkan karya dan saling memberi apresiasi.',
  ],
  summative: { technique: 'penilaian karya', instrument: 'rubrik karya dan portofolio', description: 'Tulis kriteria karya yang baik.' },
  sections: [
    { heading: 'Media', body: '- _Alat dan bahan berkarya, mis. pensil warna, kertas gambar, barang bekas._' },
    { heading: 'Karya', body: '_Jelaskan karya yang dibuat murid dan langkah membuatnya._\n\n1. _Langkah 1._\n2. _Langkah 2._\n3. _Langkah 3._' },
    {
      heading: 'Apresiasi',
      body: '- _Apa yang kamu rasakan saat melihat karya ini?_\n- _Unsur apa yang paling menonjol?_\n- _Apa saranmu untuk karya temanmu?_',
    },
  ],
} satisfies FamilySkeleton;
