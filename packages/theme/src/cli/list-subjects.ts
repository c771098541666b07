import { type Jenjang, SUBJECTS, type Subject, subjectGrades } from '../catalog/index.ts';
import { checkAllowed, type ParsedArgs, requireValue } from './args.ts';
import { type Context, EXIT } from './context.ts';
import { formatGrades, parseJenjang } from './lesson-input.ts';
import type { Lang, Translate } from './messages.ts';

/** "SD 3–6" for a narrow subject, "SD, SMP, SMA, SMK" when taught in every grade. */
function levels(subject: Subject, only?: Jenjang): string {
  return subject.jenjang
    .filter((j) => !only || j === only)
    .map((j) => (subject.grades && j !== 'paud' ? `${j.toUpperCase()} ${formatGrades(subjectGrades(subject, j))}` : j.toUpperCase()))
    .join(', ');
}

/** The subject table: slug, Indonesian name (plus English in English), jenjang (and grades). */
export function subjectTable(t: Translate, lang: Lang, jenjang?: Jenjang, catalog: Subject[] = SUBJECTS): string {
  const subjects = catalog.filter((s) => !jenjang || s.jenjang.includes(jenjang));
  const rows = [t('list.header').split('|'), ...subjects.map((s) => [s.slug, lang === 'en' ? `${s.nameId} (${s.nameEn})` : s.nameId, levels(s, jenjang)])];
  const widths = [0, 1].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const lines = rows.map((r) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]}`.trimEnd());
  const footer = jenjang ? t('list.footerJenjang', { count: subjects.length, jenjang: jenjang.toUpperCase() }) : t('list.footer', { count: subjects.length });
  return `${lines.join('\n')}\n\n${footer}\n`;
}

export const MAPEL_OPTIONS = ['jenjang'] as const;

/** `guru-blog mapel [--jenjang smp]` */
export async function listSubjects(args: ParsedArgs, ctx: Context): Promise<number> {
  checkAllowed(args, MAPEL_OPTIONS, 'mapel', 'guru-blog mapel --help');
  const raw = requireValue(args.values, 'jenjang');
  ctx.io.stdout(subjectTable(ctx.t, ctx.lang, raw === undefined ? undefined : parseJenjang(raw)));
  return EXIT.ok;
}
