// @ts-check
import { guruCommunity } from '@guru-blog/community';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://blog-guru-igi-jogja.example.or.id',
  integrations: [
    guruCommunity({
      title: 'Blog Guru IGI Yogyakarta dan Sekitarnya',
      description: 'Tulisan terbaru para guru anggota IGI dari Yogyakarta, Magelang, dan Klaten: praktik mengajar, media pembelajaran, dan refleksi kelas.',
      organizer: 'IGI Daerah Istimewa Yogyakarta',
      postsPerPage: 10,
    }),
  ],
});
