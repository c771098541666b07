// `guru-community`: check | fetch | status | opml, run inside a community site (members.yaml and
// the .guru-community/ store in the current folder by default); dev | build | preview run the
// site's Astro.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { detectLang, withoutLangFlag } from '@guru-blog/theme/kit';
import { runAstro } from '@guru-blog/theme/node';
import { DEFAULT_POLICY, type FetchPolicy } from '../fetch/policy.ts';
import { type CsvMapping, chooseMembersFile, MEMBER_FIELDS, type MemberField, type MembersFileChoice } from '../members/index.ts';
import { check } from './check.ts';
import { fetchCommand } from './fetch-command.ts';
import { type Lang, translator } from './messages.ts';
import { opml } from './opml.ts';
import { status } from './status.ts';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (progress redraws one line). */
  tty: boolean;
}

export interface CliOptions {
  lang: Lang;
  /** CSV header per member field, from --csv-column field=Header. */
  csv: CsvMapping;
  membersFile?: string;
  /** How the members file was chosen (several present: the organizer is told which is used). */
  membersChoice?: MembersFileChoice;
  storeDir: string;
  policy: FetchPolicy;
  out?: string;
}

export const DEFAULT_STORE = '.guru-community';

export async function run(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const { lang, refused } = detectLang(argv, process.env);
  const t = translator(lang);
  if (refused !== undefined) {
    io.stderr(`${t('err.badLang', { value: refused })}\n`);
    return 2;
  }
  const first = argv.find((a) => !a.startsWith('-'));
  if (first === 'dev' || first === 'build' || first === 'preview') {
    // Astro's own options (--port, --host…) go to Astro unchanged; --lang is ours.
    const code = runAstro(withoutLangFlag(argv), { cwd: io.cwd });
    if (code !== undefined) return code;
    io.stderr(`${t('err.noAstro', { command: first })}\n`);
    return 1;
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`${t('err.badOption', { detail: (error as Error).message })}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command || command === 'help') {
    io.stdout(`${t('help.main')}\n`);
    return command || values.help ? 0 : 2;
  }
  const threshold = values['fail-threshold'] === undefined ? DEFAULT_POLICY.failThreshold : Number(values['fail-threshold']);
  if (!(threshold >= 0 && threshold <= 1)) {
    io.stderr(`${t('err.threshold')}\n`);
    return 2;
  }
  const csv: CsvMapping = {};
  for (const entry of (values['csv-column'] as string[] | undefined) ?? []) {
    const [field, ...header] = entry.split('=');
    if (!field || !header.length || !(MEMBER_FIELDS as readonly string[]).includes(field)) {
      io.stderr(`${t('err.csvColumn', { value: entry, fields: MEMBER_FIELDS.join(', ') })}\n`);
      return 2;
    }
    csv[field as MemberField] = header.join('=');
  }
  const options: CliOptions = {
    lang,
    csv,
    storeDir: resolve(io.cwd, values.store ?? DEFAULT_STORE),
    policy: { ...DEFAULT_POLICY, failThreshold: threshold, force: values.force === true, allowLoopback: values['allow-loopback'] === true },
    ...(values.out ? { out: resolve(io.cwd, values.out) } : {}),
  };
  // --members, else the site's setting in package.json, else members.yaml|yml|csv in the folder.
  const choice = chooseMembersFile(io.cwd, values.members);
  if (choice.file) options.membersFile = choice.file;
  options.membersChoice = choice;
  switch (command) {
    case 'check':
      return check(options, io, t);
    case 'fetch':
      return fetchCommand(options, io, t);
    case 'status':
      return status(options, io, t);
    case 'opml':
      return opml(options, io, t);
    default:
      io.stderr(`${t('err.unknownCommand', { command })}\n`);
      return 2;
  }
}

/** Every option of every command, for parseArgs and for the generated command reference. */
export const CLI_OPTIONS = {
  members: { type: 'string' },
  store: { type: 'string' },
  force: { type: 'boolean' },
  'fail-threshold': { type: 'string' },
  out: { type: 'string' },
  'allow-loopback': { type: 'boolean' },
  lang: { type: 'string' },
  'csv-column': { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: CLI_OPTIONS,
  });
}

function defaultIo(): CliIo {
  return { cwd: process.cwd(), stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), tty: Boolean(process.stdout.isTTY) };
}
