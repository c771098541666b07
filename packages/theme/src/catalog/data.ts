// The catalog data (see data/README.md for the regulations it follows and its soft spots). JSON so the same files serve Astro, the CLI and the CMS config.
import jpMinutesJson from './data/jp-minutes.json' with { type: 'json' };
import phasesJson from './data/phases.json' with { type: 'json' };
import profileJson from './data/profile-dimensions.json' with { type: 'json' };
import subjectsJson from './data/subjects.json' with { type: 'json' };
import type { JpMinutes, Phase, ProfileSet, Subject } from './types.ts';

export const SUBJECTS = subjectsJson as Subject[];
export const PHASE_LIST = phasesJson as Phase[];
export const PROFILE_SETS = profileJson as Record<'profil-pelajar-pancasila' | 'dimensi-profil-lulusan', ProfileSet>;
export const JP_MINUTES = jpMinutesJson as JpMinutes[];
