// @ts-check
import guruBlog from '@guru-blog/theme';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bu-ratna.example.sch.id',
  integrations: [
    guruBlog({
      title: 'Matematika Bersama Bu Ratna',
      description: 'Catatan mengajar, media pembelajaran, dan asesmen Matematika SMP yang bisa langsung dipakai di kelas.',
      lang: 'id',
      author: {
        name: 'Ratna Sari Dewi, S.Pd.',
        school: 'SMP Negeri 3 Yogyakarta',
        photo: '/bu-ratna.svg',
        subjects: ['matematika'],
        bio: 'Guru Matematika SMP sejak 2011, anggota Ikatan Guru Indonesia (IGI). Senang membuat matematika terasa dekat dengan kehidupan sehari-hari.',
        links: [
          { label: 'YouTube', href: 'https://www.youtube.com/@matematika-bu-ratna' },
          { label: 'Surel', href: 'mailto:ratna@example.sch.id' },
        ],
      },
      social: [{ label: 'YouTube', href: 'https://www.youtube.com/@matematika-bu-ratna' }],
      cms: true,
    }),
  ],
});
