import { createTranslator, type Lang, type Translate } from './i18n/index.ts';

// The integration runs before Astro loads `src/content.config.ts`, in the same process, so it
// leaves the site's language and string overrides here for the content schemas' messages.
const KEY = Symbol.for('guru-blog.runtime-lang');
type Holder = { [KEY]?: { lang: Lang; strings: Record<string, string> } };

export function setRuntimeLang(lang: Lang, strings: Record<string, string>): void {
  (globalThis as Holder)[KEY] = { lang, strings };
}

export function currentTranslator(): Translate {
  const found = (globalThis as Holder)[KEY];
  return createTranslator(found?.lang ?? 'id', found?.strings);
}
