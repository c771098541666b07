import { spawn } from 'node:child_process';

export interface ExecResult {
  code: number;
  /** stdout and stderr interleaved, for error messages. */
  output: string;
  /** Ended by Ctrl-C (SIGINT, exit 130) or our abort: the user wants to stop, not a failure. */
  interrupted?: boolean;
}

/** Runs a program and collects its output; injected so tests can run steps without real programs. */
export type Exec = (command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; signal?: AbortSignal }) => Promise<ExecResult>;

/** The real thing. A missing program resolves with code 127 rather than throwing. */
export const realExec: Exec = (command, args, { cwd, env, signal }) =>
  new Promise((resolve) => {
    const aborted = () => signal?.aborted === true;
    // npm/pnpm/yarn are .cmd scripts on Windows and need a shell there.
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      shell: process.platform === 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error: NodeJS.ErrnoException) => {
      // An abort (Ctrl-C) also arrives here; 'close' follows and reports it.
      if (error.name !== 'AbortError') resolve({ code: error.code === 'ENOENT' ? 127 : 1, output: `${output}${error.message}` });
    });
    const finish = (code: number | null, signal: NodeJS.Signals | null) =>
      resolve({ code: code ?? (signal ? 130 : 1), output, interrupted: signal === 'SIGINT' || signal === 'SIGTERM' || code === 130 || aborted() });
    // Normally wait for 'close' (all output read). When stopped, a grandchild may still hold the
    // pipes open, so 'exit' is enough.
    child.on('exit', (code, signal) => {
      if (signal || code === 130 || aborted()) finish(code, signal);
    });
    child.on('close', finish);
  });
