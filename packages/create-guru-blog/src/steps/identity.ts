import { subjectChoices } from '@guru-blog/theme/prompts';
import { type Context, StepError } from '../context.ts';
import type { MessageKey } from '../messages/index.ts';
import { parseSubjects } from '../subjects.ts';

const MAX_LENGTH = 120;

/** The message for a bad title/author/school, or undefined. */
export function textProblem(ctx: Context, value: string, emptyKey?: MessageKey): string | undefined {
  const text = value.trim();
  if (!text && emptyKey) return ctx.t(emptyKey);
  if (text.length > MAX_LENGTH) return ctx.t('identity.tooLong', { length: text.length, max: MAX_LENGTH });
  return undefined;
}

/** The message for a bad subject list, or undefined. */
export function subjectsProblem(ctx: Context, value: string): string | undefined {
  const parsed = parseSubjects(value);
  if (parsed.ok) return undefined;
  const didYouMean = parsed.suggestion ? ctx.t('identity.didYouMean', { suggestion: parsed.suggestion }) : '';
  return `${ctx.t('identity.subjectUnknown', { value: parsed.value })}${didYouMean} ${ctx.t('identity.subjectHint')}`;
}

async function gitUserName(ctx: Context): Promise<string | undefined> {
  const result = await ctx.exec('git', ['config', '--get', 'user.name'], { cwd: ctx.cwd });
  const name = result.code === 0 ? result.output.trim() : '';
  return name && name.length <= MAX_LENGTH ? name : undefined;
}

/** A flag (checked), a default, or a question with the same check. */
async function ask(
  ctx: Context,
  flagName: 'title' | 'author' | 'school',
  fallback: string,
  question: { message: MessageKey; placeholder: MessageKey; empty?: MessageKey },
) {
  const flag = ctx.flags[flagName];
  if (flag !== undefined) {
    const problem = textProblem(ctx, flag, question.empty);
    if (problem) throw new StepError(`--${flagName}: ${problem}`);
    return flag.trim();
  }
  if (ctx.useDefaults) return fallback;
  const answer = await ctx.prompt.text({
    message: ctx.t(question.message),
    placeholder: fallback || ctx.t(question.placeholder),
    ...(fallback ? { defaultValue: fallback } : {}),
    validate: (value) => textProblem(ctx, value || fallback, question.empty),
  });
  return (answer || fallback).trim();
}

/** Blog title, the teacher's name, school and subjects: what the new site shows about its author. */
export async function identity(ctx: Context): Promise<void> {
  const { flags } = ctx;
  if (ctx.answers.template?.kind === 'community') return communityIdentity(ctx);
  const knownName = flags.author?.trim() || (await gitUserName(ctx));
  const title = await ask(ctx, 'title', knownName ? `Blog ${knownName}` : ctx.lang === 'en' ? 'Teacher Blog' : 'Blog Guru', {
    message: 'identity.title',
    placeholder: 'identity.titlePlaceholder',
    empty: 'identity.titleEmpty',
  });
  const author = await ask(ctx, 'author', knownName ?? (ctx.lang === 'en' ? 'Teacher Name' : 'Nama Guru'), {
    message: 'identity.author',
    placeholder: 'identity.authorPlaceholder',
    empty: 'identity.authorEmpty',
  });
  const school = await ask(ctx, 'school', '', { message: 'identity.school', placeholder: 'identity.schoolPlaceholder' });

  let subjects: string[] = [];
  if (flags.mapel !== undefined) {
    const problem = subjectsProblem(ctx, flags.mapel);
    if (problem) throw new StepError(`--mapel: ${problem}`);
    subjects = (parseSubjects(flags.mapel) as { slugs: string[] }).slugs;
  } else if (!ctx.useDefaults) {
    subjects = await ctx.prompt.multiselect({
      message: ctx.t('identity.subjects'),
      placeholder: ctx.t('identity.subjectsPlaceholder'),
      options: subjectChoices(ctx.lang),
    });
  }
  Object.assign(ctx.answers, { title, author, school, subjects });
}

/** An organizer's directory: its name and who runs it (--title, --author); no school or subjects. */
async function communityIdentity(ctx: Context): Promise<void> {
  const title = await ask(ctx, 'title', ctx.lang === 'en' ? 'Teacher Blogs' : 'Blog Guru Komunitas', {
    message: 'identity.communityTitle',
    placeholder: 'identity.communityTitlePlaceholder',
    empty: 'identity.titleEmpty',
  });
  const author = await ask(ctx, 'author', (await gitUserName(ctx)) ?? title, {
    message: 'identity.organizer',
    placeholder: 'identity.organizerPlaceholder',
    empty: 'identity.authorEmpty',
  });
  Object.assign(ctx.answers, { title, author, school: '', subjects: [] });
}
