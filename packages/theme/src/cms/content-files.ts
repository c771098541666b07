import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export interface UnlistedFiles {
  /** Frontmatter the CMS cannot read (broken YAML): it would leave them out of its list. */
  unparseable: string[];
  /** Posts in subfolders: the CMS lists one folder level only. */
  nested: string[];
}

const CONTENT = /\.(md|mdx)$/;
const hidden = (name: string) => name.startsWith('_') || name.startsWith('.');

/** Frontmatter between the opening and closing `---`, or undefined when the file has none. */
function frontmatter(text: string): string | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  return end === -1 ? undefined : lines.slice(1, end).join('\n');
}

function readable(file: string): boolean {
  const yaml = frontmatter(readFileSync(file, 'utf8'));
  if (yaml === undefined) return true;
  try {
    const data = parse(yaml);
    return data === null || (typeof data === 'object' && !Array.isArray(data));
  } catch {
    return false;
  }
}

/**
 * Content files the CMS would not show, relative to `root`, so the admin page and the build can
 * name them instead of letting them silently disappear from the editor's list.
 */
export function unlistedFiles(root: string, folders: string[]): UnlistedFiles {
  const result: UnlistedFiles = { unparseable: [], nested: [] };
  const walk = (dir: string, depth: number) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (hidden(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (CONTENT.test(entry.name)) {
        const rel = relative(root, path).split('\\').join('/');
        if (depth > 0) result.nested.push(rel);
        else if (!readable(path)) result.unparseable.push(rel);
      }
    }
  };
  for (const folder of folders) walk(join(root, folder), 0);
  result.nested.sort();
  result.unparseable.sort();
  return result;
}
