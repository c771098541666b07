// The content checker inside Astro: before a build (unless `guru-blog build` just ran it) and on
// every save in dev, where a page listing the problems replaces the stale page until they are fixed.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { CHECK_STATE_PATH, devProblemsPage } from '../check/dev-page.ts';
import { checkContent, type Problem } from '../check/index.ts';
import { formatProblem, formatReport, hasErrors } from '../check/report.ts';
import { createTranslator } from '../i18n/index.ts';
import type { GuruBlogOptions } from '../options.ts';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** Set by `guru-blog build`, which has just checked and printed the same problems. */
export const CHECKED_ENV = 'GURU_BLOG_CHECKED';

/** Checks before a build; on errors prints them (no stack trace, no Astro wrapper) and exits 1. */
export function checkBeforeBuild(root: URL, publicDir: URL, options: GuruBlogOptions): void {
  if (process.env[CHECKED_ENV]) return;
  const problems = checkContent({
    root: fileURLToPath(root),
    publicDir: fileURLToPath(publicDir),
    lang: options.lang,
    strings: options.strings,
    subjects: options.subjects,
  });
  if (problems.length === 0) return;
  const t = createTranslator(options.lang, options.strings);
  process.stderr.write(`${formatReport(problems, t)}\n`);
  if (hasErrors(problems)) process.exit(1);
}

/** Re-checks on every change under src/content and serves the problems page while there are errors. */
export function checkInDev(server: DevServer, root: URL, publicDir: URL, options: GuruBlogOptions, logger: AstroIntegrationLogger): void {
  const t = createTranslator(options.lang, options.strings);
  const rootPath = fileURLToPath(root);
  let problems: Problem[] = [];
  let version = 0;
  let said = '';
  let started = false;
  const run = () => {
    const before = hasErrors(problems);
    problems = checkContent({ root: rootPath, publicDir: fileURLToPath(publicDir), lang: options.lang, strings: options.strings, subjects: options.subjects });
    const text = problems.map((p) => formatProblem(p, t)).join('\n');
    if (text === said) return;
    said = text;
    version += 1;
    if (problems.length) logger.warn(`\n${formatReport(problems, t, 'dev')}`);
    else if (version > 1) logger.info(t('check.ok'));
    // A tab open on a page keeps showing it when the entry fails Astro's schema (the loader keeps
    // the old data and reloads nothing): reload it, so it gets the problems page. The problems
    // page reloads itself when they are fixed (it has no Vite client).
    if (started && (before || hasErrors(problems))) server.hot.send({ type: 'full-reload', path: '*' });
  };
  run();
  started = true;
  let timer: NodeJS.Timeout | undefined;
  server.watcher.on('all', (_event, path) => {
    if (!/[\\/]src[\\/]content[\\/]/.test(path) && !/[\\/]public[\\/]/.test(path)) return;
    clearTimeout(timer);
    timer = setTimeout(run, 50);
  });
  server.middlewares.use((req, res, next) => {
    if (req.url?.startsWith(CHECK_STATE_PATH)) {
      res.setHeader('content-type', 'application/json');
      res.setHeader('cache-control', 'no-store');
      res.end(JSON.stringify({ version, errors: problems.filter((p) => p.severity === 'error').length }));
      return;
    }
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    if (!wantsPage || !hasErrors(problems)) return next();
    res.statusCode = 500;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(devProblemsPage(problems, version, options.lang, t));
  });
}
