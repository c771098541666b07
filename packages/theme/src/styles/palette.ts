// The theme's colours as data: the page colours, the named accent presets a teacher picks with
// `accent`, and one CSS file made from them for the chosen preset. Data rather than CSS so a test
// can compute every contrast ratio (WCAG AA: 4.5:1 for text) in light and dark mode.

/** Colours of one mode: page, cards, text, secondary text, lines. */
export interface PageColours {
  bg: string;
  surface: string;
  fg: string;
  muted: string;
  border: string;
}

/** An accent in one mode: links and buttons (`accent`), text on buttons (`onAccent`), tinted chips (`soft`). */
export interface AccentColours {
  accent: string;
  onAccent: string;
  soft: string;
}

export const PAGE: Record<'light' | 'dark', PageColours> = {
  light: { bg: '#faf7f2', surface: '#ffffff', fg: '#1f1b16', muted: '#5c554d', border: '#e4ddd2' },
  dark: { bg: '#16130f', surface: '#221e19', fg: '#efe9e1', muted: '#b5ab9e', border: '#3a342c' },
};

/**
 * Accent presets, named after things a teacher in Indonesia knows. `senja` (dusk, terracotta) is
 * the default; each one keeps its text readable on the page, the cards and its own tint.
 */
export const ACCENTS = {
  senja: { light: { accent: '#b4461f', onAccent: '#ffffff', soft: '#fbe9e1' }, dark: { accent: '#f4a37c', onAccent: '#1f1208', soft: '#3a2418' } },
  samudra: { light: { accent: '#1b5fa8', onAccent: '#ffffff', soft: '#e3eefb' }, dark: { accent: '#8cc4ff', onAccent: '#0b1726', soft: '#1a2a3d' } },
  hutan: { light: { accent: '#2f6b3a', onAccent: '#ffffff', soft: '#e4f1e4' }, dark: { accent: '#8fd19e', onAccent: '#0d1f11', soft: '#1d2e20' } },
  anggrek: { light: { accent: '#7a3b9a', onAccent: '#ffffff', soft: '#f3e6f8' }, dark: { accent: '#d6a6f0', onAccent: '#1f1027', soft: '#2f2137' } },
  kunyit: { light: { accent: '#8a5a00', onAccent: '#ffffff', soft: '#f8ecd0' }, dark: { accent: '#f2c45a', onAccent: '#231800', soft: '#33290f' } },
} as const satisfies Record<string, Record<'light' | 'dark', AccentColours>>;

export type AccentName = keyof typeof ACCENTS;
export const ACCENT_NAMES = Object.keys(ACCENTS) as [AccentName, ...AccentName[]];
export const DEFAULT_ACCENT: AccentName = 'senja';
