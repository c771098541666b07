// GETs of one run, polite and paced: at most `perHost` in flight per site through the limiter, one
// retry for a transient failure (waiting outside the limiter, so a wait holds no slot), and a
// backlog limit on responses not yet taken in by the workers.
import { type Agents, createAgents, type GetResult, httpGet } from './http-get.ts';
import { Limiter, Semaphore, siteOf } from './limiter.ts';
import type { FetchPolicy } from './policy.ts';

const isTransient = (r: GetResult) =>
  (r.kind === 'http-error' && (r.status === 429 || r.status >= 500)) || (r.kind === 'error' && (r.code === 'timeout' || r.code === 'network'));

export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A response and the call that returns its backlog permit once the response has been processed. */
export interface Held {
  result: GetResult;
  done: () => void;
}

export class PoliteGetter {
  readonly limiter: Limiter;
  readonly #agents: Agents;
  readonly #policy: FetchPolicy;
  readonly #sleep: (ms: number) => Promise<void>;
  // Responses not yet taken in count against a backlog limit: when the workers cannot keep up with
  // the network, requests wait (holding their host slot) instead of bodies piling up in memory.
  // Busier sites wait less, and the site with the most feeds left never waits: its chain of
  // requests, two at a time, is what the run's length depends on.
  readonly #backlog: Semaphore;
  readonly #remaining: Map<string, number>;

  /** `feedsPerSite`: how many of the run's feeds each site serves. */
  constructor(policy: FetchPolicy, feedsPerSite: Map<string, number>, sleep: (ms: number) => Promise<void>) {
    this.#policy = policy;
    this.#sleep = sleep;
    this.limiter = new Limiter(policy.concurrency, policy.perHost);
    this.#agents = createAgents(policy.perHost);
    this.#backlog = new Semaphore(policy.concurrency * 3);
    this.#remaining = new Map(feedsPerSite);
  }

  /** One of the site's feeds is finished: its chain of requests is that much shorter. */
  feedDone(site: string): void {
    this.#remaining.set(site, (this.#remaining.get(site) ?? 1) - 1);
  }

  close(): void {
    this.#agents.http.destroy();
    this.#agents.https.destroy();
  }

  async get(url: string, accept: string, validators: Validators = {}): Promise<Held> {
    let done: () => void = () => {};
    const { hostname } = new URL(url);
    const site = siteOf(hostname);
    const policy = this.#policy;
    const attempt = () =>
      this.limiter.run(hostname, async () => {
        done = await this.#backlog.acquire(this.#remaining.get(site) ?? 0, { overdraw: this.#setsTheLength(site) });
        return httpGet(url, {
          userAgent: policy.userAgent,
          accept,
          timeoutMs: policy.timeoutMs,
          maxBytes: policy.maxBytes,
          maxDecodedBytes: policy.maxDecodedBytes,
          allowLoopback: policy.allowLoopback,
          agents: this.#agents,
          ...validators,
        });
      });
    const first = await attempt();
    if (!isTransient(first)) return { result: first, done };
    const wait = first.kind === 'http-error' ? (first.retryAfterMs ?? 1000) : 1000;
    if (wait > policy.maxRetryWaitMs) return { result: first, done };
    done();
    await this.#sleep(wait);
    return { result: await attempt(), done };
  }

  #setsTheLength(site: string): boolean {
    const left = this.#remaining.get(site) ?? 0;
    for (const other of this.#remaining.values()) if (other > left) return false;
    return left > 0;
  }
}
