import { glob } from 'astro/loaders';

/**
 * Posts from `src/content/posts` (.md and .mdx, subfolders allowed). Files and folders whose name
 * starts with `_` are skipped, so a teacher can keep notes and drafts-in-progress beside posts.
 */
export function postsLoader(options: { base?: string } = {}) {
  return glob({ base: options.base ?? './src/content/posts', pattern: ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'] });
}

/** Lesson pages from `src/content/lessons` (.md and .mdx); `_` files are skipped as for posts. */
export function lessonsLoader(options: { base?: string } = {}) {
  return glob({ base: options.base ?? './src/content/lessons', pattern: ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'] });
}
