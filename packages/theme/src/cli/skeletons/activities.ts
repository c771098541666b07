import type { DocType } from '../lesson-input.ts';
import type { FamilySkeleton } from './types.ts';

type Principle = 'berkesadaran' | 'bermakna' | 'menggembirakan';
type Experience = 'memahami' | 'mengaplikasi' | 'merefleksi';

export interface Step {
  text: string;
  minutes: number;
  experience?: Experience;
  principles?: Principle[];
}
export interface Part {
  minutes: number;
  steps: Step[];
}
export interface Meeting {
  meeting: number;
  opening: Part;
  core: Part;
  closing: Part;
}

const OPENING: [string, string] = ['Salam, doa, presensi, dan memeriksa kesiapan belajar murid.', 'Pertanyaan pemantik dan penyampaian tujuan pembelajaran.'];
const CLOSING: [string, string] = ['Menyimpulkan pelajaran bersama murid.', 'Umpan balik, tindak lanjut, dan doa penutup.'];
const EXPERIENCES: Experience[] = ['memahami', 'mengaplikasi', 'merefleksi'];
/** An RPM tags each step with the principle of Pembelajaran Mendalam it serves (berkesadaran, bermakna, menggembirakan). */
const PRINCIPLES = {
  opening: [['berkesadaran', 'menggembirakan'], ['berkesadaran']],
  core: [['bermakna'], ['bermakna', 'menggembirakan'], ['berkesadaran']],
  closing: [['berkesadaran'], ['berkesadaran', 'menggembirakan']],
} satisfies Record<string, Principle[][]>;
/** Shares of the core time per step: understand, apply, reflect. */
const CORE_WEIGHTS = [0.35, 0.4, 0.25];

/**
 * Splits `total` minutes into whole minutes by weight; the last share takes the rounding rest, so
 * the parts always add up to `total` exactly.
 */
export function splitMinutes(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.slice(0, -1).map((w) => Math.max(1, Math.floor((total * w) / sum)));
  return [...shares, total - shares.reduce((a, b) => a + b, 0)];
}

/** JP per meeting, as even as possible: 5 JP in 2 meetings → [3, 2]. */
export function jpPerMeeting(jp: number, meetings: number): number[] {
  return Array.from({ length: meetings }, (_, i) => Math.floor(jp / meetings) + (i < jp % meetings ? 1 : 0));
}

/** Opening and closing take about 15 % each (at least 5 minutes, in steps of 5); the core the rest. */
export function meetingParts(minutes: number): [number, number, number] {
  const edge = Math.max(5, Math.round((minutes * 0.15) / 5) * 5);
  return [edge, minutes - 2 * edge, edge];
}

/**
 * The activities of a lesson: every meeting has opening, core and closing, and every step has minutes,
 * so the lesson adds up to exactly `meetingMinutes` per meeting. RPM steps also carry their learning
 * experience and principles.
 */
export function buildActivities(skeleton: FamilySkeleton, docType: DocType, meetingMinutes: number[]): Meeting[] {
  const rpm = docType === 'rpm';
  const part = (texts: string[], minutes: number, weights: number[], principles: Principle[][], experiences?: Experience[]): Part => {
    const split = splitMinutes(minutes, weights);
    const steps = texts.map((text, i): Step => {
      const step: Step = { text, minutes: split[i]! };
      if (rpm && experiences) step.experience = experiences[i]!;
      if (rpm) step.principles = principles[i]!;
      return step;
    });
    return { minutes, steps };
  };
  return meetingMinutes.map((minutes, i) => {
    const [opening, core, closing] = meetingParts(minutes);
    return {
      meeting: i + 1,
      opening: part(skeleton.opening ?? OPENING, opening, [1, 1], PRINCIPLES.opening),
      core: part(skeleton.core, core, CORE_WEIGHTS, PRINCIPLES.core, EXPERIENCES),
      closing: part(skeleton.closing ?? CLOSING, closing, [1, 1], PRINCIPLES.closing),
    };
  });
}
