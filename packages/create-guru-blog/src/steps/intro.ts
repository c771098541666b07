import type { Context } from '../context.ts';

/** Greets, and says so when answers come from defaults because there is no terminal to ask in. */
export async function intro(ctx: Context): Promise<void> {
  ctx.prompt.intro(ctx.t('intro.title'));
  if (ctx.useDefaults && !ctx.flags.yes) ctx.prompt.info(ctx.t('intro.nonInteractive'));
}
