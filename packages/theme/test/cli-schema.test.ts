// Lesson skeletons written by `guru-blog new lesson` must pass the theme's own lesson schema as
// written, so a teacher's first `astro build` after creating one does not fail.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FAMILIES, SUBJECTS, subjectGrades } from '../src/catalog/index.ts';
import { DOC_TYPES } from '../src/cli/lesson-input.ts';
import { planLesson } from '../src/cli/new-lesson.ts';
import { renderLesson, SKELETONS } from '../src/cli/skeletons/index.ts';
import { lessonSchema } from '../src/content/lesson-schema.ts';

const context = { image: () => z.string() } as never;
const today = new Date(2025, 7, 4);

function frontmatter(markdown: string): unknown {
  return parse(markdown.split(/^---$/m)[1]!);
}

function problems(markdown: string): string[] {
  const result = lessonSchema()(context).safeParse(frontmatter(markdown));
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('generated lessons pass lessonSchema()', () => {
  for (const family of FAMILIES) {
    const subject = SUBJECTS.find((s) => s.family === family && subjectGrades(s, 'smp').includes(8))!;
    for (const jenis of DOC_TYPES) {
      it(`${family} (${subject.slug}) ${jenis}`, () => {
        const spec = planLesson({ mapel: subject.slug, kelas: '7,8', jenis, judul: 'Judul: "Uji" #1', jp: 5, pertemuan: 2 }, today);
        expect(problems(renderLesson(spec, SKELETONS[family]))).toEqual([]);
      });
    }
  }

  it('reports a broken lesson (the check is not vacuous)', () => {
    const spec = planLesson({ mapel: 'matematika', kelas: '7', jenis: 'rpm', judul: 'Uji' }, today);
    const markdown = renderLesson(spec, SKELETONS.math);
    expect(problems(markdown.replace('subject: matematika', 'subject: fisika'))).not.toEqual([]);
    expect(problems(markdown.replace('timeAllocation: {jp: 2', 'timeAllocation: {jp: 1'))).not.toEqual([]);
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
