import type { Prompter } from '../prompts/index.ts';
import type { Lang, Translate } from './messages.ts';

/** Everything a command touches outside itself, injected so each command can be tested alone. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  now: () => Date;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Rewrites one status line (progress) on a terminal; absent when output goes to a log. */
  status?: (text: string) => void;
  /**
   * The questions of an interactive terminal (the scaffolder's prompts), in the given language;
   * absent when there is nobody to ask. A promise: the prompts load only when a question is asked.
   */
  prompter?: (lang: Lang) => Promise<Prompter>;
}

export interface Context {
  io: Io;
  lang: Lang;
  t: Translate;
}

/** Exit codes: 0 ok, 1 the user's input cannot be used, 2 the command was called wrongly, 130 a question cancelled (Ctrl-C). */
export const EXIT = { ok: 0, user: 1, usage: 2, cancelled: 130 } as const;

/**
 * An error meant for the teacher: printed in their language, without a stack trace. The message is
 * a function of the translator because it is thrown before or after the language is known.
 */
export class CliError extends Error {
  readonly code: 1 | 2;
  readonly render: (t: Translate) => string;
  constructor(code: 1 | 2, render: (t: Translate) => string) {
    super('guru-blog CLI error');
    this.code = code;
    this.render = render;
  }
}

export const userError = (render: (t: Translate) => string) => new CliError(EXIT.user, render);
export const usageError = (render: (t: Translate) => string) => new CliError(EXIT.usage, render);
