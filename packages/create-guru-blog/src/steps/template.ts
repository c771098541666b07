import { type Context, StepError } from '../context.ts';

/** blog (a teacher) or community (an organizer): whatever templates this package bundles. */
export async function template(ctx: Context): Promise<void> {
  const { templates, flags, lang } = ctx;
  const names = templates.map((t) => t.name);
  if (flags.template !== undefined) {
    const wanted = flags.template.trim().toLowerCase();
    const found = templates.find((t) => t.name === wanted);
    if (!found) throw new StepError(ctx.t('template.unknown', { name: flags.template, list: names.join(', ') }));
    ctx.answers.template = found;
    return;
  }
  if (ctx.useDefaults || templates.length === 1) {
    ctx.answers.template = templates[0]!;
    return;
  }
  const name = await ctx.prompt.select({
    message: ctx.t('template.question'),
    options: templates.map((t) => ({ value: t.name, label: t.label[lang], hint: t.hint[lang] })),
    initialValue: templates[0]!.name,
  });
  ctx.answers.template = templates.find((t) => t.name === name)!;
}
