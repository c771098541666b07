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
  sections: [
    { heading: 'Sumber', body: '- _Sumber 1: judul, penulis atau lembaga, tahun, tautan._\n- _Sumber 2: …_' },
    {
      heading: 'Peta/Linimasa',
      body: '_Sisipkan gambar peta atau tautan peta daring, atau lengkapi linimasa berikut._\n\n| Waktu | Peristiwa |\n| --- | --- |\n| _tahun_ | _peristiwa_ |\n| _tahun_ | _peristiwa_ |',
    },
  ],
} satisfies FamilySkeleton;
