import { z } from 'astro/zod';

/** `guruCommunity({...})` in a community site's astro.config. */
export const communityOptionsSchema = z
  .object({
    /** The directory's name, e.g. "Blog Guru IGI Kabupaten Sleman". */
    title: z.string().min(1),
    description: z.string().default(''),
    /** Who runs the directory (shown as the site's author). */
    organizer: z.string().min(1),
    lang: z.enum(['id', 'en']).default('id'),
    /** Members file, from the project root. */
    members: z.string().default('members.yaml'),
    /** Store folder written by `guru-community fetch`, from the project root. */
    store: z.string().default('.guru-community'),
    /** Posts per page in the river of latest posts. */
    postsPerPage: z.number().int().positive().default(20),
    /** Posts listed on a member's page. */
    memberPosts: z.number().int().positive().default(30),
  })
  .strict();

export type CommunityUserOptions = z.input<typeof communityOptionsSchema>;
export type CommunityOptions = z.output<typeof communityOptionsSchema>;
