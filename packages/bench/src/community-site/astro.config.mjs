// The community site the scale benchmark builds: the package's defaults, nothing site-specific.
import { guruCommunity } from '@guru-blog/community';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://bench.example.or.id',
  integrations: [guruCommunity({ title: 'Bench Komunitas', organizer: 'Bench' })],
});
