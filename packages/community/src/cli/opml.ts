import { writeFileSync } from 'node:fs';
import { generateOpml } from 'feedsmith';
import type { Member } from '../model.ts';
import { Store } from '../store/store.ts';
import type { CliIo, CliOptions } from './index.ts';
import { loadMembers } from './load.ts';
import type { Translate } from './messages.ts';

/** OPML 2.0 of the active members' feeds (the given feed, else the one discovered and stored). */
export function membersOpml(members: Member[], store: Store, title: string, now = new Date()): string {
  const outlines = members
    .filter((m) => m.active)
    .map((m) => ({ member: m, xmlUrl: m.feed ?? store.feed(m.id)?.feedUrl }))
    .filter((o): o is { member: Member; xmlUrl: string } => Boolean(o.xmlUrl))
    .map(({ member, xmlUrl }) => ({ text: member.name, title: member.name, type: 'rss', xmlUrl, htmlUrl: member.blog }));
  return generateOpml({ head: { title, dateCreated: now }, body: { outlines } });
}

export async function opml(options: CliOptions, io: CliIo, t: Translate): Promise<number> {
  const loaded = loadMembers(options, io, t);
  if (!loaded) return 1;
  const xml = membersOpml(loaded.members, new Store(options.storeDir), 'Guru Blog community');
  if (options.out) {
    writeFileSync(options.out, xml);
    io.stderr(`${t('opml.written', { count: (xml.match(/<outline /g) ?? []).length, file: options.out })}\n`);
  } else io.stdout(xml);
  return 0;
}
