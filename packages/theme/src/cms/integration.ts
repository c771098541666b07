import type { AstroConfig, HookParameters } from 'astro';
import { AstroError } from 'astro/errors';
import { createTranslator, type Lang } from '../i18n/index.ts';
import { adminScriptSrc, findAdminScript, publishAdminScript, serveAdminScript } from './admin-script.ts';
import { cmsCollectionsPlugin } from './vite-plugin.ts';

export interface CmsSetup {
  /** The Vite plugin the admin page reads the site's content config through. */
  plugins: ReturnType<typeof cmsCollectionsPlugin>[];
  /** Serves the editor's prebuilt script in `astro dev`, at the address the admin page loads it from. */
  serve?: ReturnType<typeof serveAdminScript>;
  /** Copies the script into the built site (its output folder), at that same address. */
  publish?: (outDir: string) => void;
}

/**
 * Adds /admin/ (the browser editor) when the `cms` option is on. Nothing is added when it is off.
 */
export function setupCms(enabled: boolean, lang: Lang, config: AstroConfig, injectRoute: HookParameters<'astro:config:setup'>['injectRoute']): CmsSetup {
  if (!enabled) return { plugins: [] };
  const script = findAdminScript();
  // Only a copy of the theme taken from its source without a build lacks it (a published package has it).
  if (!script) throw new AstroError(createTranslator(lang)('cms.error.unbuilt'));
  injectRoute({ pattern: '/admin', entrypoint: new URL('./admin.astro', import.meta.url), prerender: true });
  const src = adminScriptSrc(script, config.base, config.build.assets);
  return {
    plugins: [cmsCollectionsPlugin(config.srcDir, config.root, src)],
    serve: serveAdminScript(script, src),
    publish: (outDir) => publishAdminScript(script, outDir, config.build.assets),
  };
}
