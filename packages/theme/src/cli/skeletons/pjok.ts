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
  materi: 'Tulis materi di sini: teknik gerak yang dipelajari dan cara melakukannya, dengan gambar bila ada.',
  fields: {
    equipment: { note: 'alat olahraga yang dipakai, dengan jumlahnya.', value: ['Tulis nama alat (jumlah), mis. 10 kerucut (cone).'] },
    warmUp: { note: 'urutan pemanasan, dengan lama tiap kegiatan.', value: ['Tulis peregangan dinamis (… menit).', 'Tulis permainan kecil (… menit).'] },
    movementActivities: {
      note: 'urutan aktivitas gerak inti, dari yang mudah ke yang sulit.',
      value: ['Tulis gerak dasar yang dipelajari dan cara melakukannya.', 'Tulis bentuk latihan atau permainan, berpasangan atau berkelompok.'],
    },
    fieldSafety: {
      note: 'aturan keselamatan di lapangan.',
      value: ['Periksa lapangan dan peralatan sebelum dipakai.', 'Murid yang sedang sakit ikut sebagai pengamat atau pencatat skor.'],
    },
  },
} satisfies FamilySkeleton<'pjok'>;
