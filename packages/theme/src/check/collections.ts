import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The content files of one collection, as the theme's loaders find them (`_` files skipped). */
export function contentFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => /\.mdx?$/i.test(entry) && !entry.split(/[\\/]/).some((part) => part.startsWith('_')))
    .map((entry) => join(dir, entry))
    .sort();
}

/**
 * The id Astro's glob loader gives an entry: its `slug` field, else each folder and the file name
 * slugged the way GitHub slugs headings, and a trailing /index dropped. Two files with one id
 * are one page: the second silently replaces the first.
 */
export function entryId(dir: string, file: string, slug: unknown): string {
  if (typeof slug === 'string' && slug) return slug;
  const path = relative(dir, file).replace(/\.[^./\\]+$/, '');
  return path
    .split(/[\\/]/)
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
        .replace(/ /g, '-'),
    )
    .join('/')
    .replace(/\/index$/, '');
}
