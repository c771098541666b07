import { existsSync } from 'node:fs';
import { Store } from '../store/store.ts';
import { day, healthTable } from './health.ts';
import type { CliIo, CliOptions } from './index.ts';
import { loadMembers } from './load.ts';
import type { Translate } from './messages.ts';

/** `guru-community status`: feed health from the store, worst first. Exit 1 when any feed is not ok. */
export async function status(options: CliOptions, io: CliIo, t: Translate): Promise<number> {
  if (!existsSync(options.storeDir)) {
    io.stderr(`${t('status.empty', { dir: options.storeDir })}\n`);
    return 1;
  }
  const loaded = loadMembers(options, io, t);
  if (!loaded) return 1;
  const store = new Store(options.storeDir);
  const run = store.lastRun;
  // A run that was killed, or could not save its end (a full disk), may not be in the states.
  const unfinished = run !== undefined && run.finished === undefined;
  if (unfinished) io.stderr(`${t('status.unfinished', { date: day(run.started, options.lang) })}\n`);
  io.stdout(`${healthTable(loaded.members, store, t, options.lang)}\n`);
  const retrying = loaded.members.some((m) => m.active && ['failing', 'dead'].includes(store.feed(m.id)?.status ?? 'new'));
  if (retrying) io.stdout(`${t('status.retryHint')}\n`);
  const bad = retrying || loaded.members.some((m) => m.active && store.feed(m.id)?.status === 'gone');
  return bad || unfinished ? 1 : 0;
}
