import { defineCollection } from 'astro:content';
import { postSchema, postsLoader } from '@guru-blog/theme/content';

export const collections = { posts: defineCollection({ loader: postsLoader(), schema: postSchema() }) };
