// What the directory pages compute from the collections: members by facet, posts by member, health.
import { getCollection } from 'astro:content';
import { fileURLToPath } from 'node:url';
import type { FeedState, Member } from '../model.ts';
import { Store } from '../store/store.ts';
import { FACETS, type Facet, facetValues } from './facets.ts';
import type { ListedPost } from './loaders.ts';

export { FACETS, type Facet, facetValues } from './facets.ts';

export type { ListedPost } from './loaders.ts';

let cached: Promise<{ members: Member[]; posts: ListedPost[] }> | undefined;

/** Members (by name) and posts (newest first), read once per build. */
export function communityData() {
  cached ??= (async () => {
    // The site's content.config defines these collections with membersLoader() and communityPostsLoader().
    const members = ((await getCollection('members')) as { data: Member }[]).map((e) => e.data).sort((a, b) => a.name.localeCompare(b.name, 'id'));
    const posts = ((await getCollection('posts')) as { data: ListedPost }[]).map((e) => e.data).sort((a, b) => b.published.localeCompare(a.published));
    return { members, posts };
  })();
  return cached;
}

export function feedStates(storeDir: string, root: URL): FeedState[] {
  return new Store(fileURLToPath(new URL(storeDir, root))).allFeeds();
}

/** Facet → value slug → { label, members }, values sorted by label. */
export function facetIndex(members: Member[]) {
  const index = new Map<Facet, Map<string, { label: string; members: Member[] }>>();
  for (const facet of FACETS) {
    const values = new Map<string, { label: string; members: Member[] }>();
    for (const member of members) {
      for (const [value, label] of facetValues(member, facet)) {
        const entry = values.get(value) ?? { label, members: [] };
        entry.members.push(member);
        values.set(value, entry);
      }
    }
    index.set(facet, new Map([...values].sort((a, b) => a[1].label.localeCompare(b[1].label, 'id'))));
  }
  return index;
}

export function postsByMember<T extends ListedPost>(posts: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const post of posts) {
    const list = map.get(post.memberId) ?? [];
    list.push(post);
    map.set(post.memberId, list);
  }
  return map;
}
