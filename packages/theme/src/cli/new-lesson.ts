import { join, resolve } from 'node:path';
import { minutesPerJp } from '../catalog/index.ts';
import { checkAllowed, type OptionName, type ParsedArgs, positiveInt, requireValue } from './args.ts';
import { type Context, EXIT, usageError, userError } from './context.ts';
import {
  academicYearOf,
  checkPlacement,
  inferJenjang,
  isoDate,
  parseDocType,
  parseGrades,
  parseJenjang,
  parseSemester,
  resolveSubject,
  semesterOf,
} from './lesson-input.ts';
import { subjectTable } from './list-subjects.ts';
import type { MessageKey, Translate } from './messages.ts';
import { docLabel, PAUD_MEETING_MINUTES } from './skeletons/frontmatter.ts';
import { type LessonSpec, renderLesson, SKELETONS } from './skeletons/index.ts';
import { slugFromTitle } from './slug.ts';
import { writeNewFile } from './write-file.ts';

export const NEW_LESSON_OPTIONS = ['mapel', 'kelas', 'jenis', 'judul', 'jenjang', 'semester', 'jp', 'pertemuan', 'dir'] as const satisfies OptionName[];
export const DEFAULT_LESSON_DIR = 'src/content/lessons';
const DEFAULT_JP_PER_MEETING = 2;
const EXAMPLE = 'guru-blog new lesson --mapel matematika --kelas 7 --jenis rpm --judul "Pecahan Senilai"';

/** What the teacher typed, as text (numbers already checked). */
export interface LessonInput {
  mapel: string;
  kelas?: string;
  jenis: string;
  judul: string;
  jenjang?: string;
  semester?: string;
  jp?: number;
  pertemuan?: number;
}

/** Turns the typed options into a checked lesson, or throws a CliError saying what to change. */
export function planLesson(input: LessonInput, today: Date): LessonSpec {
  const { subject, subjectLabel } = resolveSubject(input.mapel);
  const docType = parseDocType(input.jenis);
  const grades = input.kelas === undefined ? [] : parseGrades(input.kelas);
  const jenjang = input.jenjang ? parseJenjang(input.jenjang) : inferJenjang(grades, subject);
  checkPlacement(subject, jenjang, grades);
  if (jenjang === 'paud' && input.jp !== undefined) throw userError((t) => t('err.paudJp'));
  const meetings = input.pertemuan ?? 1;
  const jp = input.jp ?? DEFAULT_JP_PER_MEETING * meetings;
  if (jenjang !== 'paud' && meetings > jp) throw userError((t) => t('err.meetings', { meetings, jp }));
  return {
    title: input.judul,
    subject,
    ...(subjectLabel ? { subjectLabel } : {}),
    jenjang,
    grades,
    docType,
    jp,
    meetings,
    date: isoDate(today),
    semester: input.semester ? parseSemester(input.semester) : semesterOf(today),
    academicYear: academicYearOf(today),
  };
}

