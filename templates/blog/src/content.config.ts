// Koleksi konten blog: artikel (src/content/posts) dan modul ajar (src/content/lessons).
// Isian yang boleh ditulis di bagian atas setiap berkas diperiksa oleh skema tema.
import { defineCollection } from 'astro:content';
import { lessonSchema, lessonsLoader, postSchema, postsLoader } from '@guru-blog/theme/content';

export const collections = {
  posts: defineCollection({ loader: postsLoader(), schema: postSchema() }),
  lessons: defineCollection({ loader: lessonsLoader(), schema: lessonSchema() }),
};
