import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AstroConfig } from 'astro';
import { EMBED_FRAME_HOSTS } from '../embeds/parse.ts';
import { FACADE_CSS } from '../embeds/render.ts';
import { THEME_SCRIPT } from '../scripts/theme-script.ts';

/**
 * Astro's built-in CSP hashes the scripts and styles it bundles. We add what the theme needs
 * beyond that: the hashes of the inline dark-mode and search scripts (Astro does not hash
 * `is:inline` ones),
 * 'self' for the search page's module and Pagefind's own script, and 'wasm-unsafe-eval' because
 * Pagefind searches with WebAssembly. Nothing else may run. Frames only from the embed hosts
 * (YouTube without cookies, Google Docs/Drive, Canva, Wordwall, Quizizz/Wayground, Padlet,
 * GeoGebra, PhET), the hosts the site added (`embedHosts`) and the site itself (its own PDFs).
 * The embed facades are `srcdoc` iframes whose documents inherit this policy: their one constant
 * <style> (FACADE_CSS) is allowed by its hash. Audio and video may come from any https site.
 *
 * Style *attributes* are allowed (`style-src-attr 'unsafe-inline'`), <style> elements and
 * stylesheets stay locked to the site and hashes. What teachers write needs them: a GFM table's
 * column alignment, highlighted code, and `style="…"` in pasted HTML all come out as attributes,
 * and would otherwise be dropped with an error in the console. An attribute cannot run script, and
 * reading page data through CSS needs selectors, which only a stylesheet has.
 */
export function cspConfig(embedHosts: readonly string[] = []): NonNullable<AstroConfig['security']>['csp'] {
  const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}` as const;
  const searchScript = readFileSync(new URL('../scripts/search-client.js', import.meta.url), 'utf8');
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' data: https:",
      `frame-src 'self' ${[...EMBED_FRAME_HOSTS, ...embedHosts].map((host) => `https://${host}`).join(' ')}`,
      // Audio and video a teacher links from another site (a podcast episode, a school server).
      "media-src 'self' https:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [hash(THEME_SCRIPT), hash(searchScript)] },
    // No default resource here: Astro then keeps `style-src 'self'` for elements by itself.
    styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }], hashes: [hash(FACADE_CSS)] },
  };
}
