import { editDistance } from '../utils/edit-distance.ts';
import { slugify } from '../utils/slug.ts';
import { SUBJECTS } from './data.ts';
import { JENJANG_GRADES } from './grades.ts';
import type { Jenjang, Subject } from './types.ts';

/** Subjects a site adds (Muatan Lokal, SMK programmes) join the catalog under their own slug. */
export function subjectCatalog(extra: Subject[] = []): Subject[] {
  const slugs = new Set(extra.map((s) => s.slug));
  return [...SUBJECTS.filter((s) => !slugs.has(s.slug)), ...extra];
}

export function findSubject(slug: string, catalog: Subject[] = SUBJECTS): Subject | undefined {
  return catalog.find((s) => s.slug === slug);
}

/** Finds a subject by slug, name or alias, as teachers type them ("PPKn", "Matematika"). */
export function matchSubject(text: string, catalog: Subject[] = SUBJECTS): Subject | undefined {
  const wanted = normalize(text);
  // Slug first, then names, then aliases: a site's own "bahasa-jawa" beats the alias "Bahasa Jawa"
  // of the catch-all bahasa-daerah, and "IPA" is IPA before it is anything's alias.
  return (
    catalog.find((s) => normalize(s.slug) === wanted) ??
    catalog.find((s) => normalize(s.shortId) === wanted || normalize(s.nameId) === wanted) ??
    catalog.find((s) => s.aliases.some((a) => normalize(a) === wanted))
  );
}

/** Grades in which the subject is taught at this jenjang. */
export function subjectGrades(subject: Subject, jenjang: Jenjang): number[] {
  if (!subject.jenjang.includes(jenjang)) return [];
  const all = JENJANG_GRADES[jenjang];
  return subject.grades ? all.filter((g) => subject.grades!.includes(g)) : all;
}

/** The slug nearest to a mistyped one ("matemtika" → "matematika"), if close enough to be a typo. */
export function suggestSlug(input: string, slugs: string[]): string | undefined {
  const wanted = normalize(input);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const slug of slugs) {
    const d = editDistance(wanted, slug);
    if (d < bestDistance) [best, bestDistance] = [slug, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}

/** Slugs, names and aliases compare as slugs ("Bahasa Indonesia" = "bahasa-indonesia"). */
const normalize = slugify;
