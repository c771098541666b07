import type { FamilySkeleton } from './types.ts';

export default {
  family: 'language',
  model: 'Pembelajaran Berbasis Teks (Genre-Based Approach)',
  profile: { ppp: ['bernalar-kritis', 'kreatif'], dpl: ['komunikasi', 'penalaran-kritis', 'kreativitas'] },
  core: [
    'Murid membaca atau menyimak teks model, lalu menemukan kosakata dan strukturnya.',
    'Murid berlatih memakai kosakata dan struktur teks itu secara berpasangan.',
    'Murid menulis atau menyajikan teksnya sendiri dan saling memberi umpan balik.',
  ],
  summative: {
    technique: 'tes tulis atau lisan',
    instrument: 'rubrik menulis/berbicara',
    description: 'Tulis tugas akhir, mis. menulis teks deskripsi 150 kata.',
  },
  materi: 'Tulis materi di sini: tujuan, struktur, dan kaidah kebahasaan teks yang dipelajari.',
  fields: {
    readingText: {
      note: 'teks bacaan di bawah "|", tiap baris menjorok dua spasi; baris kosong memulai paragraf baru.',
      value: 'Tulis atau tempel teks bacaan di sini.\n\nTulis sumber teks di paragraf terakhir.',
    },
    vocabulary: {
      note: 'kata (term) dan artinya (definition); tambahkan contoh kalimat di artinya bila perlu.',
      value: [{ term: 'Tulis kata', definition: 'Tulis arti kata ini.' }],
    },
    audio: {
      note: 'rekaman bacaan atau percakapan, dengan judul (title), alamat (href), dan keterangan (description).\nSimpan file MP3 di folder public/audio/, atau tempel tautan Google Drive atau YouTube.',
      value: [{ title: 'Tulis judul rekaman.', href: '/audio/nama-file.mp3', description: 'Tulis pembaca dan durasinya.' }],
    },
  },
} satisfies FamilySkeleton<'language'>;
