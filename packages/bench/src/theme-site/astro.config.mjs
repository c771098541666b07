// The same corpus built with the Guru Blog theme. GURU_BENCH_SEARCH=0 turns Pagefind off, so the
// bench can time the Astro build alone and the whole build with search indexing.
import guruBlog from '@guru-blog/theme';
import { defineConfig } from 'astro/config';

const search = process.env.GURU_BENCH_SEARCH !== '0';
// GURU_BENCH_CMS=1 adds the browser editor (/admin/), to time what it adds to a build.
const cms = process.env.GURU_BENCH_CMS === '1';

export default defineConfig({
  site: 'https://bench.example',
  integrations: [guruBlog({ title: 'Bench Guru', description: 'Benchmark', author: { name: 'Bu Bench' }, search, cms })],
});
