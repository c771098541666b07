import type { Family } from '../../catalog/index.ts';

/** One `##` section of the lesson body: an Indonesian heading and short guidance to replace. */
export interface BodySection {
  heading: string;
  body: string;
}

/**
 * What a subject family changes in a lesson skeleton. The frontmatter shape is shared
 * (frontmatter.ts); a family gives the words: its core steps, model, profile dimensions, summative
 * assessment and body sections.
 */
export interface FamilySkeleton {
  family: Family;
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
  sections: BodySection[];
}
