import { matchSubject, SUBJECTS, type Subject, suggestSlug } from '@guru-blog/theme/scaffold';
import type { Lang } from './messages/index.ts';
import type { Choice } from './prompter.ts';

export type { Subject };

/** The catalog as choices: "Matematika (MTK)", hinted with the jenjang it is taught in. */
export function subjectChoices(lang: Lang): Choice<string>[] {
  return SUBJECTS.map((s) => {
    const name = lang === 'en' ? s.nameEn : s.nameId;
    const short = s.shortId && s.shortId !== s.nameId ? ` (${s.shortId})` : '';
    return {
      value: s.slug,
      label: `${name}${short}`,
      hint: s.jenjang.map((j) => j.toUpperCase()).join(', '),
      keywords: [...s.aliases, lang === 'en' ? s.nameId : s.nameEn],
    };
  });
}

export type SubjectParse = { ok: true; slugs: string[] } | { ok: false; value: string; suggestion?: string };

/** "matematika, IPA, Bahasa Indonesia" → catalog slugs (aliases and names allowed), in order, once each. */
export function parseSubjects(text: string): SubjectParse {
  const slugs: string[] = [];
  for (const part of text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const subject = matchSubject(part);
    if (!subject) {
      const suggestion = suggestSlug(
        part,
        SUBJECTS.map((s) => s.slug),
      );
      return suggestion ? { ok: false, value: part, suggestion } : { ok: false, value: part };
    }
    if (!slugs.includes(subject.slug)) slugs.push(subject.slug);
  }
  return { ok: true, slugs };
}

export function findSubject(slug: string): Subject | undefined {
  return SUBJECTS.find((s) => s.slug === slug);
}
