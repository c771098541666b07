import { createTranslator as create, type Lang, type Translator } from '@guru-blog/theme/kit';
import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type { Lang, MessageKey };
export type Translate = Translator<MessageKey>;

/** A translator for one language; `{name}` placeholders are filled from `vars`. */
export function createTranslator(lang: Lang): Translate {
  return create<MessageKey>({ id, en }, lang);
}
