import { detectLang as detect } from '@guru-blog/theme/kit';
import type { Lang } from './messages/index.ts';

/**
 * The language of the questions, by the kit's one rule: `--lang` wins, else the POSIX locale
 * (LC_ALL, LC_MESSAGES, LANG). `refused` holds an unknown `--lang` value, refused by the caller.
 */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; refused?: string } {
  return detect(argv, env);
}
