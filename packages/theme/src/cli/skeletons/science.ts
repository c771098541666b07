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
  materi: 'Tulis materi di sini: konsep yang melandasi percobaan, dengan gambar atau contoh dari sekitar murid.',
  fields: {
    tools: { note: 'alat percobaan, satu per baris, dengan jumlahnya.', value: ['Tulis nama alat (jumlah).', 'Tulis alat berikutnya (jumlah).'] },
    labMaterials: { note: 'bahan percobaan, satu per baris, dengan takarannya.', value: ['Tulis nama bahan (takaran).', 'Tulis bahan berikutnya (takaran).'] },
    safety: {
      note: 'aturan keselamatan kerja untuk percobaan ini.',
      value: ['Tulis aturan keselamatan, mis. memakai kacamata pelindung dan tidak mencicipi bahan.', 'Cuci tangan dan bereskan alat setelah percobaan.'],
    },
    procedure: {
      note: 'langkah percobaan berurutan, satu per baris; nomornya dibuat otomatis.',
      value: ['Tulis langkah pertama.', 'Tulis langkah kedua.', 'Tulis langkah ketiga.'],
    },
    observationTable: {
      note: 'judul tabel (caption), nama kolom (columns), dan baris (rows).\nSel kosong ("") diisi murid saat mengamati; tambah baris sesuai jumlah perlakuan.',
      value: {
        caption: 'Tulis judul tabel pengamatan.',
        columns: ['No.', 'Perlakuan', 'Hasil Pengamatan', 'Keterangan'],
        rows: [
          [1, '', '', ''],
          [2, '', '', ''],
          [3, '', '', ''],
        ],
      },
    },
    conclusion: {
      note: 'kesimpulan yang diharapkan, atau pertanyaan penuntun untuk menyimpulkan.',
      value: 'Tulis kesimpulan percobaan, atau pertanyaan penuntun seperti "Apa pengaruh … terhadap …?"',
    },
  },
} satisfies FamilySkeleton<'science'>;
