import type { Family } from '../../catalog/index.ts';
import type { FamilyDefinition } from '../family.ts';
import arts from './arts.ts';
import general from './general.ts';
import informatics from './informatics.ts';
import language from './language.ts';
import math from './math.ts';
import pjok from './pjok.ts';
import religionCivics from './religion-civics.ts';
import science from './science.ts';
import social from './social.ts';

/** The layouts, with their literal field names and kinds. */
const DEFINITIONS = {
  math,
  science,
  language,
  social,
  pjok,
  arts,
  informatics,
  'religion-civics': religionCivics,
  general,
} satisfies Record<Family, FamilyDefinition>;

/** The sections of family `F`, with their literal field names and kinds (for the CLI's skeletons). */
export type SectionsOf<F extends Family> = (typeof DEFINITIONS)[F]['sections'][number];

/** Every family's layout. Adding a family: one file in this folder plus one entry here. */
export const FAMILY_DEFINITIONS: Record<Family, FamilyDefinition> = DEFINITIONS;

export const ALL_FAMILY_SECTIONS = Object.values(FAMILY_DEFINITIONS).flatMap((f) => f.sections);
