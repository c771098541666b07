import { createHash } from 'node:crypto';
import type { AstroConfig } from 'astro';
import { THEME_SCRIPT } from '../scripts/theme-script.ts';

/**
 * Astro's built-in CSP hashes the scripts and styles it bundles. We add what the theme needs
 * beyond that: the hash of the inline dark-mode script (Astro does not hash `is:inline` ones),
 * 'self' for the search page's module and Pagefind's own script, and 'wasm-unsafe-eval' because
 * Pagefind searches with WebAssembly. Nothing else may run.
 */
export function cspConfig(): NonNullable<AstroConfig['security']>['csp'] {
  const themeScriptHash = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
  return {
    algorithm: 'SHA-256',
    directives: ["default-src 'self'", "img-src 'self' data: https:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeScriptHash] },
    styleDirective: { resources: ["'self'"] },
  };
}
