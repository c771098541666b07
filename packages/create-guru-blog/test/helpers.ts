import { fileURLToPath } from 'node:url';
import { temporaryFolders } from '@guru-blog/testing';
import { type Flags, parseFlags } from '../src/args.ts';
import { type Context, createContext } from '../src/context.ts';
import type { Exec, ExecResult } from '../src/exec.ts';
import type { Lang } from '../src/messages/index.ts';
import type { DetectedPm } from '../src/package-manager.ts';
import type { Choice, Prompter } from '../src/prompter.ts';
import { CancelledError } from '../src/prompter.ts';
import { loadTemplates } from '../src/templates.ts';

/** The templates as the build bundles them (turbo builds before testing). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
export const CANCEL = Symbol('cancel');

export type Answer = string | boolean | string[] | typeof CANCEL;

/**
 * Answers questions from a list, in order, as a user would type them. A text answer that fails the
 * prompt's validation is recorded and the next answer is tried, like a user retyping.
 */
export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  readonly rejected: string[] = [];
  readonly said: { kind: string; text: string }[] = [];
  private answers: Answer[];
  constructor(answers: Answer[]) {
    this.answers = [...answers];
  }

  private next(message: string): Answer {
    this.asked.push(message);
    if (this.answers.length === 0) throw new Error(`unexpected question: ${message}`);
    const value = this.answers.shift()!;
    if (value === CANCEL) throw new CancelledError();
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
  text_(kind?: string): string {
    return this.said
      .filter((s) => !kind || s.kind === kind)
      .map((s) => s.text)
      .join('\n');
  }
}

/** Records the programs a step runs and answers with canned results, in order per command. */
export function recordingExec(results: Record<string, ExecResult[]> = {}) {
  const calls: { command: string; args: string[]; cwd: string }[] = [];
  const exec: Exec = async (command, args, { cwd }) => {
    calls.push({ command, args, cwd });
    const key = `${command} ${args[0] ?? ''}`.trim();
    return results[key]?.shift() ?? results[command]?.shift() ?? { code: 0, output: '' };
  };
  return { exec, calls };
}

// Vitest gives each test file its own copy of this module: a file's folders go when it ends.
const temp = temporaryFolders();

export function tempDir(prefix = 'cgb-'): string {
  return temp(prefix);
}

export interface TestContextOptions {
  argv?: string[];
  cwd?: string;
  lang?: Lang;
  interactive?: boolean;
  answers?: Answer[];
  exec?: Exec;
  pm?: DetectedPm;
  registryReachable?: boolean;
}

export function testContext(options: TestContextOptions = {}): Context & { prompt: ScriptedPrompter } {
  const flags: Flags = parseFlags(options.argv ?? []);
  const prompt = new ScriptedPrompter(options.answers ?? []);
  const ctx = createContext({
    cwd: options.cwd ?? tempDir(),
    env: {},
    lang: options.lang ?? 'id',
    flags,
    interactive: options.interactive ?? true,
    pm: options.pm ?? { name: 'npm' },
    prompt,
    exec: options.exec ?? recordingExec().exec,
    templates: loadTemplates(TEMPLATES_DIR),
    today: new Date(2026, 6, 15),
    versions: { 'create-guru-blog': '0.1.0', '@guru-blog/theme': '0.1.0', '@guru-blog/community': '0.1.0' },
    registryReachable: async () => options.registryReachable ?? true,
  });
  return ctx as Context & { prompt: ScriptedPrompter };
}
