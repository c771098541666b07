// The reference is generated from the code; these checks fail when the code gains an option,
// field or flag that the docs cannot describe yet, or when a description outlives its field.
import { describe, expect, it } from 'vitest';
import { COMMUNITY_OPTIONS, LESSON_FIELDS, MEMBER_FIELDS_TEXT, POST_FIELDS, THEME_OPTIONS } from '../src/generate/descriptions.ts';
import { generatedFiles } from '../src/generate/integration.ts';
import { cliDefinitions, helpLine } from '../src/generate/pages/reference.ts';
import * as community from '../src/generate/sources/community.ts';
import * as theme from '../src/generate/sources/theme.ts';
import { fieldRows } from '../src/generate/zod-fields.ts';

/** Top-level fields, plus `author.x` (the theme's one nested object a teacher fills in). */
const described = (path: string) => !path.includes('[]') && (!path.includes('.') || /^author\.[^.]+$/.test(path));

function expectDescribed(paths: string[], texts: Record<string, unknown>) {
  const missing = paths.filter((p) => !texts[p]);
  expect(missing, `describe these in docs/src/generate/descriptions.ts: ${missing.join(', ')}`).toEqual([]);
  const stale = Object.keys(texts).filter((key) => !paths.includes(key));
  expect(stale, `no longer in the code; remove from descriptions.ts: ${stale.join(', ')}`).toEqual([]);
}

describe('generated reference', () => {
  it('describes every theme option', () => {
    expectDescribed(
      fieldRows(theme.optionsSchema, 'id')
        .map((r) => r.path)
        .filter(described),
      THEME_OPTIONS,
    );
  });

  it('describes every community option', () => {
    expectDescribed(
      fieldRows(community.communityOptionsSchema, 'id')
        .map((r) => r.path)
        .filter(described),
      COMMUNITY_OPTIONS,
    );
  });

  it('describes every post field', () => {
    expectDescribed(
      fieldRows(theme.postFieldsSchema(), 'id')
        .map((r) => r.path)
        .filter(described),
      POST_FIELDS,
    );
  });

  it('describes every member field', () => {
    expectDescribed([...community.MEMBER_FIELDS], MEMBER_FIELDS_TEXT);
    // The site's member schema and the members file know the same fields.
    expect(
      fieldRows(community.memberSchema(), 'id')
        .map((r) => r.path)
        .filter(described)
        .sort(),
    ).toEqual([...community.MEMBER_FIELDS].sort());
  });

  it('labels every lesson field in Indonesian, from the theme strings where the page has a heading', () => {
    const top = fieldRows(theme.lessonFieldsSchema(), 'id')
      .map((r) => r.path)
      .filter((p) => !p.includes('.') && !p.includes('['));
    const unlabeled = top.filter((p) => !theme.lessonLabel(p, 'id') && !LESSON_FIELDS[p]);
    expect(unlabeled, `give these a label: ${unlabeled.join(', ')}`).toEqual([]);
    expect(theme.lessonLabel('objectives', 'id')).toBe('Tujuan Pembelajaran');
    expect(theme.lessonLabel('formulas', 'id')).toBe('Rumus');
  });

  it('reads types, required fields, defaults and allowed values from the schemas', () => {
    const rows = fieldRows(theme.lessonFieldsSchema(), 'id');
    expect(rows.find((r) => r.path === 'docType')).toMatchObject({ required: true, values: ['modul-ajar', 'rpp', 'rpm'] });
    expect(rows.find((r) => r.path === 'semester')).toMatchObject({ required: false, values: ['1', '2'] });
    expect(rows.find((r) => r.path === 'activities[].core.steps')).toMatchObject({ type: expect.stringContaining('daftar') });
    const options = fieldRows(theme.optionsSchema, 'en');
    expect(options.find((r) => r.path === 'postsPerPage')).toMatchObject({ type: 'whole number', required: false, default: '10' });
    expect(options.find((r) => r.path === 'title')).toMatchObject({ type: 'text', required: true });
    const post = fieldRows(theme.postFieldsSchema(), 'id');
    expect(post.find((r) => r.path === 'heroImage')?.type).toBe('gambar');
    expect(post.find((r) => r.path === 'pubDate')).toMatchObject({ type: 'tanggal', required: true });
  });

  it("documents every CLI flag in that CLI's own --help, in both languages", () => {
    for (const lang of ['id', 'en'] as const) {
      for (const cli of cliDefinitions(lang)) {
        // A switch whose --no- form is documented is documented (`--images` is the default of `--no-images`).
        const undocumented = Object.keys(cli.options).filter((name) => name !== 'dep' && !helpLine(cli.help, name) && !helpLine(cli.help, `no-${name}`));
        expect(undocumented, `${cli.command} (${lang}) --help does not mention: ${undocumented.join(', ')}`).toEqual([]);
      }
    }
  });

  it('writes every reference page in Indonesian and English, with every option and subject', () => {
    const files = generatedFiles();
    const themeId = files.find((f) => f.path === 'referensi/opsi-tema.md')?.content ?? '';
    for (const row of fieldRows(theme.optionsSchema, 'id')) expect(themeId).toContain(`\`${row.path}\``);
    const subjects = files.find((f) => f.path === 'en/referensi/mapel.md')?.content ?? '';
    for (const subject of theme.SUBJECTS) expect(subjects).toContain(`\`${subject.slug}\``);
    const phases = files.find((f) => f.path === 'referensi/fase-kelas.md')?.content ?? '';
    expect(phases).toMatch(/\| Fase D \| `d` \| SMP \| 7, 8, 9 \|/);
  });
});
