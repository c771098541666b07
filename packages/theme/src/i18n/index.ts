export { default as en } from './en.ts';
export { default as id } from './id.ts';
export { createTranslator, isStringKey, type Translate } from './translator.ts';
export { LANGS, type Lang, type UIStringKey, type UIStrings } from './types.ts';
