import type { Prompter } from '@guru-blog/theme/prompts';
import type { Flags } from './args.ts';
import { CreatedTracker } from './created.ts';
import type { Disk } from './disk.ts';
import type { Exec } from './exec.ts';
import { createTranslator, type Lang, type Translate } from './messages/index.ts';
import type { DetectedPm } from './package-manager.ts';
import type { Template } from './templates.ts';

/** `all` writes every host's files: a template repository a teacher can publish anywhere from a phone. */
export const DEPLOY_TARGETS = ['netlify', 'github-pages', 'cloudflare-pages', 'all', 'none'] as const;
export type DeployTarget = (typeof DEPLOY_TARGETS)[number];

/** The answers, filled step by step from flags, defaults or prompts. */
export interface Answers {
  /** As typed (relative to cwd or absolute). */
  folder: string;
  template: Template;
  title: string;
  author: string;
  school: string;
  /** Catalog slugs, in the order chosen. */
  subjects: string[];
  /** The theme's accent preset (senja, samudra, hutan, anggrek, kunyit). */
  accent: string;
  cms: boolean;
  deploy: DeployTarget;
  install: boolean;
  git: boolean;
}

/** Shared by every step: what was asked on the command line, the answers so far and the tools. */
export interface Context {
  cwd: string;
  env: NodeJS.ProcessEnv;
  lang: Lang;
  t: Translate;
  flags: Flags;
  /** No questions: --yes, or no terminal to ask in. */
  useDefaults: boolean;
  pm: DetectedPm;
  prompt: Prompter;
  /** The disk the write step uses; the real one unless a test gives a failing one. */
  disk?: Disk;
  exec: Exec;
  templates: Template[];
  today: Date;
  /** Theme and other versions the new site depends on (from the build). */
  versions: Record<string, string>;
  answers: Partial<Answers>;
  /** Absolute folder of the new site, once chosen. */
  projectDir?: string;
  /** Entries of an existing target folder, before we write. */
  existingEntries: string[];
  created: CreatedTracker;
  /** What happened, for the next-steps text. */
  outcome: { installed: boolean; gitCommitted: boolean; samplePost?: string };
  /** Aborted on Ctrl-C outside a prompt: running programs are stopped and the steps end. */
  signal: AbortSignal;
  /** Checks whether the npm registry answers (injected: tests never touch the internet). */
  registryReachable: () => Promise<boolean>;
}

/** What the caller provides; the rest of the context starts empty. */
export type ContextInput = Pick<
  Context,
  'cwd' | 'env' | 'lang' | 'flags' | 'pm' | 'prompt' | 'exec' | 'templates' | 'today' | 'versions' | 'registryReachable'
> & {
  /** Whether questions can be asked; without a terminal, defaults answer them. */
  interactive: boolean;
  signal?: AbortSignal;
};

export function createContext(input: ContextInput): Context {
  const { interactive, ...rest } = input;
  return {
    ...rest,
    t: createTranslator(input.lang),
    useDefaults: input.flags.yes || !interactive,
    answers: {},
    existingEntries: [],
    created: new CreatedTracker(),
    outcome: { installed: false, gitCommitted: false },
    signal: input.signal ?? new AbortController().signal,
  };
}

/** A step fails with a message for the user (already translated) and an exit code. */
export class StepError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export type Step = (ctx: Context) => Promise<void>;
