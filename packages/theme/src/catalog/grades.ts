import { PHASE_LIST } from './data.ts';
import type { Jenjang, Phase, PhaseKey } from './types.ts';

/** Grades each jenjang teaches; PAUD has none. Grade 13 is 4-year SMK only. */
export const JENJANG_GRADES: Record<Jenjang, number[]> = {
  paud: [],
  sd: [1, 2, 3, 4, 5, 6],
  smp: [7, 8, 9],
  sma: [10, 11, 12],
  smk: [10, 11, 12, 13],
};

export function phaseByKey(key: PhaseKey): Phase {
  return PHASE_LIST.find((p) => p.key === key)!;
}

/** The phase of one grade (1–2 → a … 11–13 → f). */
export function phaseOfGrade(grade: number): Phase | undefined {
  return PHASE_LIST.find((p) => p.grades.includes(grade));
}

/**
 * The single phase that all `grades` belong to, or the list of phases they span (an error for a
 * lesson). PAUD lessons (no grades) are in the Fondasi phase.
 */
export function phaseOfGrades(grades: number[]): { phase?: Phase; spans: Phase[] } {
  if (grades.length === 0) return { phase: phaseByKey('fondasi'), spans: [] };
  const spans = [...new Set(grades.map((g) => phaseOfGrade(g)).filter((p): p is Phase => Boolean(p)))];
  return spans.length === 1 ? { phase: spans[0], spans } : { spans };
}
