import { NODE_NEEDED } from '../node-version.ts';

// Through guru-blog: it runs them on a Node the installed Astro accepts (fetching one when needed)
// and checks the posts first, in the teacher's language.
export const BLOG_SCRIPTS = {
  dev: 'guru-blog dev',
  build: 'guru-blog build',
  preview: 'guru-blog preview',
  check: 'guru-blog check',
  'lesson:new': 'guru-blog new lesson',
  'post:new': 'guru-blog new post',
};

/** With the browser editor: `npm run cms` starts the blog and Decap's file server, on this computer only. */
export const CMS_SCRIPTS = { cms: 'guru-blog cms' };

/**
 * What the editor needs, only in blogs that use it: Decap's local file server for `npm run cms`
 * (the editor itself comes built with the theme). Pinned: the e2e test runs on this version.
 */
export const CMS_DEPENDENCIES = { 'decap-server': '3.11.3' };

// Through guru-community, for the same reason: Astro runs on a Node it accepts.
export const COMMUNITY_SCRIPTS = {
  dev: 'guru-community dev',
  build: 'guru-community build',
  preview: 'guru-community preview',
  // Prefixed: `pnpm update` and `npm update` are the package managers' own commands.
  'feeds:check': 'guru-community check',
  'feeds:update': 'guru-community fetch',
  'feeds:status': 'guru-community status',
};

export interface PackageJsonInput {
  name: string;
  scripts: Record<string, string>;
  /** More top-level fields (e.g. overrides). */
  extra?: Record<string, unknown>;
  /** name → version range, already including the theme and any --dep overrides. */
  dependencies: Record<string, string>;
}

/** The new site's package.json: scripts a teacher needs and nothing else. */
export function renderPackageJson({ name, scripts, dependencies, extra = {} }: PackageJsonInput): string {
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  const pkg = {
    name,
    private: true,
    version: '0.0.0',
    type: 'module',
    scripts,
    engines: { node: `>=${NODE_NEEDED}` },
    dependencies: sorted,
    ...extra,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
