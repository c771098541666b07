// A content file as text with its frontmatter located by line: what a teacher's editor shows,
// so every problem can name the line to look at. Reads any encoding a school laptop saves.

/** A file's text, and the encoding it was really saved in when that was not UTF-8. */
export interface Decoded {
  text: string;
  /** Set when the bytes are not UTF-8 and were read as Windows-1252 (Notepad's "ANSI"). */
  legacy?: 'windows-1252';
}

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM is dropped); otherwise Windows-1252, the "ANSI" of
 * Indonesian Windows, in which every byte is a character, so nothing a teacher wrote is lost.
 */
export function decode(bytes: Uint8Array): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), legacy: 'windows-1252' };
  }
}

export interface Split {
  /** The YAML between the fences. */
  yaml: string;
  /** File line of the YAML's first line (the line after the opening ---). */
  yamlLine: number;
  /** The Markdown after the closing ---. */
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
}

export type SplitResult =
  | { kind: 'ok'; split: Split }
  | { kind: 'empty' }
  | { kind: 'noFrontmatter' }
  /** `lastField`: the last line that still looks like a field, where the closing --- belongs after. */
  | { kind: 'unclosed'; lastField: number };

const FENCE = /^---[ \t]*$/;
const FIELD_LIKE = /^(?:[A-Za-z_][\w-]*[ \t]*:|[ \t]+\S|-[ \t]|#)/;

/** Finds the frontmatter fences the way Astro reads them: `---` on the first line and on a later one. */
export function splitFrontmatter(text: string): SplitResult {
  if (text.trim() === '') return { kind: 'empty' };
  // Lines are read one by one up to the closing fence; the body is cut off whole, not split into
  // lines and joined again (line endings become \n, as in the lines before).
  const lines: string[] = [];
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf('\n', from);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(from, end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (lines.length === 0 && !FENCE.test(line)) return { kind: 'noFrontmatter' };
    if (lines.length > 0 && FENCE.test(line)) {
      const body = newline < 0 ? '' : text.slice(newline + 1);
      return {
        kind: 'ok',
        split: { yaml: lines.slice(1).join('\n'), yamlLine: 2, body: body.includes('\r') ? body.replace(/\r\n/g, '\n') : body, bodyLine: lines.length + 2 },
      };
    }
    lines.push(line);
    if (newline < 0) break;
    from = newline + 1;
  }
  let last = 1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (!FIELD_LIKE.test(line) || /^#/.test(line)) break;
    last = i + 1;
  }
  return { kind: 'unclosed', lastField: last };
}

/** The first line holding a character outside ASCII, to show a teacher what the encoding changed. */
export function firstNonAscii(text: string): { line: number; text: string } | undefined {
  const lines = text.split(/\r?\n/);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is exactly what is tested
  const i = lines.findIndex((l) => /[^\u0000-\u007f]/.test(l));
  return i < 0 ? undefined : { line: i + 1, text: lines[i]!.trim().slice(0, 80) };
}
