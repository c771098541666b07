import { fileURLToPath } from 'node:url';
import { temporaryFolders } from '@guru-blog/testing';
import { SCRIPTED_CANCEL, type ScriptedAnswer, ScriptedPrompter } from '@guru-blog/theme/prompts';
import { type Flags, parseFlags } from '../src/args.ts';
import { type Context, createContext } from '../src/context.ts';
import type { Exec, ExecResult } from '../src/exec.ts';
import type { Lang } from '../src/messages/index.ts';
import type { DetectedPm } from '../src/package-manager.ts';
import { loadTemplates } from '../src/templates.ts';

/** The templates as the build bundles them (turbo builds before testing). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
export type Answer = ScriptedAnswer;
export { SCRIPTED_CANCEL as CANCEL, ScriptedPrompter };

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
