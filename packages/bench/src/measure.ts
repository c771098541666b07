/**
 * Runs a command as a fresh child process and measures wall time and memory.
 *
 * Peak memory comes from GNU time (`/usr/bin/time -f %M`, the kernel's max RSS of the largest
 * single process in the tree) when it is installed. Independently, /proc is sampled to sum the
 * RSS of the whole process tree, which also catches Pagefind's own binary running alongside Node.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';
const SAMPLE_MS = 100;

export type Measurement = {
  exitCode: number;
  wallMs: number;
  /** Max RSS of the largest process, from GNU time; undefined without it. */
  peakRssMb?: number;
  /** Largest sampled sum of RSS over the whole process tree. */
  treeRssMb: number;
  /**
   * User + system CPU time of the child and all its descendants. Unlike wall time it hardly
   * changes when other work competes for the cores, so it is the steadier figure on a busy machine.
   */
  cpuMs?: number;
  stdout: string;
  stderr: string;
};

/**
 * CPU time (ms) from two fields of /proc/<pid>/stat, numbered as in proc(5); undefined where
 * /proc is missing or the process has ended.
 */
function statCpuMs(pid: number | 'self', first: number, second: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the ")" that closes the command name start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[first - 3]) + Number(fields[second - 3]);
    return Number.isFinite(ticks) ? ticks * (1000 / CLOCK_TICKS) : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (ms) of this process's reaped children and their reaped descendants (cutime, cstime). */
export function childrenCpuMs(): number | undefined {
  return statCpuMs('self', 16, 17);
}

/** CPU time (ms) a running process has used so far (utime, stime). */
export function processCpuMs(pid: number): number | undefined {
  return statCpuMs(pid, 14, 15);
}
/** USER_HZ: 100 on every Linux architecture Node supports. */
const CLOCK_TICKS = 100;

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** The pid and all its descendants, via /proc/<pid>/task/<tid>/children. */
export function processTree(root: number): number[] {
  const seen: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    seen.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(/\s+/)) {
          if (child) queue.push(Number(child));
        }
      } catch {
        // thread gone
      }
    }
  }
  return seen;
}

export async function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measurement> {
  const useTime = hasGnuTime();
  const tmp = mkdtempSync(join(tmpdir(), 'guru-bench-'));
  const timeFile = join(tmp, 'maxrss');
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];

  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  let treeKb = 0;
  let hwmKb = 0; // fallback without GNU time: per-process high-water marks seen while sampling
  const timer = setInterval(() => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      sum += readStatusKb(pid, 'VmRSS');
      hwmKb = Math.max(hwmKb, readStatusKb(pid, 'VmHWM'));
    }
    treeKb = Math.max(treeKb, sum);
  }, SAMPLE_MS);

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  clearInterval(timer);
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;

  let peakKb = useTime ? Number.NaN : hwmKb;
  if (useTime) {
    try {
      // GNU time prints "Command exited with non-zero status N" before the number on failure.
      const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
      peakKb = Number(lines[lines.length - 1]);
    } catch {
      peakKb = Number.NaN;
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  return {
    exitCode,
    wallMs,
    ...(Number.isFinite(peakKb) && peakKb > 0 ? { peakRssMb: peakKb / 1024 } : {}),
    treeRssMb: treeKb / 1024,
    ...(cpuMs !== undefined ? { cpuMs } : {}),
    stdout,
    stderr,
  };
}
