// Plain JavaScript (types in translate.d.mts), for the same reason as lang.mjs.

/** Fills `{name}` placeholders; a placeholder without a value stays as written, so a gap shows. */
export function fill(template, vars) {
  if (!vars) return template;
  // Object.keys, not Object.hasOwn: the launchers fill messages on Node older than 16.9 too.
  const names = Object.keys(vars);
  return template.replace(/\{(\w+)\}/g, (whole, name) => (names.includes(name) ? String(vars[name]) : whole));
}

/**
 * The one translator of Guru Blog. `catalogs` holds every language's strings for one package; a
 * key missing in the chosen language falls back to Indonesian (the complete catalog), and a key
 * missing everywhere is shown as itself rather than thrown.
 */
export function createTranslator(catalogs, lang) {
  const strings = lang === 'en' ? { ...catalogs.id, ...catalogs.en } : catalogs.id;
  const t = (key, vars) => fill(strings[key] ?? key, vars);
  Object.defineProperty(t, 'lang', { value: lang, enumerable: true });
  return t;
}
