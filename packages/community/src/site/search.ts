// Member posts in the site's search: each stored post becomes a Pagefind record that links to the
// post on the member's blog, with the member's facets as filters. No page per post is built.
import { join } from 'node:path';
import { addSearchRecords } from '@guru-blog/theme/search';
import { loadMembersFile } from '../members/index.ts';
import { Store } from '../store/store.ts';
import { facetValues } from './facets.ts';
import type { CommunityOptions } from './options.ts';

/** Adds the records; undefined when search is off (no index being built). */
export function indexMemberPosts(options: CommunityOptions, root: string): number | undefined {
  const { members } = loadMembersFile(join(root, options.members));
  const byId = new Map(members.map((m) => [m.id, m]));
  const records = new Store(join(root, options.store)).allItems().flatMap((post) => {
    const member = byId.get(post.memberId);
    if (!member) return [];
    const filters: Record<string, string[]> = { anggota: [member.name] };
    for (const facet of ['provinsi', 'jenjang', 'mapel'] as const) {
      const values = facetValues(member, facet).map(([, label]) => label);
      if (values.length) filters[facet] = values;
    }
    return [
      {
        url: post.url,
        // Title and excerpt: enough to find a post, and the index stays small for 50,000 posts
        // (the whole text is on the member's blog, where the result leads).
        content: `${post.title}\n${post.excerpt}`,
        language: options.lang,
        meta: { title: post.title || post.excerpt.slice(0, 80), anggota: member.name, ...(post.image ? { image: post.image } : {}) },
        filters,
        sort: { date: post.published },
      },
    ];
  });
  return addSearchRecords(records) ? records.length : undefined;
}
