import { fileURLToPath } from 'node:url';
import { CancelledError, clackPrompter, type Prompter } from '@guru-blog/theme/prompts';
import { ArgsError, type Flags, parseFlags } from './args.ts';
import { type Context, createContext, type Step, StepError } from './context.ts';
import { type Exec, realExec } from './exec.ts';
import { detectLang } from './lang.ts';
import { createTranslator, type Lang } from './messages/index.ts';
import { nodeIsSupported, oldNodeMessage } from './node-version.ts';
import { detectPackageManager } from './package-manager.ts';
import { accent } from './steps/accent.ts';
import { git } from './steps/git.ts';
import { identity } from './steps/identity.ts';
import { install, probeRegistry, registryUrl } from './steps/install.ts';
import { intro } from './steps/intro.ts';
import { nextSteps } from './steps/next-steps.ts';
import { options } from './steps/options.ts';
import { targetFolder } from './steps/target-folder.ts';
import { template } from './steps/template.ts';
import { write } from './steps/write.ts';
import { BUNDLED_TEMPLATES, loadTemplates } from './templates.ts';

/** The steps, in order. Each reads and fills the shared context and can be run alone in tests. */
export const STEPS: Step[] = [intro, targetFolder, template, identity, accent, options, write, install, git, nextSteps];

// Filled in by the build (scripts/build.mjs); tests and `tsx` runs fall back to the workspace's.
declare const __VERSIONS__: Record<string, string> | undefined;
const VERSIONS: Record<string, string> =
  typeof __VERSIONS__ === 'undefined' ? { 'create-guru-blog': '0.0.0', '@guru-blog/theme': '0.1.0', '@guru-blog/community': '0.1.0' } : __VERSIONS__;

export interface MainInput {
  argv: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Whether questions can be asked (stdin and stdout are a terminal). */
  interactive?: boolean;
  nodeVersion?: string;
  prompt?: Prompter;
  exec?: Exec;
  today?: Date;
  templatesDir?: string;
  registryReachable?: () => Promise<boolean>;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  signal?: AbortSignal;
}

function argsMessage(error: ArgsError, lang: Lang): string {
  const t = createTranslator(lang);
  switch (error.kind) {
    case 'unknownOption':
      return t('error.unknownOption', { option: error.detail });
    case 'missingValue':
      return t('error.missingValue', { option: error.detail, example: `${error.detail} "…"` });
    case 'tooManyFolders':
      return t('error.tooManyFolders', { list: error.detail });
    default:
      return t('error.missingValue', { option: '--dep', example: '--dep @guru-blog/theme=file:../theme.tgz' });
  }
}

/** Runs create-guru-blog; resolves with the exit code (0 done, 1 refused or failed, 130 cancelled). */
export async function main(input: MainInput): Promise<number> {
  const env = input.env ?? process.env;
  const stdout = input.stdout ?? ((text) => process.stdout.write(text));
  const stderr = input.stderr ?? ((text) => process.stderr.write(text));
  const detected = detectLang(input.argv, env);
  const lang = detected.lang;
  let flags: Flags;
  try {
    flags = parseFlags(input.argv);
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    stderr(`${argsMessage(error, lang)}\n`);
    return 2;
  }
  if (detected.refused !== undefined) {
    stderr(`${createTranslator(lang)('error.lang', { value: detected.refused })}\n`);
    return 2;
  }
  const t = createTranslator(lang);
  if (flags.help) {
    stdout(`${t('help.text')}\n`);
    return 0;
  }
  if (flags.version) {
    stdout(`${VERSIONS['create-guru-blog']}\n`);
    return 0;
  }
  const nodeVersion = input.nodeVersion ?? process.version;
  if (!nodeIsSupported(nodeVersion)) {
    stderr(`${oldNodeMessage(input.argv, env, nodeVersion)}\n`);
    return 1;
  }

  const ctx = createContext({
    cwd: input.cwd ?? process.cwd(),
    env,
    lang,
    flags,
    interactive: input.interactive ?? Boolean(process.stdin.isTTY && process.stdout.isTTY),
    pm: detectPackageManager(env.npm_config_user_agent),
    prompt: input.prompt ?? clackPrompter(lang),
    exec: input.exec ?? realExec,
    templates: loadTemplates(input.templatesDir ?? fileURLToPath(BUNDLED_TEMPLATES)),
    today: input.today ?? new Date(),
    versions: VERSIONS,
    registryReachable: input.registryReachable ?? (() => probeRegistry(registryUrl(env))),
    ...(input.signal ? { signal: input.signal } : {}),
  });
  return runSteps(ctx, STEPS);
}

/** Runs the steps; a cancel or failure removes what this run created and nothing else. */
export async function runSteps(ctx: Context, steps: Step[]): Promise<number> {
  try {
    for (const step of steps) {
      if (ctx.signal.aborted) throw new CancelledError();
      await step(ctx);
    }
    return 0;
  } catch (error) {
    const cleaned = ctx.created.cleanup();
    if (error instanceof CancelledError) {
      ctx.prompt.outro(cleaned ? ctx.t('cancel.cleaned', { dir: cleaned }) : ctx.t('cancel.nothing'));
      return 130;
    }
    if (error instanceof StepError) {
      ctx.prompt.error(error.message);
      ctx.prompt.outro(cleaned ? ctx.t('cancel.cleaned', { dir: cleaned }) : ctx.t('cancel.nothing'));
      return error.exitCode;
    }
    throw error;
  }
}
