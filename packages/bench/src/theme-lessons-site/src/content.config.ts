import { defineCollection } from 'astro:content';
import { lessonSchema, lessonsLoader, postSchema, postsLoader } from '@guru-blog/theme/content';

export const collections = {
  posts: defineCollection({ loader: postsLoader(), schema: postSchema() }),
  lessons: defineCollection({ loader: lessonsLoader(), schema: lessonSchema() }),
};
