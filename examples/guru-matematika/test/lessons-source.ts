import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const lessonsDir = fileURLToPath(new URL('../src/content/lessons/', import.meta.url));

/** The example's lessons as written (frontmatter parsed with `yaml`, independently of the theme). */
export function sourceLessons(): { id: string; data: Record<string, unknown>; body: string }[] {
  return readdirSync(lessonsDir)
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .map((f) => {
      const text = readFileSync(join(lessonsDir, f), 'utf8');
      const match = text.match(/^---\n([\s\S]*?)\n---\n?([\s\S]*)$/)!;
      return { id: f.replace(/\.mdx?$/, ''), data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
    })
    .filter((l) => l.data.draft !== true);
}
