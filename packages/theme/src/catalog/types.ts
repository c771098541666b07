/** School levels (jenjang). Madrasah and kesetaraan forms map onto these (see schoolTypes). */
export const JENJANG = ['paud', 'sd', 'smp', 'sma', 'smk'] as const;
export type Jenjang = (typeof JENJANG)[number];

export const PHASES = ['fondasi', 'a', 'b', 'c', 'd', 'e', 'f'] as const;
export type PhaseKey = (typeof PHASES)[number];

/** Lesson layout families: each has its own page sections. */
export const FAMILIES = ['math', 'science', 'language', 'social', 'pjok', 'arts', 'informatics', 'religion-civics', 'general'] as const;
export type Family = (typeof FAMILIES)[number];

export interface Subject {
  slug: string;
  nameId: string;
  nameEn: string;
  shortId: string;
  aliases: string[];
  jenjang: Jenjang[];
  /** Only when narrower than the whole jenjang (e.g. IPAS 3–6). */
  grades?: number[];
  family: Family;
  group: string;
  parent?: string;
  elective: boolean;
  notes?: string;
}

export interface Phase {
  key: PhaseKey;
  code: string;
  labelId: string;
  labelEn: string;
  jenjang: Jenjang[];
  grades: number[];
  schoolTypes: string[];
  notes?: string;
}

export interface ProfileDimension {
  key: string;
  labelId: string;
  labelEn: string;
  shortId: string;
}

export interface ProfileSet {
  labelId: string;
  labelEn: string;
  period: string;
  source: string;
  dimensions: ProfileDimension[];
}

export interface JpMinutes {
  jenjang: string;
  labelId: string;
  labelEn: string;
  schoolTypes: string[];
  minutesPerJp: number | null;
  status: 'verified' | 'reported' | 'unverified' | 'not-applicable';
  source?: string;
  notes?: string;
}
