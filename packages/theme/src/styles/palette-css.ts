import { FAMILY_COLOURS } from '../catalog/colors.ts';
import { ACCENTS, type AccentName, PAGE } from './palette.ts';

type Mode = 'light' | 'dark';

function vars(mode: Mode, accent: AccentName): string {
  const page = PAGE[mode];
  const a = ACCENTS[accent][mode];
  return `--g-bg:${page.bg};--g-surface:${page.surface};--g-fg:${page.fg};--g-muted:${page.muted};--g-border:${page.border};--g-accent:${a.accent};--g-on-accent:${a.onAccent};--g-soft:${a.soft};color-scheme:${mode}`;
}

function families(mode: Mode, scope: string): string {
  return Object.entries(FAMILY_COLOURS)
    .map(([family, c]) => `${scope}[data-family="${family}"]{--s-fg:${c[mode].fg};--s-bg:${c[mode].bg}}`)
    .join('');
}

/**
 * The stylesheet of the site's colours: the chosen accent preset and the subject colours, in light
 * mode, in dark mode when the reader chose it (html[data-theme=dark]) and when the system asks for
 * it and the reader did not choose light. Only the chosen preset is sent.
 */
export function paletteCss(accent: AccentName): string {
  const dark = ':root[data-theme="dark"] ';
  const auto = ':root:not([data-theme="light"]) ';
  return [
    `:root{${vars('light', accent)}}`,
    families('light', ''),
    `:root[data-theme="dark"]{${vars('dark', accent)}}`,
    families('dark', dark),
    `@media (prefers-color-scheme:dark){:root:not([data-theme="light"]){${vars('dark', accent)}}${families('dark', auto)}}`,
  ].join('\n');
}
