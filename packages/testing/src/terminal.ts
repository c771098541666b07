// A real terminal for tests of interactive programs: tmux runs the program in a detached pane,
// keys are sent as a user types them, and the screen is read back with capture-pane.
import { execFileSync } from 'node:child_process';
import { ensureTmux } from './apt.ts';

export interface Terminal {
  /** Types text literally (no key names). */
  type(text: string): void;
  /** Sends tmux key names: 'Enter', 'Tab', 'Down', 'C-c', 'BSpace'… */
  press(...keys: string[]): void;
  /** The visible screen plus scrollback, as plain text. */
  screen(): string;
  /** Waits until the screen matches; the error shows the last screen. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
  /** The program's exit code once it has ended (printed by the wrapper shell). */
  exitCode(timeoutMs?: number): Promise<number>;
  close(): void;
}

let counter = 0;

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** Starts `command args…` in a fresh tmux session of the given size, in `cwd`, with exactly `env`. */
export async function openTerminal(opts: {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  columns?: number;
  rows?: number;
}): Promise<Terminal> {
  const tmux = await ensureTmux();
  const session = `guru-test-${process.pid}-${++counter}`;
  const envArgs = Object.entries(opts.env).map(([k, v]) => `${k}=${shellQuote(v)}`);
  // env -i: the program sees only what the test gives it (no LANG, no npm_config_* from the runner).
  // The trap keeps this wrapper alive through Ctrl-C (a handler, unlike '', is not inherited).
  const script = `trap 'true' INT; env -i ${envArgs.join(' ')} ${[opts.command, ...opts.args].map(shellQuote).join(' ')}; echo "__EXIT__$?"; sleep 600`;
  const tm = (...args: string[]) => execFileSync(tmux, args, { encoding: 'utf8' });
  // When the previous test killed the last session, the tmux server may still be shutting down and
  // refuse this one ("server exited unexpectedly"): try again on a fresh server.
  for (let attempt = 1; ; attempt++) {
    try {
      tm('new-session', '-d', '-s', session, '-x', String(opts.columns ?? 120), '-y', String(opts.rows ?? 50), '-c', opts.cwd, 'sh', '-c', script);
      break;
    } catch (error) {
      if (attempt >= 5 || !/server exited|no server|lost server|error connecting/i.test(String((error as { stderr?: string }).stderr ?? error))) throw error;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
  tm('set-option', '-t', session, 'history-limit', '5000');

  const screen = () => tm('capture-pane', '-p', '-J', '-S', '-', '-t', session);
  const waitFor = async (pattern: string | RegExp, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = screen();
      if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`terminal never showed ${String(pattern)}; screen:\n${text}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return {
    type: (text) => void tm('send-keys', '-t', session, '-l', text),
    press: (...keys) => void tm('send-keys', '-t', session, ...keys),
    screen,
    waitFor,
    exitCode: async (timeoutMs) => Number(/__EXIT__(\d+)/.exec(await waitFor(/__EXIT__\d+/, timeoutMs))![1]),
    close: () => {
      try {
        tm('kill-session', '-t', session);
      } catch {
        // already gone
      }
    },
  };
}
