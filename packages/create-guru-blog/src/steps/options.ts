import { type Context, DEPLOY_TARGETS, type DeployTarget, StepError } from '../context.ts';

const DEPLOY_ALIASES: Record<string, DeployTarget> = {
  github: 'github-pages',
  'gh-pages': 'github-pages',
  ghpages: 'github-pages',
  pages: 'github-pages',
  cloudflare: 'cloudflare-pages',
  cf: 'cloudflare-pages',
  semua: 'all',
  template: 'all',
  tidak: 'none',
  nanti: 'none',
  no: 'none',
};

export function parseDeploy(value: string): DeployTarget | undefined {
  const key = value.trim().toLowerCase();
  return (DEPLOY_TARGETS as readonly string[]).includes(key) ? (key as DeployTarget) : DEPLOY_ALIASES[key];
}

async function yesNo(ctx: Context, flag: boolean | undefined, fallback: boolean, message: string): Promise<boolean> {
  if (flag !== undefined) return flag;
  if (ctx.useDefaults) return fallback;
  return ctx.prompt.confirm({ message, initialValue: fallback });
}

/** CMS (when the template has one), where to publish, install now, Git. */
export async function options(ctx: Context): Promise<void> {
  const { flags, answers } = ctx;
  const template = answers.template!;

  // The browser CMS is a template feature; a template without it is not asked about it.
  if (template.features.includes('cms')) {
    // On without a question: the editor costs readers nothing, and many teachers never open a
    // terminal; --no-cms leaves it out (and its packages with it).
    answers.cms = flags.cms ?? true;
  } else {
    if (flags.cms === true) ctx.prompt.warn(ctx.t('options.cmsUnavailable', { template: template.name }));
    answers.cms = false;
  }

  if (flags.deploy !== undefined) {
    const deploy = parseDeploy(flags.deploy);
    if (!deploy) throw new StepError(ctx.t('options.deployUnknown', { value: flags.deploy, list: DEPLOY_TARGETS.join(', ') }));
    answers.deploy = deploy;
  } else if (ctx.useDefaults) {
    answers.deploy = 'none';
  } else {
    answers.deploy = await ctx.prompt.select({
      message: ctx.t('options.deploy'),
      options: DEPLOY_TARGETS.map((target) => ({ value: target, label: ctx.t(`deploy.${target}`), hint: ctx.t(`deploy.${target}Hint`) })),
      initialValue: 'netlify' as DeployTarget,
    });
  }

  answers.install = await yesNo(ctx, flags.install, true, ctx.t('options.install', { pm: ctx.pm.name }));
  answers.git = await yesNo(ctx, flags.git, true, ctx.t('options.git'));
}
