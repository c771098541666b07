// Lesson skeletons written by `guru-blog new lesson` must pass the theme's own lesson schema as
// written, so a teacher's first `astro build` after creating one does not fail.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FAMILIES, SUBJECTS, subjectGrades } from '../src/catalog/index.ts';
import { DOC_TYPES } from '../src/cli/lesson-input.ts';
import { planLesson } from '../src/cli/new-lesson.ts';
import { KIND_PLACEHOLDERS, renderLesson, SKELETONS } from '../src/cli/skeletons/index.ts';
import { lessonSchema } from '../src/content/lesson-schema.ts';
import { createTranslator } from '../src/i18n/translator.ts';
import { FAMILY_DEFINITIONS } from '../src/lessons/families/index.ts';
import { type SectionKind, sectionSchema } from '../src/lessons/section-kinds.ts';

const context = { image: () => z.string() } as never;
const today = new Date(2025, 7, 4);

function frontmatter(markdown: string): Record<string, unknown> {
  return parse(markdown.split(/^---$/m)[1]!);
}

function problems(markdown: string | Record<string, unknown>): string[] {
  const result = lessonSchema()(context).safeParse(typeof markdown === 'string' ? frontmatter(markdown) : markdown);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('generated lessons pass lessonSchema()', () => {
  for (const family of FAMILIES) {
    const subject = SUBJECTS.find((s) => s.family === family && subjectGrades(s, 'smp').includes(8))!;
    for (const jenis of DOC_TYPES) {
      it(`${family} (${subject.slug}) ${jenis}`, () => {
        const spec = planLesson({ mapel: subject.slug, kelas: '7,8', jenis, judul: 'Judul: "Uji" #1', jp: 5, pertemuan: 2 }, today);
        const markdown = renderLesson(spec, SKELETONS[family]);
        expect(problems(markdown)).toEqual([]);
        // The family's sections are there, so the schema really checked them.
        const data = frontmatter(markdown);
        for (const section of FAMILY_DEFINITIONS[family].sections) expect(data[section.field], section.field).toBeDefined();
      });
    }
  }

  it('reports a broken lesson (the check is not vacuous)', () => {
    const spec = planLesson({ mapel: 'matematika', kelas: '7', jenis: 'rpm', judul: 'Uji' }, today);
    const markdown = renderLesson(spec, SKELETONS.math);
    expect(problems(markdown.replace('subject: matematika', 'subject: fisika'))).not.toEqual([]);
    expect(problems(markdown.replace('timeAllocation: {jp: 2', 'timeAllocation: {jp: 1'))).not.toEqual([]);
  });

  it('reports a family section of the wrong shape', () => {
    const spec = planLesson({ mapel: 'ipa', kelas: '7', jenis: 'rpm', judul: 'Uji' }, today);
    const data = frontmatter(renderLesson(spec, SKELETONS.science));
    expect(problems({ ...data, observationTable: ['No.', 'Hasil'] })).not.toEqual([]);
    expect(problems({ ...data, procedure: 'Langkah 1' })).not.toEqual([]);
  });

  it("every kind's fallback placeholder passes that kind's schema", () => {
    const t = createTranslator('id');
    for (const [kind, placeholder] of Object.entries(KIND_PLACEHOLDERS)) {
      expect(sectionSchema(kind as SectionKind, t).safeParse(placeholder.value).success, kind).toBe(true);
    }
  });

  it('PAUD, SD and SMK lessons', () => {
    for (const [mapel, kelas] of [
      ['pembelajaran-paud', undefined],
      ['ipas', '3'],
      ['konsentrasi-keahlian', '13'],
    ] as const) {
      const spec = planLesson({ mapel, ...(kelas ? { kelas } : {}), jenis: 'rpm', judul: 'Uji' }, today);
      expect(problems(renderLesson(spec, SKELETONS[spec.subject.family])), mapel).toEqual([]);
    }
  });
});
