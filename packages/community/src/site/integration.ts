// guruCommunity(): a directory site of members' blogs in the Guru Blog theme's look. It adds the
// theme (its own blog routes off, the directory's links in the header), injects the directory's
// pages and feeds, and puts member posts into the search index.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import guruBlog from '@guru-blog/theme';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { type CommunityComponent, type CommunityOptions, type CommunityUserOptions, communityOptionsSchema } from './options.ts';
import { indexMemberPosts } from './search.ts';
import { words } from './words.ts';

const VIRTUAL = 'virtual:guru-community/config';
const COMPONENT_PREFIX = 'virtual:guru-community/components/';

export interface CommunityRuntime extends CommunityOptions {
  root: string;
  site?: string;
}

const ROUTES: [string, string][] = [
  ['/', 'river.astro'],
  ['/terbaru/[page]', 'river-page.astro'],
  ['/anggota', 'members.astro'],
  ['/anggota/[facet]/[value]', 'members-filter.astro'],
  ['/anggota/[id]', 'member.astro'],
  ['/kesehatan', 'health.astro'],
  ['/statistik', 'stats.astro'],
  ['/feed.xml', 'feed-rss.ts'],
  ['/atom.xml', 'feed-atom.ts'],
  ['/feed.json', 'feed-json.ts'],
  ['/anggota.opml', 'opml.ts'],
];

export default function guruCommunity(userOptions: CommunityUserOptions): AstroIntegration {
  const parsed = communityOptionsSchema.safeParse(userOptions);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new AstroError(`guruCommunity(): ${lines.join('\n')}`, 'Lihat README @guru-blog/community untuk semua pengaturan.');
  }
  const options = parsed.data;
  const w = words(options.lang, options.strings);
  let root = '';
  return {
    name: '@guru-blog/community',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
        root = fileURLToPath(config.root);
        const runtime: CommunityRuntime = { ...options, root, ...(config.site ? { site: config.site } : {}) };
        for (const [pattern, file] of ROUTES) injectRoute({ pattern, entrypoint: new URL(`./routes/${file}`, import.meta.url), prerender: true });
        updateConfig({
          integrations: [
            guruBlog({
              title: options.title,
              description: options.description,
              lang: options.lang,
              timeZone: options.timeZone,
              author: { name: options.organizer },
              // The posts are the members', not the organizer's: the footer says whose terms apply.
              strings: { 'site.footer.license': w('footer.license') },
              customCss: [fileURLToPath(new URL('./community.css', import.meta.url))],
              routes: { home: false, posts: false, lessons: false, tags: false, archive: false, about: false, rss: false },
              nav: [
                { label: w('nav.home'), href: '/' },
                { label: w('nav.members'), href: '/anggota/' },
                { label: w('nav.stats'), href: '/statistik/' },
                { label: w('nav.health'), href: '/kesehatan/' },
              ],
            }),
          ],
          vite: {
            plugins: [
              {
                name: 'guru-community-config',
                resolveId: (id: string) => (id === VIRTUAL || id.startsWith(COMPONENT_PREFIX) ? `\0${id}` : undefined),
                load: (id: string) => {
                  if (id === `\0${VIRTUAL}`) return `export default ${JSON.stringify(runtime)};`;
                  if (!id.startsWith(`\0${COMPONENT_PREFIX}`)) return undefined;
                  const name = id.slice(COMPONENT_PREFIX.length + 1) as CommunityComponent;
                  const own = options.components[name];
                  const target = own ? resolve(root, own) : fileURLToPath(new URL(`./components/${name}.astro`, import.meta.url));
                  return `export { default } from ${JSON.stringify(target)};`;
                },
              },
            ],
          },
        });
      },
      // The theme asks for member posts while it builds its search index (and says so when search
      // is off), whatever the order of the integrations.
      'guru-blog:search:records': async ({ addRecords, logger }) => {
        const started = performance.now();
        const count = await indexMemberPosts(options, root, addRecords);
        logger.info(w('log.searchRecords', { count, ms: Math.round(performance.now() - started) }));
      },
    },
  };
}
