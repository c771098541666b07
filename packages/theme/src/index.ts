import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { type CmsSetup, setupCms } from './cms/integration.ts';
import { createTranslator } from './i18n/index.ts';
import { buildConfig } from './integration/build-concurrency.ts';
import { checkBeforeBuild, checkInDev } from './integration/content-check.ts';
import { cspConfig } from './integration/csp.ts';
import { moveCspMetaFirst } from './integration/csp-first.ts';
import { imageConfig } from './integration/images.ts';
import { applyMarkdownPlugins } from './integration/markdown.ts';
import { capturingPrerenderer, type PageCapture } from './integration/page-capture.ts';
import {
  addRenderedPage,
  finishPagefind,
  indexWrittenPages,
  type PagefindSession,
  type SearchRecordSource,
  searchRecordSources,
  startPagefind,
} from './integration/pagefind.ts';
import { pagefindRuns } from './integration/pagefind-runs.ts';
import { readSiteRedirects } from './integration/redirects.ts';
import { routesToInject, siteDefinesCollection } from './integration/routes.ts';
import type { SearchPage } from './integration/search-pages.ts';
import { sanitizeBuiltSvgs } from './integration/svg-sanitize.ts';
import { type RuntimeConfig, virtualModulesPlugin } from './integration/virtual-modules.ts';
import { type GuruBlogOptions, type GuruBlogUserOptions, optionsSchema } from './options.ts';
import { formatOptionsError } from './options-error.ts';

export type { GuruBlogOptions, GuruBlogUserOptions } from './options.ts';

/** Key of the validated options on the integration object (read by `guru-blog check`). */
export const SITE_OPTIONS = Symbol.for('guru-blog.site-options');

/** Validates `guruBlog({...})`; a bad option stops with a message in the site's language. */
export function parseOptions(input: unknown): GuruBlogOptions {
  const parsed = optionsSchema.safeParse(input ?? {}, { reportInput: true });
  if (parsed.success) return parsed.data;
  const lang = (input as { lang?: unknown } | undefined)?.lang;
  throw new AstroError(
    formatOptionsError(parsed.error, lang),
    lang === 'en' ? 'See the Guru Blog README for every option.' : 'Lihat README Guru Blog untuk daftar semua pengaturan.',
  );
}

/**
 * The Guru Blog theme: `integrations: [guruBlog({ title, author: { name } })]` in astro.config.
 * It adds MDX and the sitemap when the site has not, injects the blog's routes, and indexes the
 * built site with Pagefind.
 */
export default function guruBlog(userOptions: GuruBlogUserOptions): AstroIntegration {
  const options = parseOptions(userOptions);
  let outDir = '';
  let hasAdapter = false;
  let sources: SearchRecordSource[] = [];
  let session: PagefindSession | undefined;
  let root: URL | undefined;
  let publicDir: URL | undefined;
  let base = '/';
  let capture: PageCapture | undefined;
  /** Whether Pagefind's program runs, checked while Astro syncs content (pagefind-runs.ts). */
  let searchRuns: Promise<string | undefined> | undefined;
  let cms: CmsSetup = { plugins: [] };
  const t = createTranslator(options.lang, options.strings);
  const integration: AstroIntegration = {
    name: '@guru-blog/theme',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute, logger, command }) => {
        if (command === 'build') checkBeforeBuild(config.root, config.publicDir, options);
        if (command === 'build' && options.search) searchRuns = pagefindRuns();
        root = config.root;
        publicDir = config.publicDir;
        const { components: _c, customCss: _css, ...rest } = options;
        const hasLessons = siteDefinesCollection(config.srcDir, 'lessons');
        const routes = { ...options.routes, lessons: options.routes.lessons && hasLessons };
        const runtime: RuntimeConfig = {
          ...rest,
          routes,
          hasLessons,
          site: config.site?.replace(/\/$/, ''),
          base: config.base,
          publicDir: fileURLToPath(config.publicDir),
        };

        const { inject, skipped } = routesToInject(routes, new URL('./pages/', config.srcDir));
        for (const route of inject) injectRoute({ ...route, prerender: true });
        if (!existsSync(new URL('./favicon.svg', config.publicDir))) {
          injectRoute({ pattern: '/favicon.svg', entrypoint: new URL('./routes/favicon.svg.ts', import.meta.url), prerender: true });
        }
        if (skipped.length) logger.info(t('build.pagesReplaced', { list: skipped.join(', ') }));

        const has = (name: string) => config.integrations.some((i) => i.name === name);
        const integrations: AstroIntegration[] = [];
        if (!has('@astrojs/mdx')) integrations.push(mdx());
        if (config.site && !has('@astrojs/sitemap')) integrations.push(sitemap({ filter: (page) => !/\/(404|admin)\/?$/.test(page) }));
        else if (!config.site && command === 'build') logger.warn(t('build.siteNotSet'));

        applyMarkdownPlugins(config, logger, t, options.embedHosts);
        const redirects = readSiteRedirects(config.root, (message) => logger.warn(message));
        cms = setupCms(Boolean(options.cms), options.lang, config, injectRoute);
        updateConfig({
          ...(Object.keys(redirects).length ? { redirects: { ...redirects, ...config.redirects } } : {}),
          integrations,
          image: imageConfig(config),
          ...buildConfig(config),
          vite: { plugins: [virtualModulesPlugin(options, runtime, config.root), ...cms.plugins] },
          ...(options.csp && !config.security?.csp ? { security: { csp: cspConfig(options.embedHosts) } } : {}),
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        if (root && publicDir) checkInDev(server, root, publicDir, options, logger);
        if (cms.serve) server.middlewares.use(cms.serve);
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        hasAdapter = Boolean(config.adapter);
        // Integrations that give search records (searchRecordSources), in any order in `integrations`.
        sources = searchRecordSources(config.integrations);
      },
      'astro:build:start': async ({ logger, setPrerenderer }) => {
        if (!options.search) {
          if (sources.length) logger.warn(t('build.searchOffRecords', { sources: sources.map((s) => s.name).join(', ') }));
        } else {
          const problem = await searchRuns;
          if (problem !== undefined) {
            logger.error(t('build.searchCannotRun', { detail: problem }));
            process.exit(1);
          }
          session = await startPagefind(outDir, logger, sources, t);
        }
        // Only on a static site: an adapter may bring its own prerenderer, which this would replace;
        // there the written pages are read again after the build instead.
        if (hasAdapter) return;
        const started = session;
        capture = { moveCspMeta: options.csp, base, ...(started ? { search: (page: SearchPage) => addRenderedPage(started, page) } : {}) };
        const seen = capture;
        // Pagefind indexes each page as it is rendered; once the last is written, it writes its
        // bundle while Astro encodes images.
        setPrerenderer((astroDefault) =>
          capturingPrerenderer(astroDefault, seen, () => {
            if (started) indexWrittenPages(started);
          }),
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        await sanitizeBuiltSvgs(fileURLToPath(dir));
        cms.publish?.(fileURLToPath(dir));
        if (options.csp && !capture?.moveCspMeta) await moveCspMetaFirst(fileURLToPath(dir));
        if (!options.search) return;
        // fileURLToPath, not URL.pathname: a teacher's folder may be called "Blog Saya".
        await finishPagefind(session, fileURLToPath(dir), logger, sources, t);
        session = undefined;
      },
    },
  };
  // `guru-blog check` reads the site's language and subjects from here after importing astro.config.
  Object.defineProperty(integration, SITE_OPTIONS, { value: options });
  return integration;
}
