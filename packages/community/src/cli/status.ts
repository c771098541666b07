import { existsSync } from 'node:fs';
import { Store } from '../store/store.ts';
import { healthTable } from './health.ts';
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
  io.stdout(`${healthTable(loaded.members, store, t, options.lang)}\n`);
  const bad = loaded.members.some((m) => m.active && ['failing', 'dead', 'gone'].includes(store.feed(m.id)?.status ?? 'new'));
  return bad ? 1 : 0;
}
