import { join, resolve } from 'node:path';
import { minutesPerJp, SUBJECTS } from '../catalog/index.ts';
import type { Prompter } from '../prompts/prompter.ts';
import { subjectChoices } from '../prompts/subject-choices.ts';
import { checkAllowed, type OptionName, type ParsedArgs, positiveInt, requireValue } from './args.ts';
import { CliError, type Context, EXIT, usageError, userError } from './context.ts';
import {
  academicYearOf,
  checkPlacement,
  DOC_TYPES,
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
import type { Translate } from './messages.ts';
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
  const text = (name: 'kelas' | 'jenis' | 'judul') => requireValue(values, name);
  const typed = { mapel: values.mapel || undefined, kelas: text('kelas'), jenis: text('jenis'), judul: text('judul') };
  const jenjang = requireValue(values, 'jenjang');
  const isPaud = () =>
    (jenjang !== undefined && parseJenjang(jenjang) === 'paud') || (typed.mapel !== undefined && resolveSubject(typed.mapel).subject.jenjang.join() === 'paud');
  const missing = () => (['mapel', 'kelas', 'jenis', 'judul'] as const).filter((name) => typed[name] === undefined && !(name === 'kelas' && isPaud()));
  if (missing().length) {
    const swallowed = npmSwallowed(ctx.io.env);
    const prompt = await ctx.io.prompter?.(ctx.lang);
    if (!prompt) {
      const list = missing().map((name) => `--${name}`);
      throw usageError(
        (t) =>
          `${t('err.missingOptions', { list: list.join(', '), example: EXAMPLE })}${swallowed ? `\n${t('err.npmSwallowed', { options: swallowed })}` : ''}`,
      );
    }
    if (swallowed) prompt.warn(ctx.t('err.npmSwallowed', { options: swallowed }));
    await askMissing(prompt, typed, { jenjang, isPaud }, ctx);
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

type Typed = { mapel?: string | undefined; kelas?: string | undefined; jenis?: string | undefined; judul?: string | undefined };

/**
 * The scaffolder's questions for what the flags left out, in order: the subject from the searchable
 * catalog (of the --jenjang when given), the grade checked as --kelas is, the type, the title. An
 * answer the flag would refuse gets the same message under the question, to type again.
 */
async function askMissing(prompt: Prompter, typed: Typed, known: { jenjang: string | undefined; isPaud: () => boolean }, ctx: Context): Promise<void> {
  const { t } = ctx;
  const problem = (check: () => unknown) => {
    try {
      check();
      return undefined;
    } catch (error) {
      if (error instanceof CliError) return error.render(t);
      throw error;
    }
  };
  if (typed.mapel === undefined) {
    const level = known.jenjang === undefined ? undefined : parseJenjang(known.jenjang);
    const subjects = level ? SUBJECTS.filter((s) => s.jenjang.includes(level)) : SUBJECTS;
    typed.mapel = await prompt.search({ message: t('prompt.mapel'), placeholder: t('prompt.mapelPlaceholder'), options: subjectChoices(ctx.lang, subjects) });
  }
  if (typed.kelas === undefined && !known.isPaud()) {
    const { subject } = resolveSubject(typed.mapel);
    typed.kelas = (
      await prompt.text({
        message: t('prompt.kelas'),
        validate: (value) =>
          value.trim()
            ? problem(() => {
                const grades = parseGrades(value);
                checkPlacement(subject, known.jenjang ? parseJenjang(known.jenjang) : inferJenjang(grades, subject), grades);
              })
            : t('prompt.empty'),
      })
    ).trim();
  }
  if (typed.jenis === undefined) {
    typed.jenis = await prompt.select({ message: t('prompt.jenis'), options: DOC_TYPES.map((value) => ({ value, label: t(`prompt.jenis.${value}`) })) });
  }
  if (typed.judul === undefined) {
    typed.judul = (
      await prompt.text({
        message: t('prompt.judul'),
        placeholder: t('prompt.judulPlaceholder'),
        validate: (value) => (!value.trim() ? t('prompt.empty') : slugFromTitle(value) ? undefined : t('err.emptySlug', { title: value.trim() })),
      })
    ).trim();
  }
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
    if (!io.prompter) {
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
