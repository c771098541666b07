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
  sections: [
    { heading: 'Teks Bacaan', body: '_Tempel teks bacaan di sini dan tulis sumbernya di bawahnya._' },
    { heading: 'Kosakata', body: '| Kata | Arti | Contoh Kalimat |\n| --- | --- | --- |\n| _kata_ | _arti_ | _contoh kalimat_ |' },
    {
      heading: 'Audio',
      body: '_Tautkan rekaman bacaan atau percakapan: simpan file MP3 di `public/audio/` lalu tulis `[Dengarkan rekaman](/audio/nama-file.mp3)`, atau tempel tautan YouTube/Google Drive._',
    },
  ],
} satisfies FamilySkeleton;
