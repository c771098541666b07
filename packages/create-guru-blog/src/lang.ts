import type { Lang } from './messages/index.ts';

/**
 * The language of the questions: `--lang` wins; otherwise English only when the POSIX locale says
 * so (LC_ALL, LC_MESSAGES, LANG). The OS display language (Intl) is not used on purpose: many
 * school laptops in Indonesia run an English Windows, and their teachers still expect Indonesian.
 */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang | undefined {
  if (flag !== undefined) {
    const value = flag.trim().toLowerCase();
    if (value === 'id' || value.startsWith('id-') || value === 'in') return 'id';
    if (value === 'en' || value.startsWith('en-')) return 'en';
    return undefined;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.-]|$)/i.test(locale) ? 'en' : 'id';
}

/** The language from raw argv, before the flags are known to be valid (argv errors, an old Node). */
export function earlyLang(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return detectLang(flag, env) ?? 'id';
}
