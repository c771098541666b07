import type id from './id.ts';

export type UIStringKey = keyof typeof id;
export type UIStrings = Record<UIStringKey, string>;
export { LANGS, type Lang } from '../kit/lang.mjs';
