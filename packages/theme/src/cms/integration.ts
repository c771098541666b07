import type { AstroConfig, HookParameters } from 'astro';
import { AstroError } from 'astro/errors';
import { createTranslator, type Lang } from '../i18n/index.ts';
import { cmsCollectionsPlugin } from './vite-plugin.ts';

/** Packages the editor's page imports; a site with `cms: false` needs none of them. */
const BROWSER_PACKAGES = ['decap-cms-app', 'react', 'react-dom'];

function missingPackages(): string[] {
  return BROWSER_PACKAGES.filter((name) => {
    try {
      import.meta.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
}

/**
 * Adds /admin/ (the browser editor) when the `cms` option is on, and returns the Vite plugin its
 * page reads the site's content config through. Nothing is added, resolved or bundled when it is off.
 */
export function setupCms(
  enabled: boolean,
  lang: Lang,
  config: AstroConfig,
  injectRoute: HookParameters<'astro:config:setup'>['injectRoute'],
): ReturnType<typeof cmsCollectionsPlugin>[] {
  if (!enabled) return [];
  const missing = missingPackages();
  if (missing.length) {
    const t = createTranslator(lang);
    throw new AstroError(t('cms.error.missing', { packages: missing.join(' ') }));
  }
  injectRoute({ pattern: '/admin', entrypoint: new URL('./admin.astro', import.meta.url), prerender: true });
  return [cmsCollectionsPlugin(config.srcDir, config.root)];
}
