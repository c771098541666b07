import { lstatSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { CancelledError } from '@guru-blog/theme/prompts';
import type { Context } from '../context.ts';

const COMMIT_MESSAGE = 'Blog baru dari create-guru-blog';

/** `git init -b main`, add, first commit; skipped inside an existing repository. */
export async function git(ctx: Context): Promise<void> {
  if (!ctx.answers.git || ctx.flags.dryRun) return;
  const { t, prompt } = ctx;
  const cwd = ctx.projectDir!;
  const run = async (args: string[]) => {
    const result = await ctx.exec('git', args, { cwd, env: ctx.env, signal: ctx.signal });
    if (ctx.signal.aborted || result.interrupted) throw new CancelledError();
    return result;
  };

  // A .git that links elsewhere: git init would write into that other folder.
  if (lstatOrUndefined(join(cwd, '.git'))?.isSymbolicLink()) return prompt.warn(t('git.symlink'));
  const inside = await run(['rev-parse', '--is-inside-work-tree']);
  if (inside.code === 127) return prompt.warn(t('git.missing'));
  if (inside.code === 0 && inside.output.trim() === 'true') return prompt.info(t('git.inside'));

  let init = await run(['init', '-b', 'main']);
  // Git older than 2.28 has no -b; name the branch afterwards.
  if (init.code !== 0) {
    init = await run(['init']);
    if (init.code === 0) await run(['symbolic-ref', 'HEAD', 'refs/heads/main']);
  }
  if (init.code !== 0) return prompt.warn(t('git.failed', { message: init.output.trim().split('\n')[0] ?? '' }));
  const add = await run(['add', '-A']);
  if (add.code !== 0) return prompt.warn(t('git.failed', { message: add.output.trim().split('\n')[0] ?? '' }));
  const commit = await run(['commit', '-q', '-m', COMMIT_MESSAGE]);
  if (commit.code === 0) {
    ctx.outcome.gitCommitted = true;
    return prompt.success(t('git.done'));
  }
  // Most often: user.name / user.email not configured on a new laptop.
  prompt.warn(
    /user\.(name|email)|identity|tell me who you are/i.test(commit.output)
      ? t('git.noIdentity')
      : t('git.failed', { message: commit.output.trim().split('\n')[0] ?? '' }),
  );
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
