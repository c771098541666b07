import type { Family } from '../catalog/index.ts';
import type { UIStringKey } from '../i18n/index.ts';
import type { SectionKind } from './section-kinds.ts';

export interface FamilySection {
  /** Frontmatter field (English camelCase), unique across families. */
  field: string;
  kind: SectionKind;
  /** UI string key of the section title. */
  title: UIStringKey;
  /** `qa` only: print the answers on a separate answer page at the end. */
  answersLast?: boolean;
}

/** A subject family's lesson layout: the extra sections it shows, in page order. */
export interface FamilyDefinition {
  key: Family;
  sections: readonly FamilySection[];
}
