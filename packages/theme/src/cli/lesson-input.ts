// Pure checks behind `guru-blog new lesson`: what the teacher typed → catalog facts, or a clear error.
import { JENJANG, JENJANG_GRADES, type Jenjang, matchSubject, phaseOfGrades, SUBJECTS, type Subject, subjectGrades, suggestSlug } from '../catalog/index.ts';
import { usageError, userError } from './context.ts';

export const DOC_TYPES = ['modul-ajar', 'rpp', 'rpm'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Catch-all subjects: when a teacher names the real subject ("Bahasa Jawa"), keep it as subjectLabel. */
const CATCH_ALL = new Set(['bahasa-daerah', 'muatan-lokal', 'keterampilan-slb', 'konsentrasi-keahlian', 'dasar-program-keahlian']);

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12, xiii: 13 };

/** Madrasah and other school forms teachers may type for --jenjang. */
const JENJANG_ALIASES: Record<string, Jenjang> = { mi: 'sd', mts: 'smp', ma: 'sma', mak: 'smk', tk: 'paud', ra: 'paud', kb: 'paud' };

/** "7", "7,8", "7-9", "VII", "kelas 7" → sorted unique grades 1–13. */
export function parseGrades(text: string): number[] {
  const bad = () => usageError((t) => t('err.badKelas', { value: text }));
  const grades = new Set<number>();
  for (const raw of text
    .toLowerCase()
    .replace(/kelas/g, '')
    .split(/[,;\s]+/)
    .filter(Boolean)) {
    const range = raw.split(/[-–]/);
    if (range.length > 2) throw bad();
    const [from, to = from] = range.map((part) => (/^\d+$/.test(part) ? Number(part) : (ROMAN[part] ?? Number.NaN)));
    if (!Number.isInteger(from) || !Number.isInteger(to) || from! < 1 || to! > 13 || from! > to!) throw bad();
    for (let g = from!; g <= to!; g++) grades.add(g);
  }
  if (grades.size === 0) throw bad();
  return [...grades].sort((a, b) => a - b);
}

/** "modul-ajar", "Modul Ajar", "modul", "RPM" → a docType. */
export function parseDocType(text: string): DocType {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const type = key === 'modul' ? 'modul-ajar' : key;
  if ((DOC_TYPES as readonly string[]).includes(type)) return type as DocType;
  throw usageError((t) => t('err.badJenis', { value: text }));
}

export function parseJenjang(text: string): Jenjang {
  const key = text.trim().toLowerCase();
  const jenjang = JENJANG_ALIASES[key] ?? key;
  if ((JENJANG as readonly string[]).includes(jenjang)) return jenjang as Jenjang;
  throw usageError((t) => t('err.badJenjang', { value: text }));
}

export function parseSemester(text: string): 1 | 2 {
  if (text === '1' || text === '2') return Number(text) as 1 | 2;
  throw usageError((t) => t('err.badSemester', { value: text }));
}

export interface ResolvedSubject {
  subject: Subject;
  /** Set when a catch-all subject was named by its real name ("Bahasa Jawa"). */
  subjectLabel?: string;
}

/** Slug, name or alias → subject; unknown names get the nearest slug as a suggestion. */
export function resolveSubject(text: string, catalog: Subject[] = SUBJECTS): ResolvedSubject {
  const subject = matchSubject(text, catalog);
  if (!subject) {
    const suggestion = suggestSlug(
      text,
      catalog.map((s) => s.slug),
    );
    throw userError((t) => `${t('err.unknownMapel', { value: text })}${suggestion ? t('err.didYouMean', { suggestion }) : ''}\n${t('err.listHint')}`);
  }
  const typed = text.trim();
  const byAlias = subject.aliases.some((a) => a.toLowerCase() === typed.toLowerCase());
  return CATCH_ALL.has(subject.slug) && byAlias ? { subject, subjectLabel: typed } : { subject };
}

const LEVEL_OF_GRADE = (g: number): Jenjang => (g <= 6 ? 'sd' : g <= 9 ? 'smp' : g === 13 ? 'smk' : 'sma');

