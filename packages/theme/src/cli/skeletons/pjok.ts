import type { FamilySkeleton } from './types.ts';

export default {
  family: 'pjok',
  model: 'Teaching Games for Understanding (TGfU)',
  profile: { ppp: ['mandiri', 'bergotong-royong'], dpl: ['kesehatan', 'kolaborasi', 'kemandirian'] },
  opening: ['Berbaris, salam, doa, dan memeriksa kesehatan murid.', 'Pemanasan: peregangan dinamis dan permainan kecil.'],
  core: [
    'Murid mengamati peragaan gerak dan mencoba gerak dasarnya.',
    'Murid berlatih gerak itu dalam permainan kelompok dengan tingkat kesulitan bertahap.',
    'Murid menilai gerak sendiri dan teman dengan daftar periksa sederhana.',
  ],
  closing: ['Pendinginan dan peregangan statis.', 'Refleksi, umpan balik, dan doa penutup.'],
  summative: { technique: 'unjuk kerja', instrument: 'lembar penilaian keterampilan gerak', description: 'Tulis gerak yang dinilai dan kriterianya.' },
  sections: [
    { heading: 'Pemanasan', body: '1. _Peregangan dinamis (… menit)._\n2. _Permainan kecil (… menit)._' },
    {
      heading: 'Aktivitas Gerak',
      body: '1. _Gerak dasar yang dipelajari dan cara melakukannya._\n2. _Bentuk latihan atau permainan (berpasangan atau berkelompok)._',
    },
    { heading: 'Pendinginan', body: '_Peregangan statis dan pernapasan (… menit)._' },
    {
      heading: 'Keselamatan',
      body: '- _Periksa lapangan dan peralatan sebelum dipakai._\n- _Murid yang sedang sakit ikut sebagai pengamat atau pencatat skor._',
    },
    { heading: 'Peralatan', body: '- _Nama alat (jumlah)._' },
  ],
} satisfies FamilySkeleton;
