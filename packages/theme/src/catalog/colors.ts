import type { Family } from './types.ts';

/** A subject badge in one mode: its text (also the card's stripe) on its tint. */
export interface SubjectColour {
  fg: string;
  bg: string;
}

/**
 * One colour per subject family, so a reader learns them across a site: mathematics blue, sciences
 * green, languages purple, social studies amber, PJOK red, arts pink, informatics teal, religion
 * and civics indigo, anything else slate. Every text colour reaches WCAG AA (4.5:1) on its tint.
 */
export const FAMILY_COLOURS: Record<Family, Record<'light' | 'dark', SubjectColour>> = {
  math: { light: { fg: '#1d4ed8', bg: '#e3ebff' }, dark: { fg: '#9cc0ff', bg: '#1c2640' } },
  science: { light: { fg: '#166534', bg: '#ddf5e3' }, dark: { fg: '#86d9a0', bg: '#16301e' } },
  language: { light: { fg: '#7e22ce', bg: '#f2e7fd' }, dark: { fg: '#d3aefa', bg: '#2c1e3d' } },
  social: { light: { fg: '#8a4510', bg: '#fcefd9' }, dark: { fg: '#f5bf7f', bg: '#36260f' } },
  pjok: { light: { fg: '#b42318', bg: '#fde6e3' }, dark: { fg: '#ffaa9f', bg: '#3b1c19' } },
  arts: { light: { fg: '#a3195b', bg: '#fce6f0' }, dark: { fg: '#f7a3c9', bg: '#3a1a2a' } },
  informatics: { light: { fg: '#0f6b63', bg: '#d9f3ef' }, dark: { fg: '#7fd8cc', bg: '#0f2e2b' } },
  'religion-civics': { light: { fg: '#4338ca', bg: '#e6e8fd' }, dark: { fg: '#b3b9ff', bg: '#23254a' } },
  general: { light: { fg: '#475569', bg: '#e8ecf1' }, dark: { fg: '#c2cad6', bg: '#2a3038' } },
};
