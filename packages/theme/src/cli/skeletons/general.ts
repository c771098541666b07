import type { FamilySkeleton } from './types.ts';

export default {
  family: 'general',
  model: 'Project-Based Learning',
  profile: { ppp: ['kreatif', 'mandiri'], dpl: ['kreativitas', 'kemandirian', 'kolaborasi'] },
  core: [
    'Murid mempelajari materi dan contoh hasil kerja.',
    'Murid berlatih atau mengerjakan proyek dalam kelompok.',
    'Murid mempresentasikan hasil dan merefleksikan proses kerjanya.',
  ],
  summative: { technique: 'produk atau proyek', instrument: 'rubrik produk', description: 'Tulis produk yang dihasilkan murid dan kriteria penilaiannya.' },
  sections: [
    { heading: 'Materi', body: '_Tulis ringkasan materi, gambar, atau tautan sumber belajar._' },
    { heading: 'Aktivitas', body: '1. _Kegiatan 1._\n2. _Kegiatan 2._\n3. _Kegiatan 3._' },
  ],
} satisfies FamilySkeleton;
