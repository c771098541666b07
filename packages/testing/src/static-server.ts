// A tiny static host for built sites: behaves like Netlify / GitHub Pages closely enough
// that a page passing here loads the same way once deployed.
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeFor, isCompressible } from './content-types.ts';

export interface StaticServerOptions {
  /**
   * Gzip text responses when the client's Accept-Encoding allows it. Off by default so
   * `content-length` is the file's raw size, which is what page-weight budgets are written in.
   */
  gzip?: boolean;
  /** Serve the site under this path, as GitHub Pages serves a project site (`/repo`). */
  base?: string;
}

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Ctx {
  root: string;
  gzip: boolean;
  /** '' or a path without a trailing slash, e.g. `/blog-bu-ani`. */
  base: string;
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

function sendText(req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(`${text}\n`);
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, ...headers });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** q-value aware: `gzip;q=0` is a refusal, and an explicit gzip entry overrides `*`. */
function acceptsGzip(header: string | undefined): boolean {
  let gzip: number | undefined;
  let star: number | undefined;
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (name === 'gzip') gzip = q;
    else if (name === '*') star = q;
  }
  return (gzip ?? star ?? 0) > 0;
}

async function sendFile(ctx: Ctx, req: IncomingMessage, res: ServerResponse, file: string, status = 200): Promise<void> {
  // Symlinks must not lead out of the site either.
  if (!isInside(ctx.root, await realpath(file))) return sendText(req, res, 403, 'Forbidden');
  const type = contentTypeFor(file);
  let body = await readFile(file);
  const headers: Record<string, string | number> = {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    // Make a wrong Content-Type fail here the way it would in a strict browser.
    'X-Content-Type-Options': 'nosniff',
  };
  if (ctx.gzip && isCompressible(type)) {
    headers.Vary = 'Accept-Encoding';
    if (acceptsGzip(req.headers['accept-encoding'])) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function sendNotFound(ctx: Ctx, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const page = join(ctx.root, '404.html');
  if ((await statOrNull(page))?.isFile()) return sendFile(ctx, req, res, page, 404);
  return sendText(req, res, 404, 'Not Found');
}

async function handle(ctx: Ctx, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendText(req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }
  const rawUrl = req.url ?? '/';
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '/';
  const query = rawUrl.slice(rawPath.length);
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return sendText(req, res, 400, 'Bad Request');
  }
  if (!pathname.startsWith('/') || pathname.includes('\0')) return sendText(req, res, 400, 'Bad Request');
  if (ctx.base) {
    if (pathname === ctx.base) return sendText(req, res, 301, 'Moved Permanently', { Location: `${ctx.base}/${query}` });
    if (!pathname.startsWith(`${ctx.base}/`)) return sendText(req, res, 404, 'Not Found');
    pathname = pathname.slice(ctx.base.length);
  }

  // Decoded first, so `%2e%2e` and `..%2f` are caught too.
  const target = resolve(ctx.root, `.${pathname}`);
  if (!isInside(ctx.root, target)) return sendText(req, res, 403, 'Forbidden');

  const info = await statOrNull(target);
  if (info?.isDirectory()) {
    if (!rawPath.endsWith('/')) {
      // Leading slashes collapsed so `//evil.example` cannot become an off-site redirect.
      const location = `/${rawPath.replace(/^\/+/, '')}/${query}`;
      return sendText(req, res, 301, `Moved Permanently: ${location}`, { Location: location });
    }
    const index = join(target, 'index.html');
    if ((await statOrNull(index))?.isFile()) return sendFile(ctx, req, res, index);
    return sendNotFound(ctx, req, res);
  }
  if (info?.isFile()) return sendFile(ctx, req, res, target);
  // GitHub Pages and Netlify both answer `/about` with `about.html` (Astro's build.format: 'file').
  if (!rawPath.endsWith('/') && (await statOrNull(`${target}.html`))?.isFile()) {
    return sendFile(ctx, req, res, `${target}.html`);
  }
  return sendNotFound(ctx, req, res);
}

/** Serves `dir` on 127.0.0.1 (random free port) until `close()`. */
export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const ctx: Ctx = { root: await realpath(resolve(dir)), gzip: options.gzip ?? false, base: (options.base ?? '').replace(/\/+$/, '') };
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else sendText(req, res, 500, `Internal Server Error: ${String(error)}`);
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        // Browsers keep connections alive; without this close() waits for their idle timeout.
        server.closeAllConnections();
      }),
  };
}
