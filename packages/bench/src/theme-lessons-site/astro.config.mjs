// The same corpus built with the Guru Blog theme. GURU_BENCH_SEARCH=0 turns Pagefind off, so the
// bench can time the Astro build alone and the whole build with search indexing.
import guruBlog from '@guru-blog/theme';
import { defineConfig } from 'astro/config';

const search = process.env.GURU_BENCH_SEARCH !== '0';

export default defineConfig({
  site: 'https://bench.example',
  integrations: [guruBlog({ title: 'Bench Guru', description: 'Benchmark', author: { name: 'Bu Bench' }, search })],
});
