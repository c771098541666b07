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
  materi: 'Tulis materi di sini: unsur dan prinsip seni yang dipelajari serta langkah berkarya.',
  fields: {
    artMedia: { note: 'alat dan bahan berkarya, satu per baris.', value: ['Tulis alat atau bahan, mis. pensil warna, kertas gambar, barang bekas.'] },
    works: {
      note: 'karya rujukan atau karya murid, dengan judul (title), keterangan (description),\ndan alamatnya (href: https://…) bila ada di internet.',
      value: [{ title: 'Tulis judul karya dan nama senimannya.', description: 'Tulis hal yang perlu diperhatikan murid dari karya ini.' }],
    },
    appreciation: {
      note: 'pertanyaan apresiasi untuk murid; nomornya dibuat otomatis.',
      value: ['Apa yang kamu rasakan saat melihat karya ini?', 'Unsur apa yang paling menonjol?', 'Apa saranmu untuk karya temanmu?'],
    },
  },
} satisfies FamilySkeleton<'arts'>;
