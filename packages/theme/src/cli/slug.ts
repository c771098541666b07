import { slugify } from '../utils/slug.ts';

const MAX_LENGTH = 80;

/**
 * File name (without `.md`) for a title: ASCII kebab-case, the theme's own slugify, cut at a word
 * boundary so long titles stay readable in a file list. Empty when the title has no Latin letters
 * or digits (the caller refuses it).
 */
export function slugFromTitle(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_LENGTH)).replace(/-+$/, '');
}
