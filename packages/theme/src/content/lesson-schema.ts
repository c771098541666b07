import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import {
  JENJANG,
  JENJANG_GRADES,
  matchSubject,
  minutesPerJp,
  PHASES,
  PROFILE_SETS,
  phaseOfGrades,
  type Subject,
  subjectCatalog,
  subjectGrades,
  suggestSlug,
} from '../catalog/index.ts';
import { createTranslator, type Translate } from '../i18n/index.ts';
import { ALL_FAMILY_SECTIONS } from '../lessons/families/index.ts';
import { sectionSchema } from '../lessons/section-kinds.ts';
import { fieldError, type SchemaLanguage } from './messages.ts';

// One schema for a Modul Ajar, a K13 RPP and an RPM (Rencana Pembelajaran Mendalam): their
// fields overlap (identity, objectives, activities, assessment) and differ in a few named ones. Few fields are required, so plans imported from old blogs
// validate; everything else renders as a section only when present.

export const DOC_TYPES = ['modul-ajar', 'rpp', 'rpm'] as const;
export const CURRICULA = ['merdeka', 'merdeka-pm', 'k13'] as const;
export const EXPERIENCES = ['memahami', 'mengaplikasi', 'merefleksi'] as const;
export const PRINCIPLES = ['berkesadaran', 'bermakna', 'menggembirakan'] as const;
export const ATTACHMENT_KINDS = ['lkpd', 'bahan-bacaan', 'slides', 'instrumen', 'video', 'audio', 'other'] as const;
export const ASPECTS = ['sikap', 'pengetahuan', 'keterampilan'] as const;

const PROFILE_KEYS = Object.values(PROFILE_SETS).flatMap((set) => set.dimensions.map((d) => d.key));

function schemaParts(t: Translate) {
  const text = () => z.string({ error: fieldError(t, 'error.expected.string') });
  const list = () => z.array(z.string({ error: fieldError(t, 'error.expected.string') }), { error: fieldError(t, 'error.expected.list') });
  const int = () =>
    z
      .number({ error: fieldError(t, 'error.expected.positiveInt') })
      .int()
      .positive();
  const date = () => z.coerce.date({ error: fieldError(t, 'error.expected.date') });
  // Every leaf gets the localized error, so no zod English reaches a teacher.
  const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: fieldError(t) });
  const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.object(shape, { error: fieldError(t, 'error.expected.object') });
  const array = <T extends z.core.SomeType>(of: T) => z.array(of, { error: fieldError(t, 'error.expected.list') });

  const step = z.union([
    text(),
    obj({
      text: text(),
      minutes: int().optional(),
      /** The model's syntax label, e.g. "Orientasi masalah". */
      syntax: text().optional(),
      experience: oneOf(EXPERIENCES).optional(),
      principles: array(oneOf(PRINCIPLES)).optional(),
      differentiation: text().optional(),
    }),
  ]);
  const part = obj({ minutes: int().optional(), steps: array(step).default([]) });
  const meeting = obj({
    meeting: int().optional(),
    title: text().optional(),
    opening: part.optional(),
    core: part,
    closing: part.optional(),
  });
  const item = obj({
    technique: text().optional(),
    instrument: text().optional(),
    aspect: oneOf(ASPECTS).optional(),
    description: text().optional(),
    href: text().optional(),
  });
  const rubric = obj({
    title: text(),
    criteria: array(
      obj({
        criterion: text(),
        levels: array(obj({ label: text(), score: z.number().optional(), descriptor: text() })),
      }),
    ),
  });

  return {
    fields: {
      title: text().min(1, { error: fieldError(t, 'error.expected.nonEmpty') }),
      description: text().default(''),
      /** Lesson plans write `date`; `pubDate` is accepted too, as for posts. */
      date: date().optional(),
      pubDate: date().optional(),
      updatedDate: date().optional(),
      docType: oneOf(DOC_TYPES),
      curriculum: oneOf(CURRICULA).optional(),
      subject: text(),
      /** Display name for catch-all subjects (Muatan Lokal, SMK programmes). */
      subjectLabel: text().optional(),
      jenjang: oneOf(JENJANG),
      /** MI, SDLB, Paket A…: picks the minutes per JP of special-needs schools. */
      schoolType: text().optional(),
      grades: z
        .array(
          z
            .number({ error: fieldError(t, 'error.expected.grades') })
            .int()
            .min(1)
            .max(13),
          { error: fieldError(t, 'error.expected.grades') },
        )
        .default([]),
      /** Derived from grades; set only to override (SLB). */
      phase: oneOf(PHASES).optional(),
      semester: z.union([z.literal(1), z.literal(2)], { error: fieldError(t, 'error.expected.semester') }).optional(),
      academicYear: text()
        .regex(/^\d{4}\/\d{4}$/, { error: fieldError(t, 'error.expected.academicYear') })
        .optional(),
      topic: text().optional(),
      author: text().optional(),
      school: text().optional(),
      timeAllocation: obj({ jp: int(), minutesPerJp: int().optional(), meetings: int().optional() }).optional(),
      learningOutcome: text().optional(),
      k13: z
        .object({
          coreCompetencies: list().optional(),
          basicCompetencies: array(obj({ code: text(), text: text() })).optional(),
          indicators: list().optional(),
          theme: obj({ tema: int().optional(), subtema: int().optional(), pembelajaran: int().optional() }).optional(),
        })
        .optional(),
      objectives: list().default([]),
      priorKnowledge: text().optional(),
      learners: obj({ readiness: text().optional(), target: list().optional() }).optional(),
      materialAnalysis: text().optional(),
      materialContent: text().optional(),
      profileDimensions: list().default([]),
      crossDisciplinary: list().default([]),
      approach: text().optional(),
      model: text().optional(),
      methods: list().default([]),
      partnerships: list().default([]),
      learningEnvironment: text().optional(),
      digitalTools: list().default([]),
      materials: obj({ facilities: list().optional(), media: list().optional(), sources: list().optional() }).optional(),
      meaningfulUnderstanding: text().optional(),
      keyQuestions: list().default([]),
      activities: array(meeting).default([]),
      assessment: z
        .object({
          diagnostic: array(item).optional(),
          formative: array(item).optional(),
          summative: array(item).optional(),
          rubrics: array(rubric).optional(),
        })
        .optional(),
      enrichment: text().optional(),
      remedial: text().optional(),
      reflection: obj({ teacher: list().optional(), students: list().optional() }).optional(),
      attachments: z
        .array(
          obj({
            title: text(),
            kind: oneOf(ATTACHMENT_KINDS).default('other'),
            href: text(),
            /** Shown beside the link, e.g. "PDF, 240 KB"; filled in for local files when absent. */
            size: text().optional(),
          }),
        )
        .default([]),
      glossary: array(obj({ term: text(), definition: text() })).default([]),
      references: list().default([]),
      license: text().default('CC-BY-SA-4.0'),
      tags: z.array(text(), { error: fieldError(t, 'error.expected.tags') }).default([]),
      draft: z.boolean({ error: fieldError(t, 'error.expected.boolean') }).default(false),
    },
  };
}

