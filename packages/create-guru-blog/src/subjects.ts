import { matchSubject, SUBJECTS, type Subject, suggestSlug } from '@guru-blog/theme/scaffold';

export type { Subject };

export type SubjectParse = { ok: true; slugs: string[] } | { ok: false; value: string; suggestion?: string };

/** "matematika, IPA, Bahasa Indonesia" → catalog slugs (aliases and names allowed), in order, once each. */
export function parseSubjects(text: string): SubjectParse {
  const slugs: string[] = [];
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  // Names hold commas ("Pendidikan Jasmani, Olahraga, dan Kesehatan"): the longest run of parts
  // that names a subject wins, so a list of names and a name with commas both read right.
  for (let i = 0; i < parts.length; ) {
    let found: { subject: Subject; next: number } | undefined;
    for (let j = parts.length; j > i && !found; j--) {
      const subject = matchSubject(parts.slice(i, j).join(', '));
      if (subject) found = { subject, next: j };
    }
    if (!found) {
      const part = parts[i]!;
      const suggestion = suggestSlug(
        part,
        SUBJECTS.map((s) => s.slug),
      );
      return suggestion ? { ok: false, value: part, suggestion } : { ok: false, value: part };
    }
    if (!slugs.includes(found.subject.slug)) slugs.push(found.subject.slug);
    i = found.next;
  }
  return { ok: true, slugs };
}

export function findSubject(slug: string): Subject | undefined {
  return SUBJECTS.find((s) => s.slug === slug);
}
