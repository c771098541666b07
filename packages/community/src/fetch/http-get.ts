// One polite GET with everything a feed fetcher needs and nothing it should not do: honest
// User-Agent, conditional headers, manual redirects (≤ 5, every hop re-checked), a deadline for
// the whole exchange (slow-drip bodies included), and caps on the bytes received and on the bytes
// after decompression (gzip bombs).
import http from 'node:http';
import https from 'node:https';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { BlockedError, checkUrl, type GuardOptions, guardedLookup } from './url-guard.ts';

export interface GetOptions extends GuardOptions {
  userAgent: string;
  accept: string;
  etag?: string;
  lastModified?: string;
  /** Whole exchange, all redirects included. */
  timeoutMs: number;
  /** Bytes on the wire. */
  maxBytes: number;
  /** Bytes after decompression. */
  maxDecodedBytes: number;
  maxRedirects?: number;
  /** Keep-alive agents shared by a run (a member-heavy host is then one or two connections). */
  agents?: Agents;
}

export interface Agents {
  http: http.Agent;
  https: https.Agent;
}

/** Agents for one run: keep-alive, and no more sockets per host than the limiter allows anyway. */
export function createAgents(maxSocketsPerHost: number): Agents {
  // Idle sockets are dropped before the common 5 s server keep-alive timeout closes them under us.
  const options = { keepAlive: true, maxSockets: maxSocketsPerHost, maxFreeSockets: maxSocketsPerHost, timeout: 4_000 };
  return { http: new http.Agent(options), https: new https.Agent(options) };
}

export type GetErrorCode = 'blocked' | 'timeout' | 'too-large' | 'redirect-loop' | 'too-many-redirects' | 'dns' | 'network' | 'bad-encoding';

interface Redirected {
  finalUrl: string;
  /** The URL a chain of permanent redirects (301/308) from the start leads to. */
  permanentTo?: string;
}

export type GetResult =
  | (Redirected & { kind: 'ok'; status: number; body: Buffer; contentType?: string; etag?: string; lastModified?: string })
  | (Redirected & { kind: 'not-modified'; etag?: string; lastModified?: string })
  | (Redirected & { kind: 'http-error'; status: number; retryAfterMs?: number })
  | { kind: 'error'; code: GetErrorCode; message: string; finalUrl: string };

/** Retry-After as milliseconds from now: seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

class GetError extends Error {
  readonly code: GetErrorCode;
  constructor(code: GetErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

function decoder(encoding: string | undefined): Transform | undefined {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

type Response = { status: number; headers: http.IncomingHttpHeaders; body?: Buffer };

/** One request/response; the body is read (with caps) only for 200. */
function exchange(url: URL, options: GetOptions, signal: AbortSignal): Promise<Response> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const client = secure ? https : http;
    const agent = options.agents ? (secure ? options.agents.https : options.agents.http) : false;
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: options.accept,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (options.etag) headers['if-none-match'] = options.etag;
    if (options.lastModified) headers['if-modified-since'] = options.lastModified;
    const request = client.get(url, { headers, lookup: guardedLookup(options) as never, signal, agent }, (response) => {
      const status = response.statusCode ?? 0;
      if (status !== 200) {
        response.resume();
        resolve({ status, headers: response.headers });
        return;
      }
      const declared = Number(header(response.headers['content-length']));
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        response.destroy();
        reject(new GetError('too-large', `the feed is ${declared} bytes; at most ${options.maxBytes} are read`));
        return;
      }
      const chunks: Buffer[] = [];
      let wire = 0;
      let decoded = 0;
      const unzip = decoder(header(response.headers['content-encoding']));
      const fail = (error: Error) => {
        response.destroy();
        unzip?.destroy();
        reject(error);
      };
      response.on('data', (chunk: Buffer) => {
        wire += chunk.length;
        if (wire > options.maxBytes) fail(new GetError('too-large', `the feed is larger than ${options.maxBytes} bytes`));
      });
      const sink = unzip ? response.pipe(unzip) : response;
      sink.on('data', (chunk: Buffer) => {
        decoded += chunk.length;
        if (decoded > options.maxDecodedBytes) fail(new GetError('too-large', `the feed unpacks to more than ${options.maxDecodedBytes} bytes`));
        else chunks.push(chunk);
      });
      sink.on('end', () => resolve({ status, headers: response.headers, body: Buffer.concat(chunks) }));
      sink.on('error', (error) =>
        fail(unzip && sink === unzip ? new GetError('bad-encoding', `bad ${header(response.headers['content-encoding'])} data: ${error.message}`) : error),
      );
      response.on('error', fail);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      // A kept-alive socket the server closed at the same moment: not the feed's fault, try anew.
      if (request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) reject(new StaleSocket());
      else reject(error);
    });
  });
}

class StaleSocket extends Error {}

function classify(error: unknown): GetError {
  if (error instanceof GetError) return error;
  if (error instanceof BlockedError) return new GetError('blocked', error.message);
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'EBLOCKED') return new GetError('blocked', e.message);
  if (e.name === 'AbortError' || e.name === 'TimeoutError' || e.code === 'ABORT_ERR') return new GetError('timeout', 'no complete answer in time');
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return new GetError('dns', `the host name does not resolve (${e.code})`);
  return new GetError('network', e.message || String(e.code));
}

/** GET `url` following redirects by hand; never throws. */
export async function httpGet(startUrl: string, options: GetOptions): Promise<GetResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const maxRedirects = options.maxRedirects ?? 5;
  const seen = new Set<string>();
  let current = startUrl;
  let permanentTo: string | undefined;
  let stillPermanent = true;
  try {
    for (let hop = 0; ; hop++) {
      const url = checkUrl(current, options);
      seen.add(url.href);
      const response = await exchange(url, options, signal).catch((error: unknown) => {
        if (error instanceof StaleSocket) return exchange(url, options, signal);
        throw error;
      });
      const { status, headers } = response;
      const redirect = { finalUrl: url.href, ...(permanentTo ? { permanentTo } : {}) };
      if (status >= 300 && status < 400 && status !== 304) {
        const location = header(headers.location);
        if (!location) return { kind: 'http-error', status, ...redirect };
        const next = new URL(location, url).href;
        if (seen.has(next)) throw new GetError('redirect-loop', `redirects go round in a loop (${[...seen, next].join(' → ')})`);
        if (hop + 1 > maxRedirects) throw new GetError('too-many-redirects', `more than ${maxRedirects} redirects`);
        // A permanent move is worth telling the organizer only while every hop so far was permanent.
        stillPermanent &&= status === 301 || status === 308;
        if (stillPermanent) permanentTo = next;
        current = next;
        continue;
      }
      const etag = header(headers.etag);
      const lastModified = header(headers['last-modified']);
      const validators = { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
      if (status === 304) return { kind: 'not-modified', ...redirect, ...validators };
      if (status === 200) {
        const contentType = header(headers['content-type']);
        return { kind: 'ok', status, body: response.body ?? Buffer.alloc(0), ...(contentType ? { contentType } : {}), ...redirect, ...validators };
      }
      const retryAfterMs = parseRetryAfter(header(headers['retry-after']));
      return { kind: 'http-error', status, ...redirect, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
  } catch (error) {
    const e = classify(error);
    return { kind: 'error', code: e.code, message: e.message, finalUrl: current };
  }
}
