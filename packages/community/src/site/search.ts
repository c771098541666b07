// Member posts in the site's search: each stored post becomes a Pagefind record that links to the
// post on the member's blog, with the member's facets as filters. No page per post is built.
import { join } from 'node:path';
import type { AddSearchRecords, SearchRecord } from '@guru-blog/theme/search';
import type { Member, StoredItem } from '../model.ts';
import { ItemFiles } from '../store/item-files.ts';
import { facetValues } from './facets.ts';
import type { CommunityOptions } from './options.ts';
import { readSiteMembers } from './site-members.ts';

/** Gives the theme's index the records, one member's posts at a time; resolves to how many. */
export async function indexMemberPosts(options: CommunityOptions, root: string, addRecords: AddSearchRecords): Promise<number> {
  // The same file and ids as the members collection and the CLI.
  const { members } = readSiteMembers(root, { ...(options.members ? { file: options.members } : {}), store: options.store, lang: options.lang });
  const byId = new Map(members.map((m) => [m.id, m]));
  const store = new ItemFiles(join(root, options.store));
  let count = 0;
  function* records() {
    for (const memberId of store.memberIds()) {
      const member = byId.get(memberId);
      if (!member) continue;
      for (const post of store.itemsOf(memberId)) {
        count++;
        yield record(post, member);
      }
    }
  }
  await addRecords(records(), { perIndex: options.searchIndexSize });
  return count;

  function record(post: StoredItem, member: Member): SearchRecord {
    const filters: Record<string, string[]> = { anggota: [member.name] };
    for (const facet of ['provinsi', 'jenjang', 'mapel'] as const) {
      const values = facetValues(member, facet).map(([, label]) => label);
      if (values.length) filters[facet] = values;
    }
    return {
      url: post.url,
      // Title and excerpt: enough to find a post, and the index stays small for 50,000 posts
      // (the whole text is on the member's blog, where the result leads).
      content: `${post.title}\n${post.excerpt}`,
      language: options.lang,
      meta: { title: post.title || post.excerpt.slice(0, 80), anggota: member.name, ...(post.image ? { image: post.image } : {}) },
      filters,
      sort: { date: post.published },
    };
  }
}
