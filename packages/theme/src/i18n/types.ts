import type id from './id.ts';

export type UIStringKey = keyof typeof id;
export type UIStrings = Record<UIStringKey, string>;
export type Lang = 'id' | 'en';
export const LANGS = ['id', 'en'] as const satisfies readonly Lang[];
