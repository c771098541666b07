import type { AstroConfig } from 'astro';

/**
 * Astro's built-in CSP hashes every script and style it emits. We add what the theme needs beyond
 * that: 'self' for the search page's bundled module and Pagefind's own script, and
 * 'wasm-unsafe-eval' because Pagefind searches with WebAssembly. Nothing else may run.
 */
export function cspConfig(): NonNullable<AstroConfig['security']>['csp'] {
  return {
    algorithm: 'SHA-256',
    directives: ["default-src 'self'", "img-src 'self' data: https:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    styleDirective: { resources: ["'self'"] },
  };
}
