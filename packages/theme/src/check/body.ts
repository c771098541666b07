// Mistakes in the Markdown after the frontmatter that Astro would turn into a silent loss (a code
// fence never closed swallows the rest of the post) or an English stack trace (a missing image).
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Translate } from '../i18n/index.ts';
import type { Problem } from './problem.ts';

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

export interface BodyLine {
  line: number;
  text: string;
}

/** The body's lines outside fenced code, and the fence left open at the end, if any. */
export function outsideCode(body: string, firstLine: number): { lines: BodyLine[]; openFence?: BodyLine } {
  const lines: BodyLine[] = [];
  let open: { marker: string; at: BodyLine } | undefined;
  body.split(/\r?\n/).forEach((text, i) => {
    const here = { line: firstLine + i, text };
    const fence = FENCE_OPEN.exec(text);
    if (open) {
      // A closing fence: the same character, at least as long, nothing after it.
      if (fence && fence[1]![0] === open.marker[0] && fence[1]!.length >= open.marker.length && text.trim() === fence[1]) open = undefined;
      return;
    }
    if (fence) open = { marker: fence[1]!, at: here };
    else lines.push(here);
  });
  return open ? { lines, openFence: open.at } : { lines };
}

/** The line without its inline code spans (`…`, ``…``): an image written there is an example. */
export function withoutInlineCode(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf('`', i);
    if (open < 0) return out + line.slice(i);
    let run = open;
    while (line[run] === '`') run++;
    const ticks = line.slice(open, run);
    // The span closes at the next run of exactly as many backticks; without one they are text.
    let close = line.indexOf(ticks, run);
    while (close >= 0 && (line[close + ticks.length] === '`' || line[close - 1] === '`')) close = line.indexOf(ticks, close + ticks.length + 1);
    if (close < 0) return out + line.slice(i);
    out += `${line.slice(i, open)} `;
    i = close + ticks.length;
  }
  return out;
}

/** `![alt](path "title")` and `![alt](<path with spaces>)`, read without backtracking regexes. */
export function markdownImages(text: string): string[] {
  const found: string[] = [];
  let at = text.indexOf('![');
  while (at >= 0) {
    const close = text.indexOf('](', at + 2);
    if (close < 0) break;
    let start = close + 2;
    let end: number;
    if (text[start] === '<') {
      start += 1;
      end = text.indexOf('>', start);
    } else {
      end = start;
      while (end < text.length && text[end] !== ')' && text[end] !== ' ' && text[end] !== '\t') end++;
    }
    if (end > start) found.push(text.slice(start, end));
    at = text.indexOf('![', Math.max(end, at + 2));
  }
  return found;
}

export interface BodyCheck {
  file: string;
  /** Absolute path of the file. */
  path: string;
  root: string;
  publicDir: string;
  body: string;
  bodyLine: number;
  t: Translate;
}

/** Unclosed fences (a warning: the rest shows as code) and images that do not exist (an error). */
export function checkBody({ file, path, root, publicDir, body, bodyLine, t }: BodyCheck): Problem[] {
  const problems: Problem[] = [];
  const { lines, openFence } = outsideCode(body, bodyLine);
  for (const { line, text } of lines) {
    for (const src of markdownImages(withoutInlineCode(text))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || src.startsWith('#')) continue;
      let target: string;
      try {
        target = decodeURI(src.split(/[?#]/)[0]!);
      } catch {
        target = src;
      }
      const looked = target.startsWith('/') ? join(publicDir, target) : resolve(dirname(path), target);
      if (existsSync(looked)) continue;
      const where = relative(root, looked).split('\\').join('/');
      problems.push({ severity: 'error', file, line, message: t('check.image.missing', { path: src, looked: where }) });
    }
  }
  if (openFence) {
    problems.push({ severity: 'warning', file, line: openFence.line, message: t('check.fence.unclosed', { fence: openFence.text.trim().slice(0, 3) }) });
  }
  return problems;
}

/** Skeleton text a lesson or post still holds ("Tulis …"), where it is. */
export function placeholders(strings: { path: string; line: number; value: string }[], body: string, bodyLine: number): { where: string; line: number }[] {
  const found = strings.filter((s) => /^_?Tulis\s/.test(s.value.trim())).map((s) => ({ where: s.path, line: s.line }));
  // Most bodies have none: look line by line only in one that does.
  if (!body.includes('_Tulis') && !body.includes('_Isi tulisan')) return found;
  body.split(/\r?\n/).forEach((text, i) => {
    if (/(^|\s)_(Tulis|Isi tulisan)\b/.test(text)) found.push({ where: '', line: bodyLine + i });
  });
  return found;
}
