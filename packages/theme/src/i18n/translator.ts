import { fill } from '../kit/index.ts';
import en from './en.ts';
import id from './id.ts';
import type { Lang, UIStringKey, UIStrings } from './types.ts';

const BUILTIN: Record<Lang, Partial<UIStrings>> = { id, en };

export type Translate = ((key: UIStringKey, vars?: Record<string, string | number>) => string) & {
  lang: Lang;
  /** BCP 47 locale for Intl formatting. */
  locale: string;
  all(): UIStrings;
};

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/**
 * Builds the `t()` of one site: the site's overrides win, then the built-in strings of its
 * language, then Indonesian (the complete set), so a missing translation never shows a raw key.
 */
export function createTranslator(lang: Lang, overrides: Partial<Record<string, string>> = {}, builtin: Record<Lang, Partial<UIStrings>> = BUILTIN): Translate {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => typeof v === 'string'));
  const merged = { ...id, ...builtin[lang], ...defined } as UIStrings;
  const t = ((key, vars) => {
    return fill(merged[key] ?? key, vars);
  }) as Translate;
  t.lang = lang;
  t.locale = LOCALES[lang];
  t.all = () => ({ ...merged });
  return t;
}

export function isStringKey(key: string): key is UIStringKey {
  return key in id;
}
