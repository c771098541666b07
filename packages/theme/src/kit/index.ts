// The message kit every Guru Blog package uses: one translator, one language detection, one
// HTML escaper. No dependencies, so the CLIs and the bundled scaffolder can import it cheaply.
export { escapeHtml } from './escape.ts';
export { DEFAULT_LANG, type DetectedLang, detectLang, LANGS, type Lang, langFlag, localeLang, parseLang } from './lang.ts';
export { createTranslator, fill, type Translator, type Vars } from './translate.ts';
