import { CancelledError } from './cancelled.ts';
import type { Choice, Prompter } from './prompter.ts';

/** An answer that cancels the question, as Ctrl-C does. */
export const SCRIPTED_CANCEL = Symbol('cancel');

export type ScriptedAnswer = string | boolean | string[] | typeof SCRIPTED_CANCEL;

/**
 * Answers questions from a list, in order, as a user would type them: the commands' tests run
 * without a terminal. A text answer that fails the prompt's validation is recorded and the next
 * answer is tried, like a user retyping.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  readonly rejected: string[] = [];
  readonly said: { kind: string; text: string }[] = [];
  private answers: ScriptedAnswer[];
  constructor(answers: ScriptedAnswer[]) {
    this.answers = [...answers];
  }

  private next(message: string): ScriptedAnswer {
    this.asked.push(message);
    if (this.answers.length === 0) throw new Error(`unexpected question: ${message}`);
    const value = this.answers.shift()!;
    if (value === SCRIPTED_CANCEL) throw new CancelledError();
    return value;
  }
  async text(opts: { message: string; defaultValue?: string; validate?: (value: string) => string | undefined }): Promise<string> {
    for (;;) {
      const value = String(this.next(opts.message));
      const problem = opts.validate?.(value);
      if (!problem) return value || opts.defaultValue || '';
      this.rejected.push(problem);
    }
  }
  async select<T>(opts: { message: string; options: Choice<T>[] }): Promise<T> {
    const value = this.next(opts.message);
    const found = opts.options.find((o) => o.value === value);
    if (!found) throw new Error(`no option ${String(value)} in ${opts.options.map((o) => String(o.value)).join(', ')}`);
    return found.value;
  }
  search<T>(opts: { message: string; options: Choice<T>[] }): Promise<T> {
    return this.select(opts);
  }
  async multiselect<T>(opts: { message: string; options: Choice<T>[] }): Promise<T[]> {
    const values = this.next(opts.message) as unknown as T[];
    for (const v of values) if (!opts.options.some((o) => o.value === v)) throw new Error(`no option ${String(v)}`);
    return values;
  }
  async confirm(opts: { message: string }): Promise<boolean> {
    return this.next(opts.message) === true;
  }
  intro(text: string) {
    this.said.push({ kind: 'intro', text });
  }
  outro(text: string) {
    this.said.push({ kind: 'outro', text });
  }
  note(text: string, title?: string) {
    this.said.push({ kind: 'note', text: `${title ?? ''}\n${text}` });
  }
  info(text: string) {
    this.said.push({ kind: 'info', text });
  }
  success(text: string) {
    this.said.push({ kind: 'success', text });
  }
  warn(text: string) {
    this.said.push({ kind: 'warn', text });
  }
  error(text: string) {
    this.said.push({ kind: 'error', text });
  }
  spinner() {
    return { start: (text: string) => this.said.push({ kind: 'spinner', text }), stop: (text: string) => this.said.push({ kind: 'spinner-stop', text }) };
  }
  /** What was said (of one kind, or all), one message a line. */
  text_(kind?: string): string {
    return this.said
      .filter((s) => !kind || s.kind === kind)
      .map((s) => s.text)
      .join('\n');
  }
}
