// Downloads the images and attached files of all posts: each address once, at most two requests
// at a time per host (old blogs share one upload host, which throttles bursts) and a few in all,
// each with a timeout and a size cap. A failure is recorded and the post keeps the remote address;
// it never stops the import.
import { documentExtension } from './files.ts';
import { imageCandidates } from './original-url.ts';

export type FetchLike = (url: string, init: { signal: AbortSignal; redirect: 'follow'; headers: Record<string, string> }) => Promise<Response>;

export interface DownloadOptions {
  fetch: FetchLike;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  perHost: number;
  total: number;
  maxBytes: number;
  onProgress?: (done: number, total: number) => void;
}

/** An image (`<img>`, featured image) or an uploaded document a post links to (a worksheet PDF). */
export interface Wanted {
  address: string;
  kind: 'image' | 'file';
}

export type Downloaded = { ok: true; bytes: Uint8Array; extension: string; from: string } | { ok: false; reason: string };

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/jpg': 'jpg',
  'image/pjpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/tiff': 'tiff',
};

/** A counting semaphore per key. */
class Limiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    while ((this.active.get(key) ?? 0) >= this.limit) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(key) ?? [];
        queue.push(resolve);
        this.waiting.set(key, queue);
      });
    }
    this.active.set(key, (this.active.get(key) ?? 0) + 1);
    try {
      return await task();
    } finally {
      this.active.set(key, (this.active.get(key) ?? 1) - 1);
      this.waiting.get(key)?.shift()?.();
    }
  }
}

const hostOf = (address: string) => {
  try {
    return new URL(address).host;
  } catch {
    return '';
  }
};

async function fetchOne(address: string, kind: Wanted['kind'], options: DownloadOptions): Promise<Downloaded> {
  if (!/^https?:\/\//i.test(address)) return { ok: false, reason: 'not-http' };
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await options.fetch(address, { signal, redirect: 'follow', headers: { accept: kind === 'image' ? 'image/*' : '*/*' } });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: `HTTP ${response.status}` };
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    // A document's kind comes from its name (servers send PDFs as octet-stream); an HTML answer is
    // a login or error page, never the upload.
    const extension = kind === 'image' ? EXTENSIONS[type] : type === 'text/html' ? undefined : documentExtension(address);
    if (!extension) {
      await response.body?.cancel();
      return { ok: false, reason: type ? `type ${type}` : 'no content-type' };
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > options.maxBytes) {
      await response.body?.cancel();
      return { ok: false, reason: 'too-large' };
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > options.maxBytes) return { ok: false, reason: 'too-large' };
    if (bytes.length === 0) return { ok: false, reason: 'empty' };
    return { ok: true, bytes, extension, from: address };
  } catch (error) {
    const name = (error as Error).name;
    return { ok: false, reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : ((error as Error).message ?? String(error)) };
  }
}

/** Fetches every wanted address (duplicates once); the result maps each address to its file or failure. */
export async function downloadAll(wanted: Iterable<Wanted>, options: DownloadOptions): Promise<Map<string, Downloaded>> {
  // Two sizes of one Blogger image (the /s320/ in a post, the /s1600/ it links to) are one original.
  const canonical = new Map<string, string>();
  const kindOf = new Map<string, Wanted['kind']>();
  for (const { address, kind } of wanted) {
    canonical.set(address, kind === 'image' ? (imageCandidates(address)[0] ?? address) : address);
    kindOf.set(address, kind);
  }
  const firstOf = new Map<string, string>();
  for (const [address, key] of canonical) if (!firstOf.has(key)) firstOf.set(key, address);
  const unique = [...firstOf.keys()];
  const perHost = new Limiter(options.perHost);
  const overall = new Limiter(options.total);
  const results = new Map<string, Downloaded>();
  let done = 0;
  options.onProgress?.(0, unique.length);
  await Promise.all(
    unique.map(async (key) => {
      let result: Downloaded = { ok: false, reason: 'no-address' };
      const first = firstOf.get(key) ?? key;
      const kind = kindOf.get(first) ?? 'image';
      for (const candidate of kind === 'image' ? imageCandidates(first) : [first]) {
        // Host first: a request waiting for its host holds no overall slot.
        result = await perHost.run(hostOf(candidate), () => overall.run('', () => fetchOne(candidate, kind, options)));
        if (result.ok) break;
      }
      results.set(key, result);
      options.onProgress?.(++done, unique.length);
    }),
  );
  return new Map([...canonical].map(([address, key]) => [address, results.get(key) ?? { ok: false, reason: 'no-address' }]));
}
