// Content loaders for a community site's src/content.config.ts: members from the members file,
// posts from the store `guru-community fetch` keeps. Building never needs the network.
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { type CsvMapping, formatIssue } from '../members/index.ts';
import { JENJANG, type StoredItem } from '../model.ts';
import { ItemFiles } from '../store/item-files.ts';
import { readSiteMembers } from './site-members.ts';

export function memberSchema() {
  return z.object({
    id: z.string(),
    name: z.string(),
    blog: z.string(),
    feed: z.string().optional(),
    school: z.string().optional(),
    jenjang: z.array(z.enum(JENJANG)),
    subjects: z.array(z.string()),
    provinsi: z.string().optional(),
    kabupaten: z.string().optional(),
    photo: z.string().optional(),
    active: z.boolean(),
  });
}

/** What a post is in the site's collection: enough to list it and link to it (see listedPost). */
export function communityPostSchema() {
  return z.object({
    key: z.string(),
    memberId: z.string(),
    title: z.string(),
    url: z.string(),
    published: z.string(),
    excerpt: z.string(),
    categories: z.array(z.string()),
  });
}

/**
 * Members from the members file the CLI reads too (`file`, else `"guru-community": { "members" }`
 * in package.json, else members.yaml|yml|csv), with the ids the store knows; problems are logged
 * with file, line and field, and the valid members load.
 */
export function membersLoader(options: { file?: string; csv?: CsvMapping; store?: string; lang?: 'id' | 'en' } = {}): Loader {
  return {
    name: 'guru-community-members',
    load: async ({ store, logger, parseData, config, generateDigest }) => {
      const { members, issues, notices, choice } = readSiteMembers(fileURLToPath(config.root), options);
      if (choice) logger.info(choice);
      for (const issue of issues) logger.warn(formatIssue(issue, options.lang));
      for (const notice of notices) logger.info(formatIssue(notice, options.lang));
      store.clear();
      for (const member of members) {
        const data = await parseData({ id: member.id, data: { ...member } });
        store.set({ id: member.id, data, digest: generateDigest(data) });
      }
    },
  };
}

/**
 * Posts stored by `guru-community fetch`; the entry id is the store key with ":" as "--". Entries
 * hold what the pages list (listedPost): the full HTML and the rest stay in the store, read only
 * for the latest posts in the feeds, so a community of 50,000 posts keeps a small collection. The
 * store is read one member at a time.
 */
export function communityPostsLoader(options: { store?: string } = {}): Loader {
  return {
    name: 'guru-community-posts',
    load: async ({ store, parseData, config, generateDigest }) => {
      const items = new ItemFiles(fileURLToPath(new URL(options.store ?? '.guru-community', config.root)));
      store.clear();
      for (const memberId of items.memberIds()) {
        for (const item of items.itemsOf(memberId)) {
          const listed = listedPost(item);
          const id = item.key.replace(':', '--');
          const data = await parseData({ id, data: listed });
          store.set({ id, data, digest: generateDigest(data) });
        }
      }
    },
  };
}

export type ListedPost = Pick<StoredItem, 'key' | 'memberId' | 'title' | 'url' | 'published' | 'excerpt' | 'categories'>;

function listedPost(item: StoredItem): ListedPost {
  return {
    key: item.key,
    memberId: item.memberId,
    title: item.title,
    url: item.url,
    published: item.published,
    excerpt: item.excerpt,
    categories: item.categories,
  };
}
