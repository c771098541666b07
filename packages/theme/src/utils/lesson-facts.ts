import { minutesPerJp, type Phase, phaseByKey, phaseOfGrades } from '../catalog/index.ts';
import type { LessonData } from '../content/lesson-schema.ts';

/** Facts a lesson page shows and indexes that are derived from its frontmatter. */
export interface LessonFacts {
  phase?: Phase;
  /** Minutes in one JP for this lesson (explicit, else by school type / jenjang). */
  minutesPerJp?: number;
  /** Total minutes of the plan: JP × minutes per JP. */
  totalMinutes?: number;
  /** The date shown and sorted on (`date`, else `pubDate`). */
  date: Date;
  curriculum: NonNullable<LessonData['curriculum']>;
}

const DEFAULT_CURRICULUM = { 'modul-ajar': 'merdeka', rpm: 'merdeka-pm', rpp: 'merdeka' } as const;

export function lessonFacts(data: LessonData): LessonFacts {
  const curriculum = data.curriculum ?? DEFAULT_CURRICULUM[data.docType];
  // K13 has no fase; an explicit phase wins (SLB), else it follows from the grades.
  const phase = curriculum === 'k13' ? undefined : data.phase ? phaseByKey(data.phase) : phaseOfGrades(data.grades).phase;
  const perJp = data.timeAllocation?.minutesPerJp ?? minutesPerJp(data.jenjang, data.schoolType);
  const totalMinutes = data.timeAllocation && perJp ? data.timeAllocation.jp * perJp : undefined;
  return { phase, minutesPerJp: perJp, totalMinutes, date: (data.date ?? data.pubDate)!, curriculum };
}
