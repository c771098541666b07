import { relative } from 'node:path';
import type { Context } from '../context.ts';
import { shellPath } from '../folder.ts';
import { execCommand, runCommand } from '../package-manager.ts';

const DEV_URL = 'http://localhost:4321/';

/** What to do now, in the order a first-time user does it. */
export function nextStepsText(ctx: Context): string {
  const { t, pm, answers } = ctx;
  const dir = ctx.projectDir!;
  const rel = relative(ctx.cwd, dir) || '.';
  const shown = rel.startsWith('..') ? dir : rel;
  const lines: string[] = [];
  let n = 1;
  const step = (text: string, command?: string) => {
    lines.push(`${n++}. ${text}`);
    if (command) lines.push(`     ${command}`);
  };
  if (shown !== '.') step(t('next.cd'), `cd ${shellPath(shown)}`);
  if (!ctx.outcome.installed) step(t('next.install'), `${pm.name} install`);
  if (answers.template?.kind === 'community') {
    step(t('next.members', { file: 'members.yaml' }), runCommand(pm.name, 'feeds:check'));
    step(t('next.update'), runCommand(pm.name, 'feeds:update'));
    step(t('next.dev'), runCommand(pm.name, 'dev'));
    step(t('next.open', { url: DEV_URL }));
    step(t('next.publish.community', { command: runCommand(pm.name, 'feeds:update') }));
    return lines.join('\n');
  }
  step(t('next.dev'), runCommand(pm.name, 'dev'));
  step(t('next.open', { url: DEV_URL }));
  if (ctx.outcome.samplePost) step(t('next.post', { file: ctx.outcome.samplePost }));
  step(t('next.lesson', { command: `${execCommand(pm.name, 'guru-blog')} new lesson --mapel ${answers.subjects?.[0] ?? 'matematika'}` }));
  step(t(`next.publish.${answers.deploy ?? 'none'}`));
  return lines.join('\n');
}

export async function nextSteps(ctx: Context): Promise<void> {
  if (ctx.flags.dryRun) return ctx.prompt.outro(ctx.t('next.outro'));
  ctx.prompt.note(nextStepsText(ctx), ctx.t('next.title'));
  ctx.prompt.outro(ctx.t('next.outro'));
}
