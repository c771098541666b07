import { en } from './en.ts';
import { id, type MessageKey } from './id.ts';

export type Lang = 'id' | 'en';
export type { MessageKey };
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { id, en };

/** A translator for one language; `{name}` placeholders are filled from `vars`. */
export function createTranslator(lang: Lang): Translate {
  const strings = CATALOGS[lang];
  return (key, vars = {}) => strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
