import { ACCENT_NAMES, type AccentName, DEFAULT_ACCENT } from '@guru-blog/theme/scaffold';
import { type Context, StepError } from '../context.ts';

/** The blog's colour: one of the theme's named accent presets (--warna), each readable in light and dark mode. */
export async function accent(ctx: Context): Promise<void> {
  const { flags } = ctx;
  // A community directory keeps the theme's default; its organizer changes it in the config.
  if (ctx.answers.template?.kind === 'community' && flags.warna === undefined) {
    ctx.answers.accent = DEFAULT_ACCENT;
    return;
  }
  if (flags.warna !== undefined) {
    const name = flags.warna.trim().toLowerCase();
    if (!(ACCENT_NAMES as readonly string[]).includes(name))
      throw new StepError(ctx.t('accent.unknown', { value: flags.warna, list: ACCENT_NAMES.join(', ') }));
    ctx.answers.accent = name;
    return;
  }
  if (ctx.useDefaults) {
    ctx.answers.accent = DEFAULT_ACCENT;
    return;
  }
  ctx.answers.accent = await ctx.prompt.select<AccentName>({
    message: ctx.t('accent.question'),
    options: ACCENT_NAMES.map((name) => ({ value: name, label: ctx.t(`accent.${name}`) })),
    initialValue: DEFAULT_ACCENT,
  });
}
