// Frontmatter checked with the theme's own schemas, each issue tied to the line it is on and
// saying what was written, exactly as written (not "Invalid Date").
import type { z } from 'astro/zod';
import type { Translate } from '../i18n/index.ts';
import { editDistance } from '../utils/edit-distance.ts';
import type { Problem } from './problem.ts';
import type { Located } from './yaml-lines.ts';

/** Field names teachers type in Indonesian (or as Blogger/WordPress call them) → the theme's. */
const FIELD_ALIASES: Record<string, string[]> = {
  mapel: ['subject'],
  'mata-pelajaran': ['subject'],
  matapelajaran: ['subject'],
  fase: ['phase'],
  judul: ['title'],
  tanggal: ['pubDate', 'date'],
  date: ['pubDate'],
  kelas: ['grades'],
  jenis: ['docType'],
  deskripsi: ['description'],
  ringkasan: ['description'],
  penulis: ['author'],
  gambar: ['heroImage', 'image'],
  image: ['heroImage'],
  tag: ['tags'],
  label: ['tags'],
  labels: ['tags'],
  kategori: ['tags'],
  categories: ['tags'],
  topik: ['topic'],
  sekolah: ['school'],
  'tahun-ajaran': ['academicYear'],
  tujuan: ['objectives'],
  konsep: ['draft'],
};

const norm = (key: string) => key.toLowerCase().replace(/[_\s]+/g, '-');

/** The known field an unknown key most likely meant: an alias, a different case, or a typo. */
export function suggestField(key: string, known: readonly string[]): string | undefined {
  const wanted = norm(key);
  const alias = FIELD_ALIASES[wanted]?.find((k) => known.includes(k));
  if (alias) return alias;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const d = editDistance(wanted, norm(candidate));
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.min(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY (the way dates are written in Indonesia) → YYYY-MM-DD. */
export function isoFromLocalDate(written: string): string | undefined {
  const m = /^["']?(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})["']?$/.exec(written.trim());
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface FieldCheck {
  file: string;
  located: Located;
  schema: z.ZodType;
  /** Field names the schema knows. */
  known: readonly string[];
  t: Translate;
}

/** Problems of one file's frontmatter: misspelt field names first, then the schema's issues. */
export function checkFields({ file, located, schema, known, t }: FieldCheck): Problem[] {
  const problems: Problem[] = [];
  const renamed = new Map<string, string>();
  for (const entry of located.keys) {
    const { key } = entry;
    if (known.includes(key)) continue;
    const suggestion = suggestField(key, known);
    if (!suggestion || Object.hasOwn(located.data, suggestion)) continue;
    renamed.set(suggestion, key);
    const value = located.sourceOf([key]) ?? '…';
    problems.push({ severity: 'error', file, line: entry.line, field: key, message: t('check.field.rename', { key, suggestion, value }) });
  }
  const parsed = schema.safeParse(located.data);
  if (parsed.success) return problems;
  const seen = new Set<string>();
  const receivedPrefix = ` (${t('error.field.received', { received: '' })}`;
  for (const issue of parsed.error.issues) {
    const path = issue.path as PropertyKey[];
    const top = String(path[0] ?? '');
    if (renamed.has(top)) continue; // already said: the value is there under another name
    const field = path.map(String).join('.');
    let message = issue.message;
    const written = located.sourceOf(path);
    // A message that already quotes the value (an unknown subject) does not repeat it.
    if (written !== undefined && !message.includes(`'${written}'`) && !message.includes(`"${written}"`)) {
      const cut = message.lastIndexOf(receivedPrefix);
      const body = cut >= 0 ? message.slice(0, cut) : message;
      message = `${body} (${t('error.field.received', { received: written })})`;
      const iso = issue.code === 'invalid_type' && issue.expected === 'date' ? isoFromLocalDate(written) : undefined;
      if (iso) message += `; ${t('check.date.suggest', { suggestion: iso })}`;
    }
    const key = `${field}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ severity: 'error', file, line: located.lineOf(path), ...(field ? { field } : {}), message });
  }
  return problems;
}
