// Finds (or installs) Debian's Chromium and launches it through playwright-core.
// We use the distro browser because `playwright install` downloads from a CDN that is
// unreachable here; only the npm registry and Debian apt are.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';

/**
 * The real binary behind Debian's `/usr/bin/chromium` shell wrapper. We prefer it because
 * the wrapper sources /etc/chromium.d, which adds `--enable-remote-extensions` (and so skips
 * its own `--disable-background-networking`), exports Google API keys, and on some
 * machines prints a shell error from its /dev/shm size check.
 */
const DEBIAN_BINARY = '/usr/lib/chromium/chromium';
const DEBIAN_WRAPPER = '/usr/bin/chromium';

/** Hosts the browser may reach; everything else fails before any DNS lookup or connect. */
export const ALLOWED_HOSTS: readonly string[] = ['127.0.0.1', 'localhost'];

/** Shared by every process on the machine so parallel vitest workers run apt one at a time. */
const APT_LOCK = join(tmpdir(), 'guru-blog-chromium-apt.lock');

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findInstalled(): string | undefined {
  return [DEBIAN_BINARY, DEBIAN_WRAPPER].find(isExecutable);
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

async function installWithApt(): Promise<void> {
  if (!isExecutable('/usr/bin/apt-get')) {
    throw new Error('Chromium is missing and apt-get is not available: install Chromium and set CHROMIUM_PATH.');
  }
  console.warn('[@guru-blog/testing] Chromium not found; installing Debian "chromium" with apt-get (one-off, a few minutes).');
  // flock releases the lock even if we are killed; the re-check inside makes the
  // second waiting worker a no-op. DPkg::Lock::Timeout waits for apt runs we don't know about.
  const script = [
    `[ -x ${DEBIAN_BINARY} ] || [ -x ${DEBIAN_WRAPPER} ] && exit 0`,
    'apt-get update',
    'apt-get install -y -o DPkg::Lock::Timeout=600 chromium',
  ].join('\n');
  await run('flock', ['--wait', '1800', APT_LOCK, 'sh', '-ec', script]);
}

async function locateOrInstall(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  const installed = findInstalled();
  if (installed) return installed;
  if (process.getuid?.() !== 0) {
    throw new Error(
      `Chromium not found (looked at ${DEBIAN_BINARY} and ${DEBIAN_WRAPPER}). ` +
        'Install it with `sudo apt-get install chromium` (Debian/Ubuntu: chromium or chromium-browser), ' +
        'or set CHROMIUM_PATH to any Chromium/Chrome executable. The tests run as non-root, so they cannot install it themselves.',
    );
  }
  await installWithApt();
  const after = findInstalled();
  if (!after) throw new Error(`apt-get finished but ${DEBIAN_BINARY} is still missing.`);
  return after;
}

let located: Promise<string> | undefined;

/** Path of a Chromium executable: CHROMIUM_PATH, else Debian's, installing it with apt when root. */
export function ensureChromium(): Promise<string> {
  // Memoised per process; a failure is not cached so a later call can retry.
  located ??= locateOrInstall().catch((error: unknown) => {
    located = undefined;
    throw error;
  });
  return located;
}

/** Flags for a quiet, offline-safe headless Chromium (Playwright adds its own defaults too). */
export const CHROMIUM_ARGS: readonly string[] = [
  // Root in a container: the setuid/namespace sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
  '--dns-prefetch-disable',
  // Browser-wide backstop to the per-context route filter: every host (IP literals included)
  // except loopback resolves to "not found", so WebSockets, service workers, preconnects and
  // Chromium's own background fetches cannot leave the machine either.
  `--host-resolver-rules=MAP * ~NOTFOUND, ${ALLOWED_HOSTS.map((h) => `EXCLUDE ${h}`).join(', ')}`,
];

/** Launches headless Chromium. Playwright creates and deletes a temporary profile itself. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = await ensureChromium();
  return chromium.launch({
    ...options,
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
