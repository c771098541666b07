import { SUBJECTS, type Subject } from '../catalog/index.ts';
import type { Lang } from '../kit/index.ts';
import type { Choice } from './prompter.ts';

/** The subject catalog as choices: "Matematika (MTK)", hinted with the jenjang it is taught in. */
export function subjectChoices(lang: Lang, subjects: readonly Subject[] = SUBJECTS): Choice<string>[] {
  return subjects.map((s) => {
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
