// Starting the site's own Astro (`guru-blog dev|build|preview`, `guru-community dev|build|preview`,
// the site of `guru-blog cms`). Plain JavaScript beside the Node bootstrap that runs first.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * No telemetry, and no "New version of Astro available … npx @astrojs/upgrade" in `dev`: that
 * English advice upgrades a site to an Astro the teacher's Node may not run. Whoever sets either
 * variable keeps their value.
 */
export const ASTRO_QUIET = {
  ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED || '1',
  ASTRO_DISABLE_UPDATE_CHECK: process.env.ASTRO_DISABLE_UPDATE_CHECK || 'true',
};

/** The site's installed `astro` CLI, if any. */
export function astroBin(cwd) {
  try {
    const pkg = createRequire(join(cwd, 'package.json')).resolve('astro/package.json');
    return join(dirname(pkg), 'bin', 'astro.mjs');
  } catch {
    return undefined;
  }
}

/** Runs `astro <args…>` in `cwd` with the terminal's stdio; Astro's exit code, or undefined when the site has no Astro. */
export function runAstro(args, { cwd, env = {} }) {
  const bin = astroBin(cwd);
  if (!bin) return undefined;
  const child = spawnSync(process.execPath, [bin, ...args], { cwd, stdio: 'inherit', env: { ...process.env, ...env, ...ASTRO_QUIET } });
  return child.status ?? 1;
}
