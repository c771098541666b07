import { z } from 'astro/zod';

const backendSchema = z
  .object({
    /**
     * Where a published blog's editor saves: `github` (Netlify's OAuth, or your own OAuth endpoint
     * through `baseUrl`), `gitlab`, `gitea`, or the legacy `git-gateway` (Netlify Identity,
     * deprecated by Netlify: only for sites that already use it).
     */
    name: z.enum(['github', 'gitlab', 'gitea', 'git-gateway']).default('github'),
    /** "owner/name" of the blog's repository. Read from the host's build variables when absent. */
    repo: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name, e.g. "bu-ratna/blog"')
      .optional(),
    branch: z.string().min(1).default('main'),
    /** OAuth endpoint for sign-in outside Netlify, e.g. "https://oauth-blog.example.workers.dev". */
    baseUrl: z.url({ protocol: /^https$/ }).optional(),
    /** Path of the OAuth endpoint on `baseUrl` (Decap's default: "auth"). */
    authEndpoint: z.string().optional(),
  })
  .strict();

export const cmsOptionSchema = z
  .union([
    z.boolean(),
    z
      .object({
        backend: backendSchema.prefault({}),
        /** Draft → review → publish: changes wait as pull requests until someone publishes them. */
        editorialWorkflow: z.boolean().default(false),
      })
      .strict(),
  ])
  .default(false)
  .transform((value) => (value === false ? false : value === true ? { backend: backendSchema.parse({}), editorialWorkflow: false } : value));

export type CmsOptions = Exclude<z.output<typeof cmsOptionSchema>, false>;

/** "owner/name" from the build's environment: GitHub Actions sets GITHUB_REPOSITORY, Netlify REPOSITORY_URL. */
export function repoFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY;
  const url = env.REPOSITORY_URL;
  if (!url) return undefined;
  const match = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match?.[1];
}
