import { spawn } from 'node:child_process';

export interface ExecResult {
  code: number;
  /** stdout and stderr interleaved, for error messages. */
  output: string;
}

/** Runs a program and collects its output; injected so tests can run steps without real programs. */
export type Exec = (command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; signal?: AbortSignal }) => Promise<ExecResult>;

/** The real thing. A missing program resolves with code 127 rather than throwing. */
export const realExec: Exec = (command, args, { cwd, env, signal }) =>
  new Promise((resolve) => {
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
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 130 : 1), output }));
  });
