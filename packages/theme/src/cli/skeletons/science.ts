import type { FamilySkeleton } from './types.ts';

export default {
  family: 'science',
  model: 'Inkuiri Terbimbing',
  profile: { ppp: ['bernalar-kritis', 'bergotong-royong'], dpl: ['penalaran-kritis', 'kolaborasi', 'komunikasi'] },
  core: [
    'Murid mengamati fenomena, lalu merumuskan pertanyaan dan dugaan (hipotesis).',
    'Murid melakukan percobaan dalam kelompok dan mencatat hasilnya di tabel pengamatan.',
    'Murid menganalisis data, menarik kesimpulan, dan membandingkannya dengan dugaan awal.',
  ],
  summative: { technique: 'unjuk kerja dan laporan', instrument: 'rubrik laporan percobaan', description: 'Tulis bagian laporan yang dinilai.' },
  sections: [
    { heading: 'Alat dan Bahan', body: '- _Nama alat (jumlah)._\n- _Nama bahan (jumlah)._' },
    {
      heading: 'Keselamatan Kerja',
      body: '- _Tulis aturan keselamatan percobaan ini, mis. memakai sarung tangan atau kacamata, tidak mencicipi bahan._\n- _Cuci tangan dan bereskan alat setelah percobaan._',
    },
    { heading: 'Langkah Percobaan', body: '1. _Langkah pertama._\n2. _Langkah kedua._\n3. _Langkah ketiga._' },
    {
      heading: 'Tabel Pengamatan',
      body: '| No. | Perlakuan | Hasil Pengamatan | Keterangan |\n| --- | --- | --- | --- |\n| 1 |  |  |  |\n| 2 |  |  |  |\n| 3 |  |  |  |',
    },
    { heading: 'Kesimpulan', body: '_Tulis pertanyaan penuntun untuk menyimpulkan, mis. "Apa pengaruh … terhadap …?"_' },
  ],
} satisfies FamilySkeleton;