/** Reads the required options; on a terminal it asks for the missing ones, otherwise it says which. */
async function collectInput(args: ParsedArgs, ctx: Context): Promise<LessonInput> {
  const { values } = args;
  const text = (name: 'mapel' | 'kelas' | 'jenis' | 'judul') => requireValue(values, name);
  const typed = { mapel: values.mapel || undefined, kelas: text('kelas'), jenis: text('jenis'), judul: text('judul') };
  const jenjang = requireValue(values, 'jenjang');
  const isPaud = () =>
    (jenjang !== undefined && parseJenjang(jenjang) === 'paud') || (typed.mapel !== undefined && resolveSubject(typed.mapel).subject.jenjang.join() === 'paud');
  const questions: [keyof typeof typed, MessageKey][] = [
    ['mapel', 'prompt.mapel'],
    ['kelas', 'prompt.kelas'],
    ['jenis', 'prompt.jenis'],
    ['judul', 'prompt.judul'],
  ];
  const missing: string[] = [];
  for (const [name, question] of questions) {
    if (typed[name] !== undefined || (name === 'kelas' && isPaud())) continue;
    const answer = ctx.io.prompt ? (await ctx.io.prompt(ctx.t(question))).trim() : '';
    if (answer) typed[name] = answer;
    else missing.push(`--${name}`);
  }
  if (missing.length) {
    const swallowed = npmSwallowed(ctx.io.env);
    throw usageError(
      (t) =>
        `${t('err.missingOptions', { list: missing.join(', '), example: EXAMPLE })}${swallowed ? `\n${t('err.npmSwallowed', { options: swallowed })}` : ''}`,
    );
  }
  return {
    mapel: typed.mapel!,
    ...(typed.kelas !== undefined ? { kelas: typed.kelas } : {}),
    jenis: typed.jenis!,
    judul: typed.judul!,
    ...(jenjang !== undefined ? { jenjang } : {}),
    ...optional('semester', requireValue(values, 'semester')),
    ...optional('jp', positiveInt(values, 'jp')),
    ...optional('pertemuan', positiveInt(values, 'pertemuan')),
  };
}

/**
 * `npm run lesson:new --mapel ipa` gives npm the options (as npm_config_mapel=ipa) and the command
 * nothing: the options npm kept, written back as the teacher typed them, for the hint to add `--`.
 */
export function npmSwallowed(env: Record<string, string | undefined>): string | undefined {
  if (!env.npm_lifecycle_event) return undefined;
  const kept = NEW_LESSON_OPTIONS.filter((name) => env[`npm_config_${name}`] !== undefined).map((name) => {
    const value = env[`npm_config_${name}`]!;
    return value === '' || value === 'true' ? `--${name}` : `--${name} ${/\s/.test(value) ? `"${value}"` : value}`;
  });
  return kept.length ? kept.join(' ') : undefined;
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** `guru-blog new lesson …`: writes src/content/lessons/<slug-of-title>.md, never over a file. */
export async function newLesson(args: ParsedArgs, ctx: Context): Promise<number> {
  const { io, t } = ctx;
  checkAllowed(args, NEW_LESSON_OPTIONS, 'new lesson', 'guru-blog new --help');
  if (args.values.mapel === '') {
    // `--mapel` with nothing after it: the teacher wants to see the choices.
    const jenjang = args.values.jenjang ? parseJenjang(args.values.jenjang) : undefined;
    io.stdout(subjectTable(t, ctx.lang, jenjang));
    if (!io.prompt) {
      io.stderr(`${t('err.mapelMissing')}\n`);
      return EXIT.usage;
    }
  }
  const input = await collectInput(args, ctx);
  const spec = planLesson(input, io.now());
  const slug = slugFromTitle(spec.title);
  if (!slug) throw userError((tr) => tr('err.emptySlug', { title: spec.title }));
  const dir = resolve(io.cwd, args.values.dir || DEFAULT_LESSON_DIR);
  const file = await writeNewFile(join(dir, `${slug}.md`), renderLesson(spec, SKELETONS[spec.subject.family]), io.cwd, `${spec.title} 2`);
  io.stdout(
    `${t('ok.lesson', { file, what: `${docLabel(spec)} ${spec.subject.nameId}`, where: placement(spec, t), time: timeText(spec, t) })}\n${t('ok.lessonNext')}\n`,
  );
  return EXIT.ok;
}

function placement(spec: LessonSpec, t: Translate): string {
  return spec.jenjang === 'paud' ? 'PAUD' : t('where.grades', { jenjang: spec.jenjang.toUpperCase(), grades: spec.grades.join(', ') });
}

function timeText(spec: LessonSpec, t: Translate): string {
  const perJp = minutesPerJp(spec.jenjang);
  return perJp ? t('ok.jp', { jp: spec.jp, minutes: perJp }) : t('ok.paudMinutes', { minutes: PAUD_MEETING_MINUTES * spec.meetings });
}
