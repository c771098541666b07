// The editor's script is Decap CMS bundled once, when this package is built (scripts/build.mjs),
// not in every blog's build. A blog's build copies it under a name holding its content hash, so a
// browser never keeps an old editor next to a new page.
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AdminScript {
  /** The prebuilt bundle in this package. */
  file: string;
  /** Its name in the built site's assets folder. */
  name: string;
}

/** The prebuilt bundle, or undefined when this copy of the package was never built. */
export function findAdminScript(bundle = fileURLToPath(new URL('../../dist/cms/admin.js', import.meta.url))): AdminScript | undefined {
  if (!existsSync(bundle)) return undefined;
  const hash = createHash('sha256').update(readFileSync(bundle)).digest('base64url').slice(0, 10);
  return { file: bundle, name: `guru-blog-admin.${hash}.js` };
}

/** Where the admin page loads the script from: the site's assets folder, in a build and in dev. */
export function adminScriptSrc(script: AdminScript, base: string, assetsDir: string): string {
  return `${base.replace(/\/?$/, '/')}${assetsDir.replace(/^\/|\/$/g, '')}/${script.name}`;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * In `astro dev`, the script is sent as it is: through Vite's file route it would be transformed
 * (5.7 MB of minified code grew to 31 MB with its source map) on every fresh start.
 */
export function serveAdminScript(script: AdminScript, src: string): Middleware {
  return (req, res, next) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== src) return next();
    res.setHeader('content-type', 'text/javascript; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    createReadStream(script.file).pipe(res);
  };
}

/** Copies the script (and its licence notices) into the built site. */
export function publishAdminScript(script: AdminScript, outDir: string, assetsDir: string): void {
  const target = join(outDir, assetsDir);
  mkdirSync(target, { recursive: true });
  copyFileSync(script.file, join(target, script.name));
  if (existsSync(`${script.file}.LEGAL.txt`)) copyFileSync(`${script.file}.LEGAL.txt`, join(target, `${script.name}.LEGAL.txt`));
}
