import { dirname, join } from 'node:path';
import { type Answers, type Context, StepError } from '../context.ts';
import { diskProblem, nodeDisk, symlinkOut } from '../disk.ts';
import { installArgs } from '../package-manager.ts';
import { planFiles } from '../plan.ts';

/** The commands the remaining steps would run, for the dry run. */
function plannedCommands(ctx: Context, answers: Answers): string[] {
  const commands: string[] = [];
  if (answers.install) commands.push(`${ctx.pm.name} ${installArgs(ctx.pm, ctx.flags.offline).join(' ')}`);
  if (answers.git) commands.push('git init -b main', 'git add -A', 'git commit -m "Blog baru dari create-guru-blog"');
  return commands;
}

/**
 * Writes the new site. Files are created with the "wx" flag, so even a file that appeared since
 * the folder check is never overwritten. With --dry-run it only lists what it would do.
 */
export async function write(ctx: Context): Promise<void> {
  const answers = ctx.answers as Answers;
  const dir = ctx.projectDir!;
  const files = planFiles(ctx, answers);
  ctx.outcome.samplePost = files.find((f) => f.path.startsWith('src/content/posts/'))?.path;
  if (ctx.flags.dryRun) {
    const commands = plannedCommands(ctx, answers);
    ctx.prompt.note(files.map((f) => `  ${f.path}`).join('\n'), ctx.t('write.dryRun', { dir }));
    if (commands.length) ctx.prompt.note(commands.map((c) => `  ${c}`).join('\n'), ctx.t('write.dryRunCommands'));
    return;
  }
  const disk = ctx.disk ?? nodeDisk;
  try {
    ctx.created.prepare(dir, ctx.existingEntries);
    for (const file of files) {
      const target = join(dir, ...file.path.split('/'));
      const link = symlinkOut(dir, target);
      if (link) {
        ctx.prompt.warn(ctx.t('write.symlink', { link, file: file.path }));
        continue;
      }
      disk.mkdir(dirname(target));
      try {
        disk.writeNew(target, file.content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        ctx.prompt.warn(`${file.path}: ${ctx.lang === 'en' ? 'already there, left as it was' : 'sudah ada, dibiarkan'}`);
      }
    }
  } catch (error) {
    // A read-only folder, a full disk: one sentence, and the steps' cleanup removes what we wrote.
    const key = diskProblem(error);
    if (!key) throw error;
    throw new StepError(ctx.t(key, { dir }));
  }
  ctx.prompt.success(ctx.t('write.done', { dir }));
}
