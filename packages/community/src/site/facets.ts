// Facets of the member directory (provinsi, kabupaten, jenjang, mapel): plain functions, usable in
// pages and in build hooks alike.
import { SUBJECTS } from '@guru-blog/theme/catalog';
import type { Member } from '../model.ts';
import { provinceValue, regencyValue } from './regions.ts';

export type Facet = 'provinsi' | 'kabupaten' | 'jenjang' | 'mapel';
export const FACETS: Facet[] = ['provinsi', 'kabupaten', 'jenjang', 'mapel'];

const subjectName = (slugValue: string) => SUBJECTS.find((s) => s.slug === slugValue)?.nameId ?? slugValue;

/** Every value of a facet for one member, as [slug, label]. */
export function facetValues(member: Member, facet: Facet): [string, string][] {
  switch (facet) {
    case 'provinsi':
      return member.provinsi ? [provinceValue(member.provinsi)] : [];
    case 'kabupaten':
      return member.kabupaten ? [regencyValue(member.kabupaten)] : [];
    case 'jenjang':
      return member.jenjang.map((j) => [j, j.toUpperCase()]);
    case 'mapel':
      return member.subjects.map((s) => [s, subjectName(s)]);
  }
}
