import { RECORDS_PER_INDEX } from '@guru-blog/theme/search';
import { z } from 'astro/zod';
import { isTimeZone } from './dates.ts';
import { isWordKey } from './words.ts';

/** Components a site may replace with its own .astro file (the theme's override pattern). */
export const COMMUNITY_COMPONENTS = ['PostItem', 'MemberCard'] as const;
export type CommunityComponent = (typeof COMMUNITY_COMPONENTS)[number];

/** `guruCommunity({...})` in a community site's astro.config. */
export const communityOptionsSchema = z
  .object({
    /** The directory's name, e.g. "Blog Guru IGI Kabupaten Sleman". */
    title: z.string().min(1),
    description: z.string().default(''),
    /** Who runs the directory (shown as the site's author). */
    organizer: z.string().min(1),
    lang: z.enum(['id', 'en']).default('id'),
    /**
     * Time zone of the dates shown (member posts, feed health): `Asia/Jakarta` (WIB, default),
     * `Asia/Makassar` (WITA), `Asia/Jayapura` (WIT). A post published at 00:30 WITA is dated that
     * day, not the WIB day before.
     */
    timeZone: z
      .string()
      .refine(isTimeZone, 'zona waktu tidak dikenal; tulis "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA) atau "Asia/Jayapura" (WIT)')
      .default('Asia/Jakarta'),
    /**
     * Members file, from the project root, for the search records. Default: the file the CLI and the
     * members loader read (`"guru-community": { "members": "…" }` in package.json, else
     * members.yaml, members.yml or members.csv).
     */
    members: z.string().optional(),
    /** Store folder written by `guru-community fetch`, from the project root. */
    store: z.string().default('.guru-community'),
    /** Posts per page in the river of latest posts. */
    postsPerPage: z.number().int().positive().default(20),
    /** Posts listed on a member's page. */
    memberPosts: z.number().int().positive().default(30),
    /**
     * Posts in one search index. A community with more posts gets several indexes of this size,
     * built one after the other so the build needs less memory; the search page merges them.
     */
    searchIndexSize: z.number().int().positive().default(RECORDS_PER_INDEX),
    /** Override any of the directory's words, e.g. `{ 'nav.members': 'Daftar Guru' }`. */
    strings: z
      .record(z.string(), z.string())
      .default({})
      .superRefine((strings, ctx) => {
        for (const key of Object.keys(strings)) if (!isWordKey(key)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown string key "${key}"` });
      }),
    /** Replace components with the site's own, e.g. `{ PostItem: './src/components/MyPost.astro' }`. */
    components: z
      .object(Object.fromEntries(COMMUNITY_COMPONENTS.map((name) => [name, z.string().optional()])) as Record<CommunityComponent, z.ZodOptional<z.ZodString>>)
      .strict()
      .prefault({}),
  })
  .strict();

export type CommunityUserOptions = z.input<typeof communityOptionsSchema>;
export type CommunityOptions = z.output<typeof communityOptionsSchema>;
