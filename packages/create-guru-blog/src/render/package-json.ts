import { NODE_NEEDED } from '../node-version.ts';

export interface PackageJsonInput {
  name: string;
  /** name → version range, already including the theme and any --dep overrides. */
  dependencies: Record<string, string>;
}

/** The new site's package.json: scripts a teacher needs and nothing else. */
export function renderPackageJson({ name, dependencies }: PackageJsonInput): string {
  const sorted = Object.fromEntries(Object.entries(dependencies).sort(([a], [b]) => a.localeCompare(b)));
  const pkg = {
    name,
    private: true,
    version: '0.0.0',
    type: 'module',
    scripts: {
      dev: 'astro dev',
      build: 'astro build',
      preview: 'astro preview',
      'lesson:new': 'guru-blog new lesson',
      'post:new': 'guru-blog new post',
    },
    engines: { node: `>=${NODE_NEEDED}` },
    dependencies: sorted,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
