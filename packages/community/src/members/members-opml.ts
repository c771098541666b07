// The members' feeds as OPML 2.0, for feed readers: used by `guru-community opml` and the site's
// anggota.opml.
import { generateOpml } from 'feedsmith';
import type { Member } from '../model.ts';
import type { Store } from '../store/store.ts';

/** OPML 2.0 of the active members' feeds (the given feed, else the one discovered and stored). */
export function membersOpml(members: Member[], store: Store, title: string, now = new Date()): string {
  const outlines = members
    .filter((m) => m.active)
    .map((m) => ({ member: m, xmlUrl: m.feed ?? store.feed(m.id)?.feedUrl }))
    .filter((o): o is { member: Member; xmlUrl: string } => Boolean(o.xmlUrl))
    .map(({ member, xmlUrl }) => ({ text: member.name, title: member.name, type: 'rss', xmlUrl, htmlUrl: member.blog }));
  return generateOpml({ head: { title, dateCreated: now }, body: { outlines } });
}
