import type { Subject } from './catalog/index.ts';
import { createTranslator, type Lang, type Translate } from './i18n/index.ts';

// The integration runs before Astro loads `src/content.config.ts`, in the same process, so it
// leaves the site's language, string overrides and added subjects here for the content schemas.
const KEY = Symbol.for('guru-blog.runtime-lang');
type Holder = { [KEY]?: { lang: Lang; strings: Record<string, string>; subjects: Subject[] } };

export function setRuntimeLang(lang: Lang, strings: Record<string, string>, subjects: Subject[] = []): void {
  (globalThis as Holder)[KEY] = { lang, strings, subjects };
}

/** Subjects the site added with `guruBlog({ subjects })`. */
export function runtimeSubjects(): Subject[] {
  return (globalThis as Holder)[KEY]?.subjects ?? [];
}

export function currentTranslator(): Translate {
  const found = (globalThis as Holder)[KEY];
  return createTranslator(found?.lang ?? 'id', found?.strings);
}
