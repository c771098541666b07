import type { z } from 'astro/zod';
import { describeIssue } from './content/messages.ts';
import { createTranslator, type Lang } from './i18n/index.ts';

/**
 * Turns zod issues about `guruBlog({...})` into one message per option, in the site's language
 * (taken from the options themselves when `lang` is valid), so a teacher sees which option is
 * wrong and what it may be.
 */
export function formatOptionsError(error: z.ZodError, rawLang: unknown): string {
  const lang: Lang = rawLang === 'en' ? 'en' : 'id';
  const t = createTranslator(lang);
  const lines = error.issues.map((issue) => `  - ${describeIssue(issue, t)}`);
  return `${t('error.option')}:\n${lines.join('\n')}\n${t('error.option.fix')}`;
}
