// A worker thread that takes feeds into the store (ingest-feed.ts) for feed-pool.ts. Jobs may
// overlap: one is parsed while the last one's file is written.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { discoverPage } from './discover-page.ts';
import type { WorkerJob, WorkerReply } from './feed-pool.ts';
import { ingestFeed } from './ingest-feed.ts';

if (!parentPort) throw new Error('feed-worker.ts runs as a worker thread (see feed-pool.ts)');
const port = parentPort;

// Parsing is background work: the main thread's sockets come first. Linux lets a thread lower its
// own priority (/proc/thread-self names it); elsewhere the worker keeps the process's priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {}

port.on('message', async ({ id, job }: { id: number; job: WorkerJob }) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: job.task === 'discover' ? await discoverPage(job) : await ingestFeed(job) };
  } catch (error) {
    reply = { id, result: { ok: false, code: 'internal', error: `internal: ${(error as Error).message}` } };
  }
  port.postMessage(reply);
});
