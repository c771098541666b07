import { JP_MINUTES } from './data.ts';
import type { Jenjang } from './types.ts';

/**
 * Minutes in one jam pelajaran (JP): by school type first (SDLB 30, SMPLB 35, SMALB 40), then by
 * jenjang (SD 35, SMP 40, SMA/SMK 45). PAUD plans in minutes, not JP: undefined.
 */
export function minutesPerJp(jenjang: Jenjang, schoolType?: string): number | undefined {
  if (schoolType) {
    const wanted = schoolType.trim().toLowerCase();
    const byType = JP_MINUTES.find((row) => row.schoolTypes.some((t) => t.toLowerCase() === wanted));
    if (byType?.minutesPerJp) return byType.minutesPerJp;
  }
  return JP_MINUTES.find((row) => row.jenjang === jenjang)?.minutesPerJp ?? undefined;
}