export interface LessonSchemaOptions extends SchemaLanguage {
  /** Extra frontmatter fields for this site. */
  extend?: z.ZodObject | ((context: SchemaContext) => z.ZodObject);
  /** Subjects the site adds to the catalog (Muatan Lokal, SMK programmes). */
  subjects?: Subject[];
}

/** Minutes the lesson's activities declare: a part's own `minutes`, else the sum of its steps. */
export function activityMinutes(activities: LessonData['activities']): number {
  let total = 0;
  for (const meeting of activities) {
    for (const part of [meeting.opening, meeting.core, meeting.closing]) {
      if (!part) continue;
      total += part.minutes ?? stepMinutes(part.steps);
    }
  }
  return total;
}

function stepMinutes(steps: LessonStep[]): number {
  return steps.reduce((n, s) => n + (typeof s === 'string' ? 0 : (s.minutes ?? 0)), 0);
}

const list = (values: readonly (string | number)[]) => values.join(', ');

/**
 * Frontmatter of a lesson page (`src/content/lessons`). Use in `src/content.config.ts`:
 * `defineCollection({ loader: lessonsLoader(), schema: lessonSchema() })`.
 */
export function lessonSchema(options: LessonSchemaOptions = {}) {
  // Astro calls the returned function once per entry (its image() resolves paths from that
  // entry's file): only that field is made per entry; the rest is built once.
  const t = createTranslator(options.lang ?? 'id', options.strings);
  const catalog = subjectCatalog(options.subjects ?? []);
  const { fields } = schemaParts(t);
  // Each family's own sections (experiment, exercises, warm-up…) are optional fields of every lesson.
  const familyFields = Object.fromEntries(ALL_FAMILY_SECTIONS.map((s) => [s.field, sectionSchema(s.kind, t).optional()]));
  // The forms the pages themselves show are accepted too, in any case: "IPA" or "Ilmu Pengetahuan
  // Alam" for the slug ipa, "E" or "Fase E" for the phase e.
  const subject = z.preprocess((value) => (typeof value === 'string' ? (matchSubject(value, catalog)?.slug ?? value) : value), fields.subject);
  const phase = z.preprocess(
    (value) =>
      typeof value === 'string'
        ? value
            .trim()
            .toLowerCase()
            .replace(/^(?:fase|phase)\s+/, '')
        : value,
    fields.phase,
  );
  const shared = z.object({ ...fields, subject, phase, ...familyFields, imageAlt: fields.description.optional() });
  return (context: SchemaContext) => {
    const base = shared.extend({ image: context.image().optional() });
    const extension = typeof options.extend === 'function' ? options.extend(context) : options.extend;
    // A site's fields come on top; the checks below read only the theme's own.
    const merged = extension ? base.extend<Record<never, never>>(extension.shape) : base;
    return merged.superRefine((raw, ctx) => {
      const data: LessonData = raw;
      const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      if (!data.date && !data.pubDate) issue(['date'], t('error.lesson.dateRequired'));

      const subject = catalog.find((s) => s.slug === data.subject);
      if (!subject) {
        const suggestion = suggestSlug(
          data.subject,
          catalog.map((s) => s.slug),
        );
        const here = catalog.filter((s) => s.jenjang.includes(data.jenjang)).map((s) => s.slug);
        const parts = [t('error.lesson.unknownSubject', { value: data.subject })];
        if (suggestion) parts.push(t('error.lesson.didYouMean', { suggestion }));
        parts.push(t('error.lesson.validSubjects', { jenjang: data.jenjang.toUpperCase(), list: list(here) }));
        parts.push(t('error.lesson.listHint'));
        issue(['subject'], parts.join('; '));
      }

      const valid = JENJANG_GRADES[data.jenjang];
      if (data.jenjang !== 'paud' && data.grades.length === 0) {
        issue(['grades'], t('error.lesson.gradesRequired', { jenjang: data.jenjang.toUpperCase(), example: valid[0] ?? '' }));
      }
      const outside = data.grades.filter((g) => !valid.includes(g));
      if (outside.length) {
        issue(['grades'], t('error.lesson.gradesJenjang', { grades: list(outside), jenjang: data.jenjang.toUpperCase(), valid: list(valid) || '—' }));
      } else if (data.grades.length) {
        const { phase, spans } = phaseOfGrades(data.grades);
        if (!phase) issue(['grades'], t('error.lesson.gradesPhases', { grades: list(data.grades), phases: spans.map((p) => p.code).join(', ') }));
        else if (data.phase && data.phase !== phase.key && !isSpecialNeeds(data.schoolType)) {
          issue(['phase'], t('error.lesson.phaseMismatch', { phase: data.phase.toUpperCase(), grades: list(data.grades), derived: phase.code }));
        }
        if (subject) {
          if (!subject.jenjang.includes(data.jenjang)) {
            issue(
              ['subject'],
              t('error.lesson.subjectJenjang', {
                subject: subject.slug,
                jenjang: data.jenjang.toUpperCase(),
                where: subject.jenjang.map((j) => j.toUpperCase()).join(', '),
              }),
            );
          } else {
            const taught = subjectGrades(subject, data.jenjang);
            const notTaught = data.grades.filter((g) => !taught.includes(g));
            if (notTaught.length)
              issue(['grades'], t('error.lesson.subjectGrades', { subject: subject.slug, jenjang: data.jenjang.toUpperCase(), valid: list(taught) }));
          }
        }
      }

      data.profileDimensions.forEach((key, i) => {
        if (!PROFILE_KEYS.includes(key)) issue(['profileDimensions', i], t('error.lesson.profileKey', { value: key, list: list(PROFILE_KEYS) }));
      });
      if (data.k13 && data.curriculum !== 'k13') issue(['k13'], t('error.lesson.k13Only'));

      data.activities.forEach((meeting, i) => {
        for (const name of ['opening', 'core', 'closing'] as const) {
          const part = meeting[name];
          if (!part?.minutes) continue;
          const used = stepMinutes(part.steps);
          if (used > part.minutes) {
            issue(['activities', i, name], t('error.lesson.meetingMinutes', { meeting: meeting.meeting ?? i + 1, used, declared: part.minutes }));
          }
        }
      });
      if (data.timeAllocation) {
        const perJp = data.timeAllocation.minutesPerJp ?? minutesPerJp(data.jenjang, data.schoolType);
        const used = activityMinutes(data.activities);
        if (perJp && used > data.timeAllocation.jp * perJp) {
          issue(['activities'], t('error.lesson.minutes', { used, jp: data.timeAllocation.jp, perJp, total: data.timeAllocation.jp * perJp }));
        }
      }
    });
  };
}

function isSpecialNeeds(schoolType?: string): boolean {
  return Boolean(schoolType && /lb$/i.test(schoolType.trim()));
}

type LessonFields = ReturnType<typeof schemaParts>['fields'];

/**
 * A lesson's frontmatter after validation: the output of the schema's fields. `image` is typed by
 * hand because Astro's `image()` declares a plain object where the build gives ImageMetadata.
 */
export type LessonData = z.output<z.ZodObject<LessonFields>> & {
  image?: ImageMetadata;
  imageAlt?: string;
  /** Family section fields (see lessons/families), by field name. */
  [familyField: string]: unknown;
};
export type LessonMeeting = LessonData['activities'][number];
export type LessonPart = LessonMeeting['core'];
export type LessonStep = LessonPart['steps'][number];
export type AssessmentItem = NonNullable<NonNullable<LessonData['assessment']>['formative']>[number];
export type Rubric = NonNullable<NonNullable<LessonData['assessment']>['rubrics']>[number];
