import { parseArgs } from 'node:util';

/** What the command line said; every prompt has a flag, so a workshop can script the whole run. */
export interface Flags {
  folder?: string;
  template?: string;
  title?: string;
  author?: string;
  school?: string;
  mapel?: string;
  /** Accent colour preset of the theme (`--warna hutan`). */
  warna?: string;
  cms?: boolean;
  deploy?: string;
  install?: boolean;
  git?: boolean;
  offline: boolean;
  yes: boolean;
  dryRun: boolean;
  lang?: string;
  help: boolean;
  version: boolean;
  /** `--dep name=spec`: install a dependency from elsewhere (a tarball in tests, a fork). */
  deps: Record<string, string>;
}

export const STRING_OPTIONS = ['template', 'title', 'author', 'school', 'mapel', 'warna', 'deploy', 'lang'] as const;
export const TOGGLES = ['cms', 'install', 'git'] as const;

/** Every option the CLI accepts, for parseArgs and for the generated command reference. */
export const OPTIONS = {
  ...Object.fromEntries(STRING_OPTIONS.map((name) => [name, { type: 'string' as const }])),
  ...Object.fromEntries(
    TOGGLES.flatMap((name) => [
      [name, { type: 'boolean' as const }],
      [`no-${name}`, { type: 'boolean' as const }],
    ]),
  ),
  offline: { type: 'boolean' as const },
  yes: { type: 'boolean' as const, short: 'y' },
  'dry-run': { type: 'boolean' as const },
  help: { type: 'boolean' as const, short: 'h' },
  version: { type: 'boolean' as const, short: 'v' },
  dep: { type: 'string' as const, multiple: true },
};

export class ArgsError extends Error {
  constructor(
    readonly kind: 'unknownOption' | 'missingValue' | 'tooManyFolders' | 'badDep',
    readonly detail: string,
  ) {
    super(`${kind}: ${detail}`);
  }
}

/** Parses argv (without node and the script). Throws ArgsError for unknown or incomplete options. */
export function parseFlags(argv: string[]): Flags {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]+)/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new ArgsError('unknownOption', option);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new ArgsError('missingValue', option);
    throw error;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (parsed.positionals.length > 1) throw new ArgsError('tooManyFolders', parsed.positionals.join(', '));

  const flags: Flags = {
    offline: values.offline === true,
    yes: values.yes === true,
    dryRun: values['dry-run'] === true,
    help: values.help === true,
    version: values.version === true,
    deps: parseDeps((values.dep as string[] | undefined) ?? []),
  };
  if (parsed.positionals[0] !== undefined) flags.folder = parsed.positionals[0];
  for (const name of STRING_OPTIONS) {
    const value = values[name];
    if (typeof value === 'string') flags[name] = value;
  }
  for (const name of TOGGLES) {
    // The last of --x / --no-x wins, as in most CLIs; parseArgs keeps only presence, so look at argv.
    const last = argv.findLast((arg) => arg === `--${name}` || arg === `--no-${name}`);
    if (last) flags[name] = last === `--${name}`;
  }
  return flags;
}

function parseDeps(list: string[]): Record<string, string> {
  const deps: Record<string, string> = {};
  for (const entry of list) {
    const at = entry.indexOf('=', 1);
    if (at < 1 || at === entry.length - 1) throw new ArgsError('badDep', entry);
    deps[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return deps;
}
