import * as clack from '@clack/prompts';
import type { Lang } from '../kit/index.ts';
import { CancelledError } from './cancelled.ts';
import { promptTranslator } from './messages.ts';
import { progress } from './progress.ts';
import { searchMultiselect, searchSelect } from './search.ts';

export interface Choice<T> {
  value: T;
  label: string;
  hint?: string;
  /** Other words a search should find it by (aliases, English name). */
  keywords?: string[];
}

/** Everything the steps say or ask, so tests can answer without a terminal. */
export interface Prompter {
  text(opts: { message: string; placeholder?: string; defaultValue?: string; validate?: (value: string) => string | undefined }): Promise<string>;
  select<T>(opts: { message: string; options: Choice<T>[]; initialValue?: T }): Promise<T>;
  /** One choice from a long list, found by typing (the subject catalog). */
  search<T>(opts: { message: string; options: Choice<T>[]; placeholder?: string }): Promise<T>;
  /** A searchable multi-choice list (the subject catalog is long). */
  multiselect<T>(opts: { message: string; options: Choice<T>[]; placeholder?: string; initialValues?: T[] }): Promise<T[]>;
  confirm(opts: { message: string; initialValue?: boolean }): Promise<boolean>;
  intro(title: string): void;
  outro(message: string): void;
  note(message: string, title?: string): void;
  info(message: string): void;
  success(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** A long wait (the install): start shows the message, stop replaces it. */
  spinner(): { start(message: string): void; stop(message: string, ok?: boolean): void };
}

export { CancelledError };

function answer<T>(value: T | symbol): T {
  if (clack.isCancel(value)) throw new CancelledError();
  return value as T;
}

/** The terminal prompter (@clack/prompts), with labels in the given language. */
export function clackPrompter(lang: Lang): Prompter {
  const t = promptTranslator(lang);
  const words = { yes: t('prompt.yes'), no: t('prompt.no') };
  return {
    text: async ({ validate, ...opts }) =>
      // clack passes undefined for an empty line; our checks take a string.
      answer<string>(await clack.text({ ...opts, ...(validate ? { validate: (value: string | undefined) => validate(value ?? '') } : {}) })) ?? '',
    select: async <T>(opts: { message: string; options: Choice<T>[]; initialValue?: T }) =>
      // clack's option type is conditional on T; our Choice is its plain shape.
      answer<T>(await clack.select<T>({ ...opts, options: opts.options as never, showInstructions: false })),
    search: async <T>(opts: { message: string; options: Choice<T>[]; placeholder?: string }) => answer<T>(await searchSelect(opts, t)),
    multiselect: async <T>(opts: { message: string; options: Choice<T>[]; placeholder?: string; initialValues?: T[] }) =>
      answer<T[]>(await searchMultiselect(opts, t)),
    confirm: async (opts) => answer<boolean>(await clack.confirm({ ...opts, active: words.yes, inactive: words.no })),
    intro: (title) => clack.intro(title),
    outro: (message) => clack.outro(message),
    note: (message, title) => clack.note(message, title),
    info: (message) => clack.log.info(message),
    success: (message) => clack.log.success(message),
    warn: (message) => clack.log.warn(message),
    error: (message) => clack.log.error(message),
    spinner: () => progress(),
  };
}
