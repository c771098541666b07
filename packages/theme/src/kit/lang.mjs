// Plain JavaScript (types in lang.d.mts): the launchers load it on any Node, before a Node new
// enough to strip TypeScript is known to be there.

/** The languages every Guru Blog message exists in; Indonesian is the default. */
export const LANGS = /** @type {const} */ (['id', 'en']);
export const DEFAULT_LANG = 'id';

/**
 * A language from what a user typed (`--lang`) or a locale (`en_US.UTF-8`, `id-ID`, `in`): the
 * language part, case-insensitive. Anything else is not a language we speak: undefined.
 */
export function parseLang(value) {
  const part = String(value ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  if (part === 'id' || part === 'in') return 'id'; // "in" is Java's and old glibc's code for Indonesian
  if (part === 'en') return 'en';
  return undefined;
}

/**
 * The language of the POSIX locale: the first of LC_ALL, LC_MESSAGES, LANG that is set decides
 * (POSIX's order). English only when it says English; C, POSIX and other languages get Indonesian.
 * The OS display language is not used on purpose: many school laptops run an English Windows
 * whose teachers still expect Indonesian.
 */
export function localeLang(env) {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return parseLang(locale) === 'en' ? 'en' : DEFAULT_LANG;
}

/** The raw `--lang` value of a command line (`--lang en` or `--lang=en`), read before full parsing. */
export function langFlag(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return undefined;
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
    if (arg === '--lang') return argv[i + 1] ?? '';
  }
  return undefined;
}

/** The command line without `--lang x` / `--lang=x`: what a CLI hands on to another program (Astro). */
export function withoutLangFlag(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i].startsWith('--lang=')) out.push(argv[i]);
  }
  return out;
}

/** `--lang` wins; otherwise the locale. An unknown `--lang` value is reported, never guessed at. */
export function detectLang(argv, env) {
  const flag = langFlag(argv);
  const fromEnv = localeLang(env);
  if (flag === undefined) return { lang: fromEnv };
  const lang = parseLang(flag);
  return lang ? { lang } : { lang: fromEnv, refused: flag };
}
