import type { Translate } from '../i18n/index.ts';
import type { Problem } from './problem.ts';

/** `src/content/posts/halo.md:3: pubDate: harus …` — a warning says so before its text. */
export function formatProblem(problem: Problem, t: Translate): string {
  const kind = problem.severity === 'warning' ? `${t('check.warning')}: ` : '';
  return `${problem.file}:${problem.line}: ${kind}${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

export const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error');

/** Every problem, one line each, then one line saying what happens now (in dev: save, not run again). */
export function formatReport(problems: Problem[], t: Translate, where: 'run' | 'dev' = 'run'): string {
  if (problems.length === 0) return t('check.ok');
  const files = new Set(problems.map((p) => p.file)).size;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const last = errors
    ? t(where === 'dev' ? 'check.summary.errorsDev' : 'check.summary.errors', { errors, warnings, files })
    : t('check.summary.warnings', { warnings, files });
  return [...problems.map((p) => formatProblem(p, t)), last].join('\n');
}
