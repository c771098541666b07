import { checkContent } from '../check/index.ts';
import { formatReport, hasErrors } from '../check/report.ts';
import { createTranslator } from '../i18n/index.ts';
import { checkAllowed, type ParsedArgs } from './args.ts';
import { type Context, EXIT } from './context.ts';
import { siteOptions } from './site-settings.ts';

/**
 * `guru-blog check`: every problem of the site's posts and lessons, in the site's language (an
 * explicit --lang wins), exit 1 when one is an error. Returns the exit code.
 */
export async function checkCommand(args: ParsedArgs, ctx: Context): Promise<number> {
  checkAllowed(args, [], 'check', 'guru-blog --help');
  return runCheck(ctx, args.given.includes('lang'));
}

export async function runCheck(ctx: Context, langGiven: boolean): Promise<number> {
  const site = await siteOptions(ctx.io.cwd);
  const lang = langGiven || !site ? ctx.lang : site.lang;
  const problems = checkContent({ root: ctx.io.cwd, lang, ...(site ? { strings: site.strings, subjects: site.subjects } : {}) });
  const report = formatReport(problems, createTranslator(lang, site?.strings));
  if (hasErrors(problems)) {
    ctx.io.stderr(`${report}\n`);
    return EXIT.user;
  }
  (problems.length ? ctx.io.stderr : ctx.io.stdout)(`${report}\n`);
  return EXIT.ok;
}
