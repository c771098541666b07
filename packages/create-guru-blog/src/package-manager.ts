export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

export interface DetectedPm {
  name: PackageManager;
  /** Major version when the user agent told it (yarn 1 and yarn 2+ differ). */
  major?: number;
}

/**
 * The package manager that launched us, from `npm_config_user_agent`
 * ("pnpm/12.21.0 npm/? node/v24.1.0 linux x64"); npm when unknown.
 */
export function detectPackageManager(userAgent: string | undefined): DetectedPm {
  const match = /^(npm|pnpm|yarn|bun)\/(\d+)/.exec(userAgent ?? '');
  if (!match) return { name: 'npm' };
  return { name: match[1] as PackageManager, major: Number(match[2]) };
}

/** Arguments for a dependency install; `preferOffline` reads the package manager's cache first. */
export function installArgs(pm: DetectedPm, preferOffline: boolean): string[] {
  const args = ['install'];
  if (pm.name === 'npm') args.push('--no-audit', '--no-fund');
  // yarn 2+ has no such flag; its offline mirror (if configured) is used anyway.
  if (preferOffline && !(pm.name === 'yarn' && (pm.major ?? 1) >= 2)) args.push('--prefer-offline');
  return args;
}

/** How a teacher runs a package.json script with this package manager, e.g. "npm run dev". */
export function runCommand(pm: PackageManager, script: string): string {
  return pm === 'npm' || pm === 'bun' ? `${pm} run ${script}` : `${pm} ${script}`;
}

/** How a teacher runs a bin of an installed package, e.g. "npx guru-blog". */
export function execCommand(pm: PackageManager, bin: string): string {
  return { npm: `npx ${bin}`, pnpm: `pnpm exec ${bin}`, yarn: `yarn ${bin}`, bun: `bunx ${bin}` }[pm];
}

/** Install output that means the network, not the packages, was the problem. */
export function looksLikeNetworkError(output: string): boolean {
  return /\b(ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ERR_SOCKET_TIMEOUT|ERR_PNPM_META_FETCH_FAIL|socket hang up|network (request|connection|error))\b/i.test(
    output,
  );
}
