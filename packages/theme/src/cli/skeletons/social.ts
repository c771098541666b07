import type { FamilySkeleton } from './types.ts';

export default {
  family: 'social',
  model: 'Problem-Based Learning',
  profile: { ppp: ['berkebinekaan-global', 'bernalar-kritis'], dpl: ['kewargaan', 'penalaran-kritis', 'komunikasi'] },
  core: [
    'Murid menelaah sumber (teks, gambar, peta, atau data) dan mengajukan pertanyaan.',
    'Murid menganalisis kasus dalam kelompok dan menyusun peta atau linimasa.',
    'Murid menyajikan temuan dan mengaitkannya dengan kehidupan di sekitarnya.',
  ],
  summative: { technique: 'tugas analisis kasus', instrument: 'rubrik presentasi', description: 'Tulis kasus atau pertanyaan yang dianalisis murid.' },
  materi: 'Tulis materi di sini: uraian peristiwa atau konsep, dengan contoh dari lingkungan murid.',
  fields: {
    historicalSources: {
      note: 'sumber yang ditelaah murid, dengan judul (title), keterangan (description),\ndan alamatnya (href: https://…) bila ada di internet.',
      value: [{ title: 'Tulis judul sumber.', description: 'Tulis pembuat atau lembaga, tahun, dan jenisnya (arsip, foto, prasasti).' }],
    },
    maps: {
      note: 'peta yang dipakai, dengan nama (title), keterangan (description), dan alamat peta daring (href) bila ada.',
      value: [{ title: 'Tulis nama peta.', description: 'Tulis wilayah dan hal yang ditandai di peta.' }],
    },
    timeline: {
      note: 'peristiwa berurutan, dengan waktu (when, mis. 1945 atau "1825–1830") dan peristiwanya (event).',
      value: [
        { when: 'tahun', event: 'Tulis peristiwa pertama.' },
        { when: 'tahun', event: 'Tulis peristiwa berikutnya.' },
      ],
    },
  },
} satisfies FamilySkeleton<'social'>;
