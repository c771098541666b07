import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { MessageKey } from './messages/index.ts';

/** Entries that may already be in a folder we write into (a fresh clone, OS leftovers). */
const HARMLESS = new Set(['.git', '.DS_Store', 'Thumbs.db', 'desktop.ini', '.idea', '.vscode']);
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
// Characters Windows refuses in names, plus control characters; "/" separates folders and is fine.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const BAD_CHARS = /[<>:"|?*\\\u0000-\u001f]/g;
const MAX_SEGMENT = 100;

export interface FolderProblem {
  key: MessageKey;
  vars: Record<string, string | number>;
}

/** Checks a typed folder name (a name or a relative/absolute path) before anything touches the disk. */
export function checkFolderName(input: string): FolderProblem | undefined {
  const name = input.trim();
  if (!name) return { key: 'folder.empty', vars: {} };
  // An absolute Windows path ("C:\\Users\\…") is fine as a whole; check the segments after the drive.
  const segments = name
    .replace(/^[a-zA-Z]:[\\/]/, '')
    .split(/[\\/]/)
    .filter((s) => s && s !== '.' && s !== '..');
  if (segments.length === 0) return undefined;
  for (const segment of segments) {
    const bad = [...new Set(segment.match(BAD_CHARS) ?? [])];
    if (bad.length) return { key: 'folder.badChars', vars: { name: segment, chars: bad.map(showChar).join(' ') } };
    if (WINDOWS_RESERVED.test(segment)) return { key: 'folder.reserved', vars: { name: segment } };
    if (/[. ]$/.test(segment)) return { key: 'folder.trailing', vars: { name: segment } };
    if (segment.length > MAX_SEGMENT) return { key: 'folder.tooLong', vars: { length: segment.length, max: MAX_SEGMENT } };
  }
  return undefined;
}

function showChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 32 ? `U+${code.toString(16).padStart(4, '0')}` : c;
}

export interface TargetState {
  /** Absolute path. */
  dir: string;
  exists: boolean;
  isFile: boolean;
  /** Entries that would be in the way (harmless ones left out). */
  blocking: string[];
  /** Every entry present before we start, so a cancel removes only what we added. */
  before: string[];
}

export function inspectTarget(cwd: string, input: string): TargetState {
  const dir = resolve(cwd, input.trim());
  if (!existsSync(dir)) return { dir, exists: false, isFile: false, blocking: [], before: [] };
  if (!statSync(dir).isDirectory()) return { dir, exists: true, isFile: true, blocking: [], before: [] };
  const before = readdirSync(dir);
  return { dir, exists: true, isFile: false, blocking: before.filter((e) => !HARMLESS.has(e)).sort(), before };
}

/** A sibling name that is free: blog-saya → blog-saya-2, blog-saya-3, … */
export function freeSibling(dir: string): string {
  const base = basename(dir).replace(/-\d+$/, '');
  for (let n = 2; ; n++) {
    const candidate = join(dirname(dir), `${base}-${n}`);
    if (!existsSync(candidate)) return basename(candidate);
  }
}

/**
 * A valid npm package name from the folder: lower case, ASCII, hyphens. Names with nothing
 * usable ("Блог", "博客") get "blog-guru".
 */
export function packageNameFrom(dir: string): string {
  const name = basename(dir.replace(new RegExp(`\\${sep}+$`), ''))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '')
    .replace(/-{2,}/g, '-')
    .slice(0, 214);
  return name || 'blog-guru';
}

/** How a folder appears in shell commands we print: quoted when it has spaces or quotes. */
export function shellPath(path: string): string {
  return /^[\w./\\:@%+=,-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}
