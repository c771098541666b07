// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { generatedPages } from './src/generate/integration.ts';
import { sidebar } from './src/sidebar.ts';

// Indonesian at the root, English under /en/: teachers read Indonesian first. A page missing in
// English falls back to the Indonesian one with a notice.
export default defineConfig({
  site: 'https://guru-blog.github.io',
  integrations: [
    // Writes the reference and troubleshooting pages from the code before the content is read.
    generatedPages(),
    starlight({
      title: { id: 'Guru Blog', en: 'Guru Blog' },
      description: 'Panduan Guru Blog: dari nol sampai blog belajar terbit.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Bahasa Indonesia', lang: 'id' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar,
      lastUpdated: false,
      pagination: true,
      customCss: ['./src/styles/docs.css'],
      // Long messages and help texts wrap instead of scrolling sideways on a phone.
      expressiveCode: { defaultProps: { wrap: true } },
      // A broken internal link (or anchor) fails the build.
      plugins: [starlightLinksValidator({ errorOnRelativeLinks: false, errorOnLocalLinks: false, errorOnFallbackPages: false })],
    }),
  ],
});
