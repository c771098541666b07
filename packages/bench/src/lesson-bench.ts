/**
 * Build cost of lessons against posts: N lessons vs the same N bodies as posts, both with the
 * theme and without Pagefind, alternating runs. Prints `lessons/posts build ratio at N: X.XX`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchArgs, runsFor } from './args.ts';
import { buildOnce, parsePages, type Variant } from './build-bench.ts';
import { generateCorpus } from './corpus.ts';
import { generateLessonCorpus } from './lesson-corpus.ts';
import { WORK_DIR } from './paths.ts';
import { prepareSite } from './sites.ts';
import { median } from './stats.ts';

const POSTS: Variant = { name: 'theme (posts)', site: 'theme', search: false };
const LESSONS: Variant = { name: 'theme (lessons)', site: 'themeLessons', search: false };

export async function runLessonBench(args: BenchArgs): Promise<boolean> {
  const n = args.quick ? 100 : Math.max(...args.sizes);
  console.log(`\n== Lessons vs posts (N=${n}, theme without Pagefind) ==`);
  const postsCorpus = join(WORK_DIR, `corpus-${n}`);
  if (!existsSync(join(postsCorpus, 'src', 'content', 'posts'))) await generateCorpus({ n, seed: args.seed, outDir: postsCorpus });
  const lessonsCorpus = join(WORK_DIR, `lessons-corpus-${n}`);
  await generateLessonCorpus({ n, seed: args.seed, outDir: lessonsCorpus });
  const sites = { posts: join(WORK_DIR, `theme-posts-${n}`), lessons: join(WORK_DIR, `theme-lessons-${n}`) };
  prepareSite('theme', sites.posts, postsCorpus);
  prepareSite('themeLessons', sites.lessons, lessonsCorpus);

  const wall: Record<'posts' | 'lessons', number[]> = { posts: [], lessons: [] };
  let ok = true;
  for (let run = 1; run <= runsFor(args, n); run++) {
    for (const [key, variant] of [
      ['posts', POSTS],
      ['lessons', LESSONS],
    ] as const) {
      const m = await buildOnce(sites[key], variant);
      const pages = parsePages(`${m.stdout}\n${m.stderr}`);
      ok &&= m.exitCode === 0;
      if (m.exitCode === 0) wall[key].push(m.wallMs);
      else console.log(`  ${variant.name} build failed:\n${m.stderr.split('\n').slice(-15).join('\n')}`);
      console.log(`  run ${run} ${variant.name.padEnd(16)} ${m.exitCode === 0 ? 'ok  ' : 'FAIL'} ${(m.wallMs / 1000).toFixed(2)} s, ${pages ?? '-'} pages`);
    }
  }
  const ratio = median(wall.lessons) / median(wall.posts);
  console.log(`lessons/posts build ratio at ${n}: ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a (a build failed)'}`);
  return ok;
}
