// Adapter: everything the docs read from @guru-blog/theme. When the theme moves a file or renames an
// export, this is the one place to follow it.
import { z } from 'astro/zod';
import { JENJANG_GRADES, PHASE_LIST, PROFILE_SETS, SUBJECTS } from '../../../../packages/theme/src/catalog/index.ts';
import { OPTIONS as CLI_OPTIONS } from '../../../../packages/theme/src/cli/args.ts';
import { MESSAGES as CLI_MESSAGES } from '../../../../packages/theme/src/cli/messages.ts';
import { lessonSchema } from '../../../../packages/theme/src/content/lesson-schema.ts';
import { postSchema } from '../../../../packages/theme/src/content/post-schema.ts';
import { en as uiEn, id as uiId } from '../../../../packages/theme/src/i18n/index.ts';
import { FAMILY_DEFINITIONS } from '../../../../packages/theme/src/lessons/families/index.ts';
import { en as nodeEn, id as nodeId } from '../../../../packages/theme/src/node/messages.mjs';
import { optionsSchema } from '../../../../packages/theme/src/options.ts';
import { IMAGE_MARKER, type Lang } from '../zod-fields.ts';

export { CLI_MESSAGES, CLI_OPTIONS, FAMILY_DEFINITIONS, JENJANG_GRADES, optionsSchema, PHASE_LIST, PROFILE_SETS, SUBJECTS };

/** What Astro passes a content schema; only `image()` is used by the theme's schemas. */
function schemaContext() {
  const image = () => Object.assign(z.string(), { [IMAGE_MARKER]: true });
  return { image } as unknown as Parameters<ReturnType<typeof postSchema>>[0];
}

export const postFieldsSchema = (): z.ZodType => postSchema()(schemaContext());
export const lessonFieldsSchema = (): z.ZodType => lessonSchema()(schemaContext());

/** The theme's UI strings (page words and build messages) per language. */
export const UI_STRINGS: Record<Lang, Record<string, string>> = { id: uiId, en: { ...uiId, ...uiEn } };

/** Lesson fields whose page heading has a key other than `lesson.<field>`. */
const LABEL_KEYS: Record<string, string> = {
  grades: 'lesson.grade',
  timeAllocation: 'lesson.duration',
  profileDimensions: 'lesson.profile',
  learningEnvironment: 'lesson.environment',
  materialContent: 'lesson.content',
  'learners.readiness': 'lesson.learners',
  'k13.coreCompetencies': 'lesson.k13.core',
  'k13.basicCompetencies': 'lesson.k13.basic',
  'k13.indicators': 'lesson.k13.indicators',
  'materials.facilities': 'lesson.facilities',
  'materials.media': 'lesson.media',
  'materials.sources': 'lesson.sources',
  'activities[].opening': 'lesson.opening',
  'activities[].core': 'lesson.core',
  'activities[].closing': 'lesson.closing',
  'assessment.diagnostic': 'lesson.assessment.diagnostic',
  'assessment.formative': 'lesson.assessment.formative',
  'assessment.summative': 'lesson.assessment.summative',
  'assessment.rubrics': 'lesson.rubric',
  'reflection.teacher': 'lesson.reflection.teacher',
  'reflection.students': 'lesson.reflection.students',
};

/** The heading a lesson page shows for a field, in the reader's language (from the theme's strings). */
export function lessonLabel(path: string, lang: Lang): string | undefined {
  const strings = UI_STRINGS[lang];
  const section = Object.values(FAMILY_DEFINITIONS)
    .flatMap((f) => f.sections)
    .find((s) => s.field === path);
  const key = section?.title ?? LABEL_KEYS[path] ?? `lesson.${path}`;
  return strings[key];
}

/** Which subject families show a section field (for the lesson reference). */
export function familiesOfField(field: string): string[] {
  return Object.values(FAMILY_DEFINITIONS)
    .filter((f) => f.sections.some((s) => s.field === field))
    .map((f) => f.key);
}

/** What the Node bootstrap of `npm run dev/build` prints when this computer's Node is too old. */
export const NODE_MESSAGES: Record<Lang, Record<string, string>> = { id: nodeId, en: { ...nodeId, ...nodeEn } };
