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
  materi: 'Tulis materi di sini: ringkasan materi, langkah kerja, gambar, atau tautan sumber belajar.',
  fields: {},
} satisfies FamilySkeleton<'general'>;
