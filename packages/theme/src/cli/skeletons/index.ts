import type { Family } from '../../catalog/index.ts';
import arts from './arts.ts';
import general from './general.ts';
import informatics from './informatics.ts';
import language from './language.ts';
import math from './math.ts';
import pjok from './pjok.ts';
import religionCivics from './religion-civics.ts';
import science from './science.ts';
import social from './social.ts';
import type { FamilySkeleton } from './types.ts';

/** One skeleton per subject family (catalog `family`). */
export const SKELETONS: { [F in Family]: FamilySkeleton<F> } = {
  math,
  science,
  language,
  social,
  pjok,
  arts,
  informatics,
  'religion-civics': religionCivics,
  general,
};

export { type LessonSpec, renderLesson } from './lesson.ts';
export { type PostSpec, renderPost } from './post.ts';
export { KIND_PLACEHOLDERS, materiBody, sectionComments, sectionData } from './sections.ts';
export type { FamilySkeleton, FieldPlaceholder, SectionValues } from './types.ts';
