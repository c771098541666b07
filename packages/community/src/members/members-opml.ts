// The members' feeds as OPML 2.0, for feed readers: used by `guru-community opml` and the site's
// anggota.opml.

import { escapeHtml } from '@guru-blog/theme/kit';
import { generateOpml } from 'feedsmith';
import type { Member } from '../model.ts';
import type { Store } from '../store/store.ts';

/** Active members with the feed a reader can subscribe to: the given one, else the one discovered and stored. */
function feeds(members: Member[], store: Store) {
  return members.filter((m) => m.active).map((member) => ({ member, xmlUrl: member.feed ?? store.feed(member.id)?.feedUrl }));
}

/** Active members whose feed is not known yet (not given, not discovered by a fetch so far). */
export function membersWithoutFeed(members: Member[], store: Store): Member[] {
  return feeds(members, store)
    .filter((f) => !f.xmlUrl)
    .map((f) => f.member);
}

/** OPML 2.0 of the active members' feeds; a valid, empty list before any feed is known. */
export function membersOpml(members: Member[], store: Store, title: string, now = new Date()): string {
  const outlines = feeds(members, store)
    .filter((o): o is { member: Member; xmlUrl: string } => Boolean(o.xmlUrl))
    .map(({ member, xmlUrl }) => ({ text: member.name, title: member.name, type: 'rss', xmlUrl, htmlUrl: member.blog }));
  // feedsmith refuses an OPML without outlines, which is what a directory has before its first fetch.
  if (outlines.length === 0) {
    return `<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>${escapeHtml(title)}</title>\n    <dateCreated>${now.toUTCString()}</dateCreated>\n  </head>\n  <body/>\n</opml>\n`;
  }
  return generateOpml({ head: { title, dateCreated: now }, body: { outlines } });
}
