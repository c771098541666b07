import type { Lang } from './lang.mjs';

export type Vars = Record<string, string | number>;

/** A translator over one catalog: `t(key, vars)`, with the language it speaks. */
export type Translator<K extends string> = ((key: K, vars?: Vars) => string) & { readonly lang: Lang };

/** Fills `{name}` placeholders; one without a value stays as written. */
export declare function fill(template: string, vars?: Vars): string;

/** A translator over `catalogs` in `lang`; English falls back to Indonesian key by key. */
export declare function createTranslator<K extends string>(catalogs: { id: Record<K, string>; en?: Partial<Record<K, string>> }, lang: Lang): Translator<K>;
