// `guru-blog dev|build|preview`: Astro's own commands, after the launcher made sure this Node is
// one the installed Astro accepts. `build` checks the content first and stops on an error with the
// checker's message instead of Astro's; its further arguments go to Astro unchanged.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CHECKED_ENV } from '../integration/content-check.ts';
import { ASTRO_QUIET } from './astro-env.ts';
import { runCheck } from './check.ts';
import { type Context, EXIT, userError } from './context.ts';

export type AstroCommand = 'dev' | 'build' | 'preview';

function astroBin(cwd: string): string | undefined {
  try {
    const pkg = createRequire(join(cwd, 'package.json')).resolve('astro/package.json');
    return join(dirname(pkg), 'bin', 'astro.mjs');
  } catch {
    return undefined;
  }
}

/** Runs `astro <command> …rest` in the site; returns Astro's exit code. */
export async function astroCommand(command: AstroCommand, rest: string[], ctx: Context, langGiven: boolean): Promise<number> {
  const bin = astroBin(ctx.io.cwd);
  if (!bin) throw userError((t) => t('err.noAstro', { command }));
  if (command === 'build') {
    const code = await runCheck(ctx, langGiven);
    if (code !== EXIT.ok) return code;
  }
  const child = spawnSync(process.execPath, [bin, command, ...rest], {
    cwd: ctx.io.cwd,
    stdio: 'inherit',
    env: { ...process.env, ...(command === 'build' ? { [CHECKED_ENV]: '1' } : {}), ...ASTRO_QUIET },
  });
  return child.status ?? 1;
}

/** Drops `--lang x` / `--lang=x` (ours) from what goes to Astro. */
export function withoutLang(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return out;
}
