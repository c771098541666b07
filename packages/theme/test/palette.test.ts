import { describe, expect, it } from 'vitest';
import { FAMILY_COLOURS } from '../src/catalog/colors.ts';
import { FAMILIES } from '../src/catalog/types.ts';
import { optionsSchema } from '../src/options.ts';
import { ACCENT_NAMES, ACCENTS, PAGE } from '../src/styles/palette.ts';
import { paletteCss } from '../src/styles/palette-css.ts';

// WCAG 2.x contrast, written out here from the definition (relative luminance of sRGB), so the
// test does not trust the code it checks.
function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = Number.parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
const AA = 4.5;
const MODES = ['light', 'dark'] as const;

describe('contrast (WCAG AA, 4.5:1 for text)', () => {
  it('checks itself against known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  it('page text and secondary text on the page and on cards', () => {
    for (const mode of MODES) {
      const p = PAGE[mode];
      for (const [fg, bg, what] of [
        [p.fg, p.bg, 'text on page'],
        [p.fg, p.surface, 'text on card'],
        [p.muted, p.bg, 'muted on page'],
        [p.muted, p.surface, 'muted on card'],
      ] as const) {
        expect(contrast(fg, bg), `${mode}: ${what}`).toBeGreaterThanOrEqual(AA);
      }
    }
  });

  it.each(ACCENT_NAMES)('accent preset %s: links, buttons and tinted chips, light and dark', (name) => {
    for (const mode of MODES) {
      const p = PAGE[mode];
      const a = ACCENTS[name][mode];
      const pairs = [
        [a.accent, p.bg, 'link on page'],
        [a.accent, p.surface, 'link on card'],
        [a.accent, a.soft, 'accent text on its tint (tags, current menu item)'],
        [a.onAccent, a.accent, 'button text'],
        [p.fg, a.soft, 'text on the tint'],
      ] as const;
      for (const [fg, bg, what] of pairs) expect(contrast(fg, bg), `${name} ${mode}: ${what} ${fg} on ${bg}`).toBeGreaterThanOrEqual(AA);
    }
  });

  it('every subject family colour, on its badge and as text on cards', () => {
    expect(Object.keys(FAMILY_COLOURS).sort()).toEqual([...FAMILIES].sort());
    for (const [family, colours] of Object.entries(FAMILY_COLOURS)) {
      for (const mode of MODES) {
        const c = colours[mode];
        expect(contrast(c.fg, c.bg), `${family} ${mode}: badge`).toBeGreaterThanOrEqual(AA);
        expect(contrast(c.fg, PAGE[mode].surface), `${family} ${mode}: on a card`).toBeGreaterThanOrEqual(AA);
      }
    }
  });
});

describe('accent option', () => {
  const base = { title: 'Blog', author: { name: 'Bu Guru' } };
  it('defaults to senja and accepts every preset by name', () => {
    expect(optionsSchema.parse(base).accent).toBe('senja');
    for (const name of ACCENT_NAMES) expect(optionsSchema.parse({ ...base, accent: name }).accent).toBe(name);
  });
  it('rejects a colour that is not a preset', () => {
    expect(optionsSchema.safeParse({ ...base, accent: '#ff0000' }).success).toBe(false);
  });
  it('sends only the chosen preset, in light, dark and the system dark setting', () => {
    const css = paletteCss('hutan');
    expect(css).toContain(`--g-accent:${ACCENTS.hutan.light.accent}`);
    expect(css.split(`--g-accent:${ACCENTS.hutan.dark.accent}`)).toHaveLength(3);
    for (const other of ACCENT_NAMES.filter((n) => n !== 'hutan')) expect(css).not.toContain(ACCENTS[other].light.accent);
    expect(css).toContain('@media (prefers-color-scheme:dark)');
    expect(css).toContain(`[data-family="math"]{--s-fg:${FAMILY_COLOURS.math.light.fg}`);
  });
});
