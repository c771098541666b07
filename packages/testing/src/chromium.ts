// Finds (or installs) Debian's Chromium and launches it through playwright-core.
// We use the distro browser because `playwright install` downloads from a CDN that is
// unreachable here; only the npm registry and Debian apt are.
import { type Browser, chromium, type LaunchOptions } from 'playwright-core';
import { aptInstall, isExecutable } from './apt.ts';

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

function findInstalled(): string | undefined {
  return [DEBIAN_BINARY, DEBIAN_WRAPPER].find(isExecutable);
}

async function locateOrInstall(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", which is not an executable file.`);
  }
  const installed = findInstalled();
  if (installed) return installed;
  // Or set CHROMIUM_PATH to any Chromium/Chrome executable.
  await aptInstall('chromium', [DEBIAN_BINARY, DEBIAN_WRAPPER]);
  return findInstalled()!;
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
