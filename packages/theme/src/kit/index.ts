// The message kit every Guru Blog package uses: one translator, one language detection, one
// HTML escaper. Plain JavaScript modules with types beside them and no dependencies, so the
// launchers (on any Node), the CLIs and the bundled scaffolder all import the same code.
export { escapeHtml } from './escape.mjs';
export { DEFAULT_LANG, type DetectedLang, detectLang, type Env, LANGS, type Lang, langFlag, localeLang, parseLang, withoutLangFlag } from './lang.mjs';
export { createTranslator, fill, type Translator, type Vars } from './translate.mjs';
