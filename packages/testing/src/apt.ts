// Installs a Debian package the tests need when the machine lacks it (CI starts from a bare image).
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Shared by every process on the machine so parallel vitest workers run apt one at a time. */
const APT_LOCK = join(tmpdir(), 'guru-blog-apt.lock');

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      // stdout/stderr pass through so a slow install shows progress instead of looking hung.
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))));
  });
}

/**
 * Installs Debian package `pkg` unless one of `binaries` is already executable. Needs root (the
 * CI user); otherwise the error says what to install by hand.
 */
export async function aptInstall(pkg: string, binaries: string[]): Promise<void> {
  if (binaries.some(isExecutable)) return;
  if (process.getuid?.() !== 0 || !isExecutable('/usr/bin/apt-get')) {
    throw new Error(
      `${binaries[0]} is missing; install it with \`sudo apt-get install ${pkg}\`. The tests cannot install it themselves (not root, or no apt-get).`,
    );
  }
  console.warn(`[@guru-blog/testing] ${binaries[0]} not found; installing Debian "${pkg}" with apt-get (one-off).`);
  // flock releases the lock even if we are killed; the re-check inside makes a second waiting
  // worker a no-op. DPkg::Lock::Timeout waits for apt runs we don't know about.
  const script = [
    `${binaries.map((b) => `[ -x ${b} ]`).join(' || ')} && exit 0`,
    'apt-get update',
    `apt-get install -y -o DPkg::Lock::Timeout=600 ${pkg}`,
  ].join('\n');
  await run('flock', ['--wait', '1800', APT_LOCK, 'sh', '-ec', script]);
  if (!binaries.some(isExecutable)) throw new Error(`apt-get finished but ${binaries[0]} is still missing.`);
}

/** tmux, for tests that type into a real terminal. */
export async function ensureTmux(): Promise<string> {
  const binaries = ['/usr/bin/tmux', '/usr/local/bin/tmux'];
  await aptInstall('tmux', binaries);
  return binaries.find(isExecutable)!;
}
