// Runs ingestFeed() on worker threads, so that parsing and sanitizing (milliseconds of CPU per
// feed) never delay the main thread's sockets: on a shared host every late response pushes back
// the whole chain of that host's requests. A worker gets two jobs at a time, so it parses the next
// feed while the disk writes the last one; the queue lives here.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DiscoverResult } from './discover-page.ts';
import type { IngestJob, IngestResult } from './ingest-feed.ts';

/** What a worker is asked: take a feed in, or read a blog page for its feed (and take it in when it is one). */
export type WorkerJob = IngestJob & { task: 'ingest' | 'discover' };
type WorkerResult = IngestResult | DiscoverResult;

/**
 * Workers by default: one per core, at most four. The main thread mostly waits for sockets, so it
 * needs no core of its own (measured on 2 cores: two workers finish a 1,000-feed run 1–2 s sooner
 * than one, which falls behind while the network is busy).
 */
export const defaultWorkers = (): number => Math.max(1, Math.min(4, availableParallelism()));

/** A feed whose intake takes longer than this is given up (its stored items stay). */
const JOB_TIMEOUT_MS = 60_000;
const JOBS_PER_WORKER = 2;

// Heap limits of a worker, as the CLI sets for the main thread: a 20 MB feed still fits, garbage
// does not pile up.
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };

interface Task {
  id: number;
  job: WorkerJob;
  resolve: (result: WorkerResult) => void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
}

export interface WorkerReply {
  id: number;
  result: WorkerResult;
}

export class FeedPool {
  readonly #size: number;
  readonly #timeoutMs: number;
  readonly #slots = new Set<Slot>();
  readonly #queue: Task[] = [];
  #nextId = 0;
  #inThread?: Promise<[typeof import('./ingest-feed.ts'), typeof import('./discover-page.ts')]>;
  #closed = false;

  /** `size` 0 takes feeds in on the calling thread (for debugging and profiling). */
  constructor(size: number = defaultWorkers(), timeoutMs = JOB_TIMEOUT_MS) {
    this.#size = size;
    this.#timeoutMs = timeoutMs;
  }

  /** Takes a fetched feed into the store. */
  run(job: IngestJob): Promise<IngestResult> {
    return this.#submit({ ...job, task: 'ingest' }) as Promise<IngestResult>;
  }

  /** Reads a fetched blog page for its feed; a page that is itself a feed is taken in at once. */
  discover(job: IngestJob): Promise<DiscoverResult> {
    return this.#submit({ ...job, task: 'discover' }) as Promise<DiscoverResult>;
  }

  async #submit(job: WorkerJob): Promise<WorkerResult> {
    if (this.#closed) throw new Error('the feed pool is closed');
    if (this.#size === 0) {
      this.#inThread ??= Promise.all([import('./ingest-feed.ts'), import('./discover-page.ts')]);
      const [{ ingestFeed }, { discoverPage }] = await this.#inThread;
      return job.task === 'discover' ? discoverPage(job) : ingestFeed(job);
    }
    return new Promise<WorkerResult>((resolve) => {
      this.#queue.push({ id: this.#nextId++, job, resolve });
      this.#dispatch();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.resolve({ ok: false, code: 'internal', error: 'internal: the run ended first' });
    await Promise.all([...this.#slots].map((slot) => slot.worker.terminate()));
  }

  #dispatch(): void {
    while (this.#queue.length && !this.#closed) {
      const slots = [...this.#slots].sort((a, b) => a.tasks.size - b.tasks.size);
      let slot = slots.find((s) => s.tasks.size === 0);
      if (!slot && this.#slots.size < this.#size) slot = this.#spawn();
      slot ??= slots.find((s) => s.tasks.size < JOBS_PER_WORKER);
      if (!slot) return;
      this.#start(slot, this.#queue.shift() as Task);
    }
  }

  #spawn(): Slot {
    const worker = new Worker(new URL('./feed-worker.mjs', import.meta.url), { resourceLimits: RESOURCE_LIMITS, stdout: false });
    const slot: Slot = { worker, tasks: new Map() };
    worker.unref(); // an idle worker must not keep the CLI alive
    worker.on('message', ({ id, result }: WorkerReply) => this.#finish(slot, id, result));
    // An error is followed by 'exit'; the exit settles the worker's tasks, in its words when it said any.
    let reason = 'the feed worker stopped';
    worker.on('error', (error) => {
      reason = error.message;
    });
    worker.on('exit', () => {
      this.#slots.delete(slot);
      for (const id of [...slot.tasks.keys()]) this.#finish(slot, id, { ok: false, code: 'internal', error: `internal: ${reason}` });
    });
    this.#slots.add(slot);
    return slot;
  }

  #start(slot: Slot, task: Task): void {
    slot.tasks.set(task.id, task);
    slot.worker.ref();
    task.timer = setTimeout(() => {
      // The worker is stuck in this feed: give it up and stop the worker (its other job fails with
      // it, keeping its stored items); the queue goes on with a new worker.
      this.#slots.delete(slot);
      const what = task.job.task === 'discover' ? 'discovery: the blog page' : 'parse: the feed';
      this.#finish(slot, task.id, { ok: false, code: 'parse', error: `${what} took longer than ${this.#timeoutMs / 1000} s to read` });
      void slot.worker.terminate();
    }, this.#timeoutMs);
    const { body } = task.job;
    // Hand the bytes over without a copy when they fill their buffer (Buffer.concat's do).
    const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : new Uint8Array(body);
    slot.worker.postMessage({ id: task.id, job: { ...task.job, body: own } }, [own.buffer as ArrayBuffer]);
  }

  #finish(slot: Slot, id: number, result: WorkerResult): void {
    const task = slot.tasks.get(id);
    if (!task) return;
    clearTimeout(task.timer);
    slot.tasks.delete(id);
    if (slot.tasks.size === 0) slot.worker.unref();
    task.resolve(result);
    this.#dispatch();
  }
}
