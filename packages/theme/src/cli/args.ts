import { parseArgs } from 'node:util';
import { usageError } from './context.ts';

/** Every option of every command; each command says which of them it accepts (COMMAND_OPTIONS). */
export const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  lang: { type: 'string' },
  mapel: { type: 'string' },
  kelas: { type: 'string' },
  jenis: { type: 'string' },
  judul: { type: 'string' },
  jenjang: { type: 'string' },
  semester: { type: 'string' },
  jp: { type: 'string' },
  pertemuan: { type: 'string' },
  dir: { type: 'string' },
  tags: { type: 'string' },
} as const;

export type OptionName = keyof typeof OPTIONS;
type StringOption = { [K in OptionName]: (typeof OPTIONS)[K]['type'] extends 'string' ? K : never }[OptionName];

/** Parsed option values. A string option given without a value is `''` (e.g. `--mapel` alone). */
export type Values = { help?: boolean; version?: boolean } & { [K in StringOption]?: string };

export interface ParsedArgs {
  positionals: string[];
  values: Values;
  /** Options as written, to check them against the command afterwards. */
  given: OptionName[];
}

const EXAMPLES: Partial<Record<OptionName, string>> = {
  lang: 'en',
  mapel: 'matematika',
  kelas: '7',
  jenis: 'rpm',
  judul: '"Pecahan Senilai"',
  jenjang: 'smp',
  semester: '1',
  jp: '2',
  pertemuan: '1',
  dir: 'src/content/lessons',
  tags: 'pecahan,kelas-7',
};

export const exampleValue = (option: OptionName) => EXAMPLES[option] ?? '…';

const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);
const looksLikeOption = (arg: string | undefined) => arg === undefined || /^--?[a-zA-Z]/.test(arg);

/**
 * `--mapel` followed by nothing or by another option means "no value": rewrite it as `--mapel=` so
 * parseArgs does not swallow the next option as the value.
 */
function markEmptyValues(argv: string[]): string[] {
  return argv.map((arg, i) => {
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : undefined;
    return name && isOption(name) && OPTIONS[name].type === 'string' && looksLikeOption(argv[i + 1]) ? `${arg}=` : arg;
  });
}

/** Parses the whole command line with node:util parseArgs; unknown options are usage errors. */
export function parseCli(argv: string[]): ParsedArgs {
  const { values, positionals, tokens } = parseArgs({ args: markEmptyValues(argv), options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const given: OptionName[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!isOption(token.name)) {
      const option = token.rawName;
      throw usageError((t) => t('err.unknownOption', { option, help: 'guru-blog --help' }));
    }
    given.push(token.name);
  }
  const out: Values = {};
  for (const [name, value] of Object.entries(values)) {
    if (!isOption(name)) continue;
    if (OPTIONS[name].type === 'boolean') (out as Record<string, unknown>)[name] = value !== false;
    else (out as Record<string, unknown>)[name] = typeof value === 'string' ? value.trim() : '';
  }
  return { positionals, values: out, given };
}

/** Refuses options the command does not use. */
export function checkAllowed(args: ParsedArgs, allowed: readonly OptionName[], command: string, help: string): void {
  for (const name of args.given) {
    if (name === 'help' || name === 'lang' || allowed.includes(name)) continue;
    throw usageError((t) => t('err.optionNotHere', { option: name, command, help }));
  }
}

/** A string option given as `--x` with nothing after it. */
export function requireValue(values: Values, name: StringOption): string | undefined {
  const value = values[name];
  if (value === '') throw usageError((t) => t('err.missingValue', { option: name, example: exampleValue(name) }));
  return value;
}

/** Parses a positive whole number option (`--jp 4`). */
export function positiveInt(values: Values, name: StringOption): number | undefined {
  const raw = requireValue(values, name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw usageError((t) => t('err.badNumber', { option: name, value: raw }));
  return Number(raw);
}