/**
 * The jenjang of a lesson from its grades: 1–6 SD, 7–9 SMP, 13 SMK. Grades 10–12 exist in SMA and
 * SMK: SMA unless the subject is taught only in SMK at those grades (Konsentrasi Keahlian, PKL).
 */
export function inferJenjang(grades: number[], subject: Subject): Jenjang {
  if (grades.length === 0) return subject.jenjang.includes('paud') ? 'paud' : 'sd';
  const levels = new Set(grades.map((g) => (g >= 10 ? 'sma/smk' : LEVEL_OF_GRADE(g))));
  if (levels.size > 1) throw userError((t) => t('err.kelasMixed', { grades: formatList(grades) }));
  if (grades.some((g) => g <= 9)) return LEVEL_OF_GRADE(grades[0]!);
  if (grades.includes(13)) return 'smk';
  const teaches = (j: Jenjang) => grades.every((g) => subjectGrades(subject, j).includes(g));
  return !teaches('sma') && teaches('smk') ? 'smk' : 'sma';
}

/** Refuses grades outside the jenjang, grades across phases, and subjects not taught there. */
export function checkPlacement(subject: Subject, jenjang: Jenjang, grades: number[]): void {
  if (jenjang === 'paud') {
    if (grades.length) throw userError((t) => t('err.paudKelas'));
  } else {
    const valid = JENJANG_GRADES[jenjang];
    if (grades.length === 0) throw usageError((t) => t('err.kelasRequired', { jenjang: jenjang.toUpperCase(), example: valid[0]! }));
    const outside = grades.filter((g) => !valid.includes(g));
    if (outside.length)
      throw userError((t) => t('err.kelasJenjang', { grades: formatList(outside), jenjang: jenjang.toUpperCase(), valid: formatGrades(valid) }));
    const { phase, spans } = phaseOfGrades(grades);
    if (!phase) throw userError((t) => t('err.kelasPhases', { grades: formatList(grades), phases: spans.map((p) => p.code).join(', ') }));
  }
  const name = `${subject.nameId} (${subject.slug})`;
  if (!subject.jenjang.includes(jenjang)) {
    throw userError((t) => t('err.subjectJenjang', { subject: name, jenjang: jenjang.toUpperCase(), where: whereTaught(subject, t) }));
  }
  const taught = subjectGrades(subject, jenjang);
  if (grades.some((g) => !taught.includes(g))) {
    throw userError((t) =>
      t('err.subjectGrades', { subject: name, grades: formatList(grades), jenjang: jenjang.toUpperCase(), where: whereTaught(subject, t) }),
    );
  }
}

/** "SMP kelas 7–9, SMA kelas 10" (PAUD has no grades). */
export function whereTaught(subject: Subject, t: (key: 'where.grades', vars: Record<string, string>) => string): string {
  return subject.jenjang
    .map((j) => (j === 'paud' ? 'PAUD' : t('where.grades', { jenjang: j.toUpperCase(), grades: formatGrades(subjectGrades(subject, j)) })))
    .join(', ');
}

/** [3, 4, 5, 6] → "3–6"; [11, 12] → "11–12"; [7, 9] → "7, 9". */
export function formatGrades(grades: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < grades.length; ) {
    let j = i;
    while (j + 1 < grades.length && grades[j + 1] === grades[j]! + 1) j++;
    parts.push(j > i ? `${grades[i]}–${grades[j]}` : grades.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

const formatList = (grades: number[]) => grades.join(', ');

/** Local calendar date as YYYY-MM-DD (a teacher's "today", not UTC's). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The school year starts in July: July–December is semester 1, January–June semester 2. */
export function semesterOf(date: Date): 1 | 2 {
  return date.getMonth() >= 6 ? 1 : 2;
}

/** "2025/2026" for any date from July 2025 to June 2026. */
export function academicYearOf(date: Date): string {
  const start = date.getMonth() >= 6 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}/${start + 1}`;
}
