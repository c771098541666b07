import type { Lang } from './lang.ts';

export type Vars = Record<string, string | number>;

/** A translator over one catalog: `t(key, vars)`, with the language it speaks. */
export type Translator<K extends string> = ((key: K, vars?: Vars) => string) & { readonly lang: Lang };

/** Fills `{name}` placeholders; a placeholder without a value stays as written, so a gap shows. */
export function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/**
 * The one translator of Guru Blog. `catalogs` holds every language's strings for one package;
 * a key missing in the chosen language falls back to Indonesian (the complete catalog), and a key
 * missing everywhere is shown as itself rather than thrown.
 */
export function createTranslator<K extends string>(catalogs: { id: Record<K, string>; en?: Partial<Record<K, string>> }, lang: Lang): Translator<K> {
  const strings: Partial<Record<K, string>> = lang === 'en' ? { ...catalogs.id, ...catalogs.en } : catalogs.id;
  const t = ((key: K, vars?: Vars) => fill(strings[key] ?? key, vars)) as Translator<K>;
  Object.defineProperty(t, 'lang', { value: lang, enumerable: true });
  return t;
}
