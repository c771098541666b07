import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroNodeFloor, cacheRoot, meetsFloor } from '@guru-blog/theme/node';
import { CancelledError } from '@guru-blog/theme/prompts';
import type { Context } from '../context.ts';
import { installArgs, looksLikeNetworkError } from '../package-manager.ts';

const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

export function registryUrl(env: NodeJS.ProcessEnv): string {
  return env.npm_config_registry || env.NPM_CONFIG_REGISTRY || DEFAULT_REGISTRY;
}

/** Asks the registry once, briefly; a weak connection should not wait minutes for npm's retries. */
export async function probeRegistry(url: string, timeoutMs = 5000): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs with the package manager that launched us. Offline (--offline, or the registry does not
 * answer) reads the package manager's cache first; a network failure gets one retry that way.
 */
export async function install(ctx: Context): Promise<void> {
  if (!ctx.answers.install || ctx.flags.dryRun) return;
  const { pm, t, prompt } = ctx;
  let offline = ctx.flags.offline;
  if (offline) prompt.info(t('install.offline', { pm: pm.name }));
  else if (!(await ctx.registryReachable())) {
    prompt.warn(t('install.unreachable', { registry: registryUrl(ctx.env), pm: pm.name }));
    offline = true;
  }
  const run = async (preferOffline: boolean) => {
    const spinner = prompt.spinner();
    spinner.start(t('install.start', { pm: pm.name }));
    const result = await ctx.exec(pm.name, installArgs(pm, preferOffline), { cwd: ctx.projectDir!, env: ctx.env, signal: ctx.signal });
    const interrupted = ctx.signal.aborted || result.interrupted;
    spinner.stop(result.code === 0 ? t('install.done') : `${pm.name} install: ${interrupted ? 'Ctrl-C' : result.code}`, result.code === 0);
    if (interrupted) throw new CancelledError();
    return result;
  };
  let result = await run(offline);
  if (result.code !== 0 && !offline && looksLikeNetworkError(result.output)) {
    prompt.warn(t('install.retryOffline', { pm: pm.name }));
    offline = true;
    result = await run(true);
  }
  if (result.code === 0) {
    ctx.outcome.installed = true;
    nodeForInstalledAstro(ctx);
    return;
  }
  // The blog's files stay: only the install failed, and it can be repeated.
  const tail = result.output.trim().split('\n').slice(-15).join('\n');
  if (tail) prompt.note(tail, `${pm.name} install`);
  const command = `${pm.name} install`;
  prompt.warn(offline ? t('install.failedOffline', { command }) : t('install.failed', { code: result.code, command }));
}

/**
 * The astro just installed decides the Node the blog needs: its engines.node goes into the blog's
 * package.json, and a teacher on an older Node hears, once, that the blog's scripts fetch one.
 */
function nodeForInstalledAstro(ctx: Context): void {
  const dir = ctx.projectDir!;
  const found = astroNodeFloor(dir);
  if (!found) return;
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return;
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { engines?: Record<string, string> };
  if (pkg.engines?.node !== `>=${found.floor}`) {
    pkg.engines = { ...pkg.engines, node: `>=${found.floor}` };
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  const current = process.version;
  if (!meetsFloor(current, found.floor)) {
    ctx.prompt.warn(ctx.t('install.nodeOld', { astro: found.astro, floor: found.floor, current, cache: cacheRoot(ctx.env) }));
  }
}
