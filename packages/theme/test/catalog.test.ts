import { describe, expect, it } from 'vitest';
import {
  FAMILIES,
  findSubject,
  JENJANG,
  matchSubject,
  minutesPerJp,
  PHASE_LIST,
  PROFILE_SETS,
  phaseOfGrades,
  SUBJECTS,
  subjectCatalog,
  subjectGrades,
  suggestSlug,
} from '../src/catalog/index.ts';

describe('catalog data', () => {
  it('has 58 subjects with unique slugs, both names, valid jenjang and family', () => {
    expect(SUBJECTS).toHaveLength(58);
    expect(new Set(SUBJECTS.map((s) => s.slug)).size).toBe(58);
    for (const s of SUBJECTS) {
      expect(s.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.nameId.length && s.nameEn.length).toBeGreaterThan(0);
      for (const j of s.jenjang) expect(JENJANG).toContain(j);
      expect(FAMILIES).toContain(s.family);
    }
    for (const family of FAMILIES)
      expect(
        SUBJECTS.some((s) => s.family === family),
        family,
      ).toBe(true);
  });

  it('has seven phases covering grades 1–13 once each, and 6 + 8 profile dimensions with unique keys', () => {
    expect(PHASE_LIST.map((p) => p.key)).toEqual(['fondasi', 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(PHASE_LIST.flatMap((p) => p.grades).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(PROFILE_SETS['profil-pelajar-pancasila'].dimensions).toHaveLength(6);
    expect(PROFILE_SETS['dimensi-profil-lulusan'].dimensions).toHaveLength(8);
    const keys = Object.values(PROFILE_SETS).flatMap((s) => s.dimensions.map((d) => d.key));
    expect(new Set(keys).size).toBe(14);
  });
});

describe('catalog helpers', () => {
  it('derives one phase from grades, or reports the phases they span', () => {
    expect(phaseOfGrades([8]).phase?.key).toBe('d');
    expect(phaseOfGrades([7, 9]).phase?.key).toBe('d');
    expect(phaseOfGrades([11, 12]).phase?.key).toBe('f');
    expect(phaseOfGrades([]).phase?.key).toBe('fondasi');
    const mixed = phaseOfGrades([4, 5]);
    expect(mixed.phase).toBeUndefined();
    expect(mixed.spans.map((p) => p.key)).toEqual(['b', 'c']);
  });

  it('gives minutes per JP by school type, then jenjang', () => {
    expect(minutesPerJp('sd')).toBe(35);
    expect(minutesPerJp('smp')).toBe(40);
    expect(minutesPerJp('sma')).toBe(45);
    expect(minutesPerJp('smk')).toBe(45);
    expect(minutesPerJp('sd', 'SDLB')).toBe(30);
    expect(minutesPerJp('smp', 'smplb')).toBe(35);
    expect(minutesPerJp('sd', 'MI')).toBe(35);
    expect(minutesPerJp('paud')).toBeUndefined();
  });

  it('finds subjects by slug, name and alias, and knows where they are taught', () => {
    expect(findSubject('matematika')?.nameEn).toBe('Mathematics');
    expect(matchSubject('PPKn')?.slug).toBe('pendidikan-pancasila');
    expect(matchSubject('Bahasa Indonesia')?.slug).toBe('bahasa-indonesia');
    const ipas = findSubject('ipas')!;
    expect(subjectGrades(ipas, 'sd')).toEqual([3, 4, 5, 6]);
    expect(subjectGrades(ipas, 'smp')).toEqual([]);
    expect(subjectGrades(findSubject('matematika')!, 'smp')).toEqual([7, 8, 9]);
  });

  it('suggests the nearest slug for a typo and nothing for nonsense', () => {
    const slugs = SUBJECTS.map((s) => s.slug);
    expect(suggestSlug('matemtika', slugs)).toBe('matematika');
    expect(suggestSlug('bahasa-inggirs', slugs)).toBe('bahasa-inggris');
    expect(suggestSlug('Informatik', slugs)).toBe('informatika');
    expect(suggestSlug('xyzzy-quux-plugh', slugs)).toBeUndefined();
  });

  it('lets a site add a subject (Muatan Lokal) or replace one by slug', () => {
    const batik = {
      slug: 'membatik',
      nameId: 'Membatik',
      nameEn: 'Batik making',
      shortId: 'Batik',
      aliases: [],
      jenjang: ['smp' as const],
      family: 'arts' as const,
      group: 'muatan-lokal',
      elective: false,
    };
    const catalog = subjectCatalog([batik]);
    expect(catalog).toHaveLength(59);
    expect(findSubject('membatik', catalog)?.family).toBe('arts');
    expect(subjectCatalog([{ ...batik, slug: 'matematika' }])).toHaveLength(58);
  });
});
