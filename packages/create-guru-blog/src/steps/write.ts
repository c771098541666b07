import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Answers, Context } from '../context.ts';
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
  ctx.created.prepare(dir, ctx.existingEntries);
  for (const file of files) {
    const target = join(dir, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    try {
      writeFileSync(target, file.content, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      ctx.prompt.warn(`${file.path}: ${ctx.lang === 'en' ? 'already there, left as it was' : 'sudah ada, dibiarkan'}`);
    }
  }
  ctx.prompt.success(ctx.t('write.done', { dir }));
}
