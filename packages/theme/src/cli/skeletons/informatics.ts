import type { FamilySkeleton } from './types.ts';

export default {
  family: 'informatics',
  model: 'Project-Based Learning',
  profile: { ppp: ['bernalar-kritis', 'kreatif'], dpl: ['penalaran-kritis', 'kreativitas', 'kolaborasi'] },
  core: [
    'Murid memahami konsep lewat aktivitas unplugged (tanpa komputer).',
    'Murid menulis, menjalankan, dan memperbaiki program secara berpasangan.',
    'Murid menjelaskan cara kerja programnya dan mencatat kesalahan yang ditemukan.',
  ],
  summative: { technique: 'produk', instrument: 'rubrik program', description: 'Tulis program yang dibuat murid dan kriteria penilaiannya.' },
  sections: [
    {
      heading: 'Kode Program',
      body: '_Ganti contoh di bawah dengan program Anda; ubah kata `python` jika memakai bahasa lain._\n\n```python\n# Menghitung luas persegi panjang\npanjang = 8\nlebar = 5\nprint("Luas:", panjang * lebar)\n```',
    },
    {
      heading: 'Aktivitas Unplugged',
      body: '_Kegiatan tanpa komputer yang melatih berpikir komputasional, mis. menyusun kartu langkah (algoritma) membuat teh._',
    },
  ],
} satisfies FamilySkeleton;
