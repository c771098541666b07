import { JENJANG_GRADES, PHASE_LIST, PROFILE_SETS, type Subject } from '../catalog/index.ts';
import { isStringKey, type Translate, type UIStringKey } from '../i18n/index.ts';
import { ALL_FAMILY_SECTIONS } from '../lessons/families/index.ts';
import type { FieldHints } from './types.ts';

/** Field names whose label is already in the catalog, for the lesson page's headings. */
const PAGE_LABELS: Record<string, UIStringKey> = {
  docType: 'lesson.docType',
  curriculum: 'lesson.curriculum',
  subject: 'lesson.subject',
  jenjang: 'lesson.jenjang',
  phase: 'lesson.phase',
  semester: 'lesson.semester',
  academicYear: 'lesson.academicYear',
  topic: 'lesson.topic',
  school: 'lesson.school',
  license: 'lesson.license',
  learningOutcome: 'lesson.learningOutcome',
  k13: 'lesson.k13',
  coreCompetencies: 'lesson.k13.core',
  basicCompetencies: 'lesson.k13.basic',
  indicators: 'lesson.k13.indicators',
  objectives: 'lesson.objectives',
  priorKnowledge: 'lesson.priorKnowledge',
  learners: 'lesson.learners',
  materialAnalysis: 'lesson.materialAnalysis',
  profileDimensions: 'lesson.profile',
  crossDisciplinary: 'lesson.crossDisciplinary',
  approach: 'lesson.approach',
  model: 'lesson.model',
  methods: 'lesson.methods',
  partnerships: 'lesson.partnerships',
  learningEnvironment: 'lesson.environment',
  digitalTools: 'lesson.digitalTools',
  materials: 'lesson.materials',
  facilities: 'lesson.facilities',
  media: 'lesson.media',
  sources: 'lesson.sources',
  meaningfulUnderstanding: 'lesson.meaningfulUnderstanding',
  keyQuestions: 'lesson.keyQuestions',
  activities: 'lesson.activities',
  opening: 'lesson.opening',
  core: 'lesson.core',
  closing: 'lesson.closing',
  assessment: 'lesson.assessment',
  diagnostic: 'lesson.assessment.diagnostic',
  formative: 'lesson.assessment.formative',
  summative: 'lesson.assessment.summative',
  enrichment: 'lesson.enrichment',
  remedial: 'lesson.remedial',
  reflection: 'lesson.reflection',
  teacher: 'lesson.reflection.teacher',
  students: 'lesson.reflection.students',
  attachments: 'lesson.attachments',
  glossary: 'lesson.glossary',
  references: 'lesson.references',
};

/** Texts of a paragraph or more: a textarea. */
const MULTILINE = new Set([
  'description',
  'learningOutcome',
  'priorKnowledge',
  'materialAnalysis',
  'materialContent',
  'meaningfulUnderstanding',
  'enrichment',
  'remedial',
  'readiness',
  'learningEnvironment',
  'definition',
  'descriptor',
  'differentiation',
  'answer',
  'question',
  'code',
  ...ALL_FAMILY_SECTIONS.filter((s) => s.kind === 'text').map((s) => s.field),
]);

const SECTION_TITLES = new Map(ALL_FAMILY_SECTIONS.map((s) => [s.field, s.title]));

/** "microTeachingNotes" → "Micro teaching notes": a readable label for a field the site added. */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface LabelSource {
  t: Translate;
  subjects: Subject[];
  /** Label and hint a site gave its own field with zod's `.meta({ title, description })`. */
  meta?: (path: string) => { title?: string; description?: string } | undefined;
}

const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** Labels, hints, allowed values and widget choices for a field, in the site's language. */
export function fieldHints(source: LabelSource, path: string, name: string): FieldHints {
  const { t } = source;
  const key = (k: string) => (isStringKey(k) ? t(k) : undefined);
  const meta = source.meta?.(path);
  const nested = path.includes('.');
  const label =
    meta?.title ??
    (nested ? key(`cms.field.${name}.${path.split('.').at(-2)}`) : undefined) ??
    key(`cms.field.${name}`) ??
    (PAGE_LABELS[name] ? t(PAGE_LABELS[name]) : undefined) ??
    (SECTION_TITLES.has(name) ? t(SECTION_TITLES.get(name)!) : undefined) ??
    humanize(name);
  const hints: FieldHints = { label, itemLabel: t('cms.field.item') };
  const hint = meta?.description ?? (nested ? undefined : key(`cms.hint.${name}`));
  if (hint) hints.hint = hint;
  if (MULTILINE.has(name)) hints.multiline = true;
  if (name === 'tags') hints.commaList = true;
  const english = t.lang === 'en';
  switch (path) {
    case 'subject':
      hints.options = source.subjects.map((s) => ({ label: english ? s.nameEn : s.nameId, value: s.slug }));
      break;
    case 'grades':
      hints.options = [...new Set(Object.values(JENJANG_GRADES).flat())].sort((a, b) => a - b).map((g) => ({ label: String(g), value: g }));
      hints.multiple = true;
      break;
    case 'profileDimensions':
      hints.options = Object.values(PROFILE_SETS).flatMap((set) => set.dimensions.map((d) => ({ label: english ? d.labelEn : d.labelId, value: d.key })));
      hints.multiple = true;
      break;
    case 'phase':
      hints.optionLabel = (value) =>
        PHASE_LIST.find((p) => p.key === value)?.[english ? 'labelEn' : 'labelId'] ?? t('cms.phase', { phase: value.toUpperCase() });
      break;
    case 'docType':
    case 'curriculum':
      hints.optionLabel = (value) => key(`lesson.${path}.${value}`);
      break;
    case 'jenjang':
      hints.optionLabel = (value) => value.toUpperCase();
      break;
    case 'attachments.kind':
      hints.optionLabel = (value) => key(`lesson.attachment.${value}`);
      break;
    case 'attachments.href':
      hints.file = true;
      hints.hint = t('cms.hint.href');
      // Attachments are served as they are from public/, where the page reads their size.
      hints.media = { media_folder: '/public/lampiran', public_folder: '/lampiran', choose_url: true };
      break;
    case 'activities':
      hints.summary = '{{fields.meeting}} {{fields.title}}';
      break;
  }
  if (!hints.optionLabel && !hints.options) hints.optionLabel = capitalize;
  return hints;
}
