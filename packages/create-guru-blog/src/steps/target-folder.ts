import { type Context, StepError } from '../context.ts';
import { checkFolderName, freeSibling, inspectTarget } from '../folder.ts';

const DEFAULT_FOLDER = 'blog-saya';
const LISTED = 5;

/** Why `input` cannot be used, in the user's language; undefined when it can. */
export function folderProblem(ctx: Context, input: string): string | undefined {
  const problem = checkFolderName(input);
  if (problem) return ctx.t(problem.key, problem.vars);
  const state = inspectTarget(ctx.cwd, input);
  if (state.isFile) return ctx.t('folder.isFile', { dir: state.dir, suggestion: freeSibling(state.dir) });
  if (state.blocking.length) {
    const shown = state.blocking.slice(0, LISTED).join(', ') + (state.blocking.length > LISTED ? ', …' : '');
    return ctx.t('folder.notEmpty', { dir: state.dir, count: state.blocking.length, list: shown, suggestion: freeSibling(state.dir) });
  }
  return undefined;
}

/** A free default: blog-saya, or blog-saya-2… when that is taken. */
function defaultFolder(ctx: Context): string {
  return folderProblem(ctx, DEFAULT_FOLDER) ? freeSibling(inspectTarget(ctx.cwd, DEFAULT_FOLDER).dir) : DEFAULT_FOLDER;
}

/** Chooses the folder; never one with files in it (a teacher's work must not be overwritten). */
export async function targetFolder(ctx: Context): Promise<void> {
  let folder = ctx.flags.folder;
  if (folder !== undefined) {
    const problem = folderProblem(ctx, folder);
    if (problem) throw new StepError(problem);
  } else if (ctx.useDefaults) {
    folder = defaultFolder(ctx);
  } else {
    const suggestion = defaultFolder(ctx);
    folder = await ctx.prompt.text({
      message: ctx.t('folder.question'),
      placeholder: suggestion,
      defaultValue: suggestion,
      validate: (value) => (value.trim() ? folderProblem(ctx, value) : undefined),
    });
  }
  folder = folder.trim();
  const state = inspectTarget(ctx.cwd, folder);
  ctx.answers.folder = folder;
  ctx.projectDir = state.dir;
  ctx.existingEntries = state.before;
}
