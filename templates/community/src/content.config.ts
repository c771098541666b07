// Koleksi situs direktori: anggota (members.yaml) dan tulisan mereka (folder .guru-community,
// diisi oleh `npm run feeds:update`). Membangun situs tidak memerlukan internet.

import { defineCollection } from 'astro:content';
import { communityPostSchema, communityPostsLoader, memberSchema, membersLoader } from '@guru-blog/community';

export const collections = {
  members: defineCollection({ loader: membersLoader(), schema: memberSchema() }),
  posts: defineCollection({ loader: communityPostsLoader(), schema: communityPostSchema() }),
};
