import type { Family } from '../../catalog/index.ts';
import type { SectionsOf } from '../../lessons/families/index.ts';
import type { SectionKind } from '../../lessons/section-kinds.ts';

/** What a teacher writes for each section kind (lessons/section-kinds.ts), as a skeleton writes it. */
export interface SectionValues {
  text: string;
  list: string[];
  steps: string[];
  questions: string[];
  formulas: string[];
  qa: { question: string; answer?: string }[];
  table: { caption?: string; columns: string[]; rows: (string | number)[][] };
  terms: { term: string; definition: string }[];
  links: (string | { title: string; href?: string; description?: string })[];
  timeline: { when: string | number; event: string }[];
  code: { language?: string; code: string; caption?: string }[];
}

/** The placeholder of one family section: a value that passes the schema, and a hint for the comment. */
export interface FieldPlaceholder<K extends SectionKind = SectionKind> {
  /** What to write, in Indonesian; the comment above the field starts with the section's page title. */
  note: string;
  value: SectionValues[K];
}

/**
 * What a subject family changes in a lesson skeleton. The frontmatter shape is shared
 * (frontmatter.ts); a family gives the words: its core steps, model, profile dimensions, summative
 * assessment, the placeholders of its sections and the guidance of the "Materi" body.
 */
export interface FamilySkeleton<F extends Family = Family> {
  family: F;
  /** Model pembelajaran / praktik pedagogis suggested for the family. */
  model: string;
  /** Suggested dimensions: Profil Pelajar Pancasila (`ppp`) and Dimensi Profil Lulusan (`dpl`) keys. */
  profile: { ppp: string[]; dpl: string[] };
  /** Three core steps, in order: understand, apply, reflect (memahami, mengaplikasi, merefleksi). */
  core: [string, string, string];
  /** Opening and closing steps when the family differs from the usual greeting and summary (PJOK). */
  opening?: [string, string];
  closing?: [string, string];
  summative: { technique: string; instrument: string; description: string };
  /** First sentence of the body's guidance paragraph (shown under "Materi"). */
  materi: string;
  /**
   * Placeholders of the family's sections, by frontmatter field. Which fields a family has comes from
   * FAMILY_DEFINITIONS (lessons/families/), and each placeholder's value has its section's kind: a
   * field the family lacks, or a value of another kind, does not compile. A field without an entry
   * here gets its kind's placeholder.
   */
  fields: { [S in SectionsOf<F> as S['field']]?: FieldPlaceholder<S['kind']> };
}
