import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/bench */
export const BENCH_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const REPO_ROOT = dirname(dirname(BENCH_ROOT));
/**
 * Scratch sites live inside packages/bench so Node resolution from them walks up to
 * packages/bench/node_modules (astro, sharp, @guru-blog/theme) under pnpm's layout.
 */
export const WORK_DIR = join(BENCH_ROOT, '.work');
export const TEMPLATES = {
  bare: join(BENCH_ROOT, 'src', 'bare-site'),
  theme: join(BENCH_ROOT, 'src', 'theme-site'),
  /** The theme with a lessons collection: the lesson corpus instead of posts. */
  themeLessons: join(BENCH_ROOT, 'src', 'theme-lessons-site'),
} as const;

export function astroBin(): string {
  const require = createRequire(join(BENCH_ROOT, 'package.json'));
  return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}
