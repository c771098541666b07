import type { CmsOptions } from './options.ts';

/**
 * What the editor needs beyond a page's usual policy, measured in Chromium: ajv compiles Decap's
 * config schema with `new Function` ('unsafe-eval'), emotion writes <style> elements at run time
 * ('unsafe-inline' styles), image previews are blob: URLs, and the editor talks to the local file
 * server on 127.0.0.1 (`npm run cms`) or to the Git host's API once published, and reads the
 * photos a teacher picks back from blob: URLs with fetch().
 */
export function adminCspNeeds(cms: CmsOptions, localPort: number) {
  const api: Record<CmsOptions['backend']['name'], string[]> = {
    github: ['https://api.github.com'],
    gitlab: ['https://gitlab.com'],
    gitea: [],
    'git-gateway': [],
  };
  return {
    // 'self': the editor's script is a file of the site's own.
    script: ["'self'", "'unsafe-eval'"],
    style: ["'self'", "'unsafe-inline'"],
    img: "img-src 'self' data: blob: https:",
    connect: `connect-src 'self' blob: http://127.0.0.1:${localPort} ${api[cms.backend.name].join(' ')}`.trim(),
  };
}

/** The whole policy, for a build where Astro adds none (a site with `csp: false`). */
export function adminCspMeta(cms: CmsOptions, localPort: number): string {
  const needs = adminCspNeeds(cms, localPort);
  return [
    "default-src 'self'",
    `script-src ${needs.script.join(' ')}`,
    `style-src ${needs.style.join(' ')}`,
    needs.img,
    needs.connect,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
