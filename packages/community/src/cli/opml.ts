import { writeFileSync } from 'node:fs';
import { Store } from '../store/store.ts';
import type { CliIo, CliOptions } from './index.ts';
import { loadMembers } from './load.ts';
import type { Translate } from './messages.ts';

export async function opml(options: CliOptions, io: CliIo, t: Translate): Promise<number> {
  const loaded = loadMembers(options, io, t);
  if (!loaded) return 1;
  // feedsmith is loaded only here: the other commands (and the fetch's main thread) do without its 20 MB.
  const { membersOpml, membersWithoutFeed } = await import('../members/members-opml.ts');
  const store = new Store(options.storeDir);
  const xml = membersOpml(loaded.members, store, t('opml.title'));
  const unknown = membersWithoutFeed(loaded.members, store).length;
  if (unknown) io.stderr(`${t('opml.unknownFeeds', { count: unknown })}\n`);
  if (options.out) {
    writeFileSync(options.out, xml);
    io.stderr(`${t('opml.written', { count: (xml.match(/<outline /g) ?? []).length, file: options.out })}\n`);
  } else io.stdout(xml);
  return 0;
}
