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

/** Every family's layout. Adding a family: one file in this folder plus one entry here. */
export const FAMILY_DEFINITIONS: Record<Family, FamilyDefinition> = {
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

export const ALL_FAMILY_SECTIONS = Object.values(FAMILY_DEFINITIONS).flatMap((f) => f.sections);
