import { getCollection } from 'astro:content';
import { findSubject, type Phase, type Subject, subjectCatalog } from '../catalog/index.ts';
import type { LessonData } from '../content/lesson-schema.ts';
import { type LessonFacts, lessonFacts } from './lesson-facts.ts';
import { config } from './site.ts';

/** A lesson entry with the facts derived from it, as the theme's pages use it. */
export interface Lesson {
  id: string;
  collection: 'lessons';
  body?: string;
  filePath?: string;
  data: LessonData;
  facts: LessonFacts;
  subject?: Subject;
}

let cached: Promise<Lesson[]> | undefined;

/**
 * Published lessons, newest first. A site without a lessons collection simply has none. Computed
 * once per build (the header asks on every page); `astro dev` reads it fresh.
 */
export function getLessons(): Promise<Lesson[]> {
  if (import.meta.env.DEV) return loadLessons();
  cached ??= loadLessons();
  return cached;
}

async function loadLessons(): Promise<Lesson[]> {
  if (!config.hasLessons) return [];
  let entries: { id: string; data: LessonData }[] = [];
  try {
    entries = (await getCollection('lessons' as never)) as unknown as typeof entries;
  } catch {
    return [];
  }
  // Subjects the site added with guruBlog({ subjects }) count as catalog subjects.
  const catalog = subjectCatalog(config.subjects as Subject[]);
  return (entries as Omit<Lesson, 'facts' | 'subject'>[])
    .filter(({ data }) => import.meta.env.DEV || !data.draft)
    .map((entry) => ({ ...entry, facts: lessonFacts(entry.data), subject: findSubject(entry.data.subject, catalog) }))
    .sort((a, b) => b.facts.date.valueOf() - a.facts.date.valueOf() || a.id.localeCompare(b.id));
}

/** The subject's display name: the lesson's own label, else the catalog's name in the site language. */
export function subjectName(lesson: Lesson, lang: 'id' | 'en'): string {
  if (lesson.data.subjectLabel) return lesson.data.subjectLabel;
  if (!lesson.subject) return lesson.data.subject;
  return lang === 'en' ? lesson.subject.nameEn : lesson.subject.nameId;
}

export function phaseLabel(phase: Phase, lang: 'id' | 'en'): string {
  return lang === 'en' ? phase.labelEn : phase.labelId;
}

export interface Group<K> {
  key: K;
  lessons: Lesson[];
}

function groupBy<K>(lessons: Lesson[], keysOf: (l: Lesson) => K[]): Group<K>[] {
  const map = new Map<K, Lesson[]>();
  for (const lesson of lessons) {
    for (const key of keysOf(lesson)) {
      const list = map.get(key) ?? [];
      list.push(lesson);
      map.set(key, list);
    }
  }
  return [...map.entries()].map(([key, list]) => ({ key, lessons: list }));
}

export const bySubject = (lessons: Lesson[]) => groupBy(lessons, (l) => [l.data.subject]).sort((a, b) => a.key.localeCompare(b.key));
export const byPhase = (lessons: Lesson[]) => groupBy(lessons, (l) => (l.facts.phase ? [l.facts.phase.key] : [])).sort((a, b) => a.key.localeCompare(b.key));
export const byDocType = (lessons: Lesson[]) => groupBy(lessons, (l) => [l.data.docType]).sort((a, b) => a.key.localeCompare(b.key));
export const byGrade = (lessons: Lesson[]) => groupBy(lessons, (l) => l.data.grades).sort((a, b) => a.key - b.key);
