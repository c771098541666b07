// `guru-blog dev|build|preview`: Astro's own commands, after the launcher made sure this Node is
// one the installed Astro accepts. `build` checks the content first and stops on an error with the
// checker's message instead of Astro's; its further arguments go to Astro unchanged.
import { CHECKED_ENV } from '../integration/content-check.ts';
import { astroBin, runAstro } from '../node/index.mjs';
import { runCheck } from './check.ts';
import { type Context, EXIT, userError } from './context.ts';

export type AstroCommand = 'dev' | 'build' | 'preview';

/** Runs `astro <command> …rest` in the site; returns Astro's exit code. */
export async function astroCommand(command: AstroCommand, rest: string[], ctx: Context, langGiven: boolean): Promise<number> {
  if (!astroBin(ctx.io.cwd)) throw userError((t) => t('err.noAstro', { command }));
  if (command === 'build') {
    const code = await runCheck(ctx, langGiven);
    if (code !== EXIT.ok) return code;
  }
  return runAstro([command, ...rest], { cwd: ctx.io.cwd, env: command === 'build' ? { [CHECKED_ENV]: '1' } : {} }) ?? EXIT.user;
}
