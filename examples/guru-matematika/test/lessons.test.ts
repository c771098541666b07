import { openPagefind } from '@guru-blog/testing';
import { findSubject, PHASE_LIST, phaseOfGrades } from '@guru-blog/theme/catalog';
import { FAMILY_DEFINITIONS } from '@guru-blog/theme/lessons';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, dist, page } from './dist.ts';
import { sourceLessons } from './lessons-source.ts';

beforeAll(assertBuilt);
const lessons = sourceLessons();
const SITE = 'https://bu-ratna.example.sch.id';

describe('lesson pages of the example', () => {
  it('has lessons for every subject family', () => {
    const families = new Set(lessons.map((l) => findSubject(String(l.data.subject))?.family));
    for (const family of Object.keys(FAMILY_DEFINITIONS)) expect(families.has(family as never), family).toBe(true);
  });

  it('shows an identity card with subject, phase and grades', () => {
    for (const lesson of lessons) {
      const html = page(`/lessons/${lesson.id}/`);
      expect(html.querySelector('h1')?.text, lesson.id).toBe(lesson.data.title);
      const identity = html.querySelector('table.identity')!.text;
      const subject = findSubject(String(lesson.data.subject))!;
      expect(identity).toContain((lesson.data.subjectLabel as string) ?? subject.nameId);
      const grades = lesson.data.grades as number[];
      expect(identity).toContain(grades.join(', '));
      if (lesson.data.curriculum !== 'k13') expect(identity).toContain(`${phaseOfGrades(grades).phase!.code} / `);
    }
  });

  it("renders each family's sections, in the family's order, with numbered section headings", () => {
    for (const lesson of lessons) {
      const family = FAMILY_DEFINITIONS[findSubject(String(lesson.data.subject))!.family];
      const html = page(`/lessons/${lesson.id}/`);
      const rendered = html.querySelectorAll('[data-section]').map((s) => s.getAttribute('data-section'));
      const expected = family.sections.map((s) => s.field).filter((f) => lesson.data[f] !== undefined);
      expect(
        rendered.filter((f) => expected.includes(f!)),
        lesson.id,
      ).toEqual(expected);
      // Common sections keep the document order teachers hand in.
      const common = ['objectives', 'activities', 'assessment', 'attachments'].filter((s) => rendered.includes(s));
      expect(common).toEqual([...common].sort((a, b) => rendered.indexOf(a) - rendered.indexOf(b)));
      expect(rendered.indexOf('objectives')).toBeLessThan(rendered.indexOf('activities'));
    }
  });

  it('renders formulas as MathML and puts exercise answers on the answer key', () => {
    const withFormulas = lessons.filter((l) => Array.isArray(l.data.formulas));
    expect(withFormulas.length).toBeGreaterThan(0);
    for (const lesson of withFormulas) {
      const html = page(`/lessons/${lesson.id}/`);
      expect(html.querySelectorAll('[data-section="formulas"] math').length).toBe((lesson.data.formulas as string[]).length);
    }
    const withExercises = lessons.filter((l) => Array.isArray(l.data.exercises));
    expect(withExercises.length).toBeGreaterThan(0);
    for (const lesson of withExercises) {
      const html = page(`/lessons/${lesson.id}/`);
      const answers = (lesson.data.exercises as { answer?: string }[]).filter((e) => e.answer);
      expect(html.querySelectorAll('.answer-key ol li').length).toBe((lesson.data.exercises as unknown[]).length);
      expect(html.querySelector('.answer-key')?.text).toContain(answers[0]!.answer!.slice(0, 20));
      expect(html.querySelector('article')?.lastElementChild?.classList.contains('answer-key')).toBe(true);
    }
  });

  it('turns a bare video URL into a click-to-load facade and $…$ in the body into MathML', () => {
    const withVideo = lessons.filter((l) => /^https:\/\/(www\.)?(youtube\.com|youtu\.be)\/\S+$/m.test(l.body));
    expect(withVideo.length).toBeGreaterThan(0);
    for (const lesson of withVideo) {
      const html = page(`/lessons/${lesson.id}/`);
      // Click-to-load facade: no src, the srcdoc document's one link leads to the embed.
      const iframe = html.querySelector('.lesson-body figure.embed--youtube iframe');
      expect(iframe?.getAttribute('src') ?? undefined).toBeUndefined();
      expect(iframe?.getAttribute('title')?.trim()).toBeTruthy();
      expect(iframe?.getAttribute('srcdoc')).toMatch(/<a href="https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]{11}(?:\?|")/);
      expect(iframe?.getAttribute('loading')).toBe('lazy');
      expect(html.querySelector('.lesson-body figure.embed a.embed-open')?.getAttribute('href')).toMatch(/^https:\/\//);
    }
    const withMath = lessons.filter((l) => /\$[^$\n]+\$/.test(l.body));
    expect(withMath.length).toBeGreaterThan(0);
    for (const lesson of withMath) expect(page(`/lessons/${lesson.id}/`).querySelectorAll('.lesson-body math').length, lesson.id).toBeGreaterThan(0);
  });

  it('shows each attachment with its type, and the size of files the site hosts', () => {
    const withLocal = lessons.filter((l) => (l.data.attachments as { href: string }[] | undefined)?.some((a) => a.href.startsWith('/')));
    expect(withLocal.length).toBeGreaterThan(0);
    for (const lesson of withLocal) {
      const items = page(`/lessons/${lesson.id}/`).querySelectorAll('.attachments li');
      const local = items.filter((li) => li.querySelector('a')?.getAttribute('href')?.startsWith('/'));
      expect(local.length, lesson.id).toBeGreaterThan(0);
      for (const li of local) expect(li.text, lesson.id).toMatch(/PDF, \d+(,\d)? KB\)$/);
    }
  });

  it('describes every lesson as a schema.org LearningResource', () => {
    for (const lesson of lessons) {
      const html = page(`/lessons/${lesson.id}/`);
      const ld = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld['@type']).toBe('LearningResource');
      expect(ld.name).toBe(lesson.data.title);
      expect(ld.url).toBe(`${SITE}/lessons/${lesson.id}/`);
      expect(ld.learningResourceType).toMatch(/^(Modul Ajar|RPP|RPM)$/);
      expect(ld.educationalLevel).toContain(`Kelas ${(lesson.data.grades as number[]).join(', ')}`);
      expect(ld.teaches).toBeTruthy();
      const alignments = ld.educationalAlignment as { alignmentType: string; targetName: string }[];
      expect(alignments.some((a) => a.alignmentType === 'educationalSubject')).toBe(true);
      const ta = lesson.data.timeAllocation as { jp: number } | undefined;
      if (ta) expect(ld.timeRequired).toBe(`PT${ta.jp * 40}M`);
      expect(ld.license).toMatch(/^https:\/\/creativecommons.org\//);
    }
  });

  it('lists the right lessons on subject, phase and grade pages, which work without JavaScript', () => {
    const ids = (route: string) =>
      new Set(
        page(route)
          .querySelectorAll('.lesson-card h2 a')
          .map((a) => a.getAttribute('href')),
      );
    const subjects = new Set(lessons.map((l) => String(l.data.subject)));
    for (const subject of subjects) {
      expect(ids(`/mapel/${subject}/`)).toEqual(new Set(lessons.filter((l) => l.data.subject === subject).map((l) => `/lessons/${l.id}/`)));
    }
    for (const phase of PHASE_LIST) {
      const expected = lessons.filter((l) => l.data.curriculum !== 'k13' && phaseOfGrades(l.data.grades as number[]).phase?.key === phase.key);
      if (expected.length) expect(ids(`/fase/${phase.key}/`)).toEqual(new Set(expected.map((l) => `/lessons/${l.id}/`)));
    }
    for (const docType of new Set(lessons.map((l) => String(l.data.docType)))) {
      expect(ids(`/jenis/${docType}/`)).toEqual(new Set(lessons.filter((l) => l.data.docType === docType).map((l) => `/lessons/${l.id}/`)));
    }
    expect(ids('/kelas/8/')).toEqual(new Set(lessons.filter((l) => (l.data.grades as number[]).includes(8)).map((l) => `/lessons/${l.id}/`)));
    expect(ids('/lessons/').size).toBe(lessons.length);
    const home = page('/');
    expect(home.querySelectorAll('.lesson-card').length).toBeGreaterThan(0);
  });

  it('narrows a Pagefind search to one subject and one phase', async () => {
    const pagefind = await openPagefind(dist);
    try {
      const filters = await pagefind.filters();
      expect(Object.keys(filters.mapel ?? {})).toContain(findSubject('ipa')!.nameId);
      const ipa = lessons.filter((l) => l.data.subject === 'ipa').map((l) => `/lessons/${l.id}/`);
      const name = findSubject('ipa')!.nameId;
      const results = await pagefind.search(null, { mapel: name });
      expect(new Set(results)).toEqual(new Set(ipa));
      const phaseD = await pagefind.search(null, { fase: 'Fase D', kind: 'Rencana Pembelajaran' });
      const inD = lessons.filter((l) => l.data.curriculum !== 'k13' && phaseOfGrades(l.data.grades as number[]).phase?.key === 'd');
      expect(new Set(phaseD)).toEqual(new Set(inD.map((l) => `/lessons/${l.id}/`)));
      const both = await pagefind.search('percobaan', { mapel: name, fase: 'Fase D' });
      for (const r of both) expect(ipa).toContain(r);
    } finally {
      await pagefind.close();
    }
  });
});
