import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Answers, Context } from './context.ts';
import { packageNameFrom } from './folder.ts';
import { runCommand } from './package-manager.ts';
import { renderAstroConfig } from './render/astro-config.ts';
import { renderCommunityConfig } from './render/community-config.ts';
import { renderCommunityReadme } from './render/community-readme.ts';
import { BUILD_NODE_MAJOR, renderDeployFiles } from './render/deploy.ts';
import { BLOG_SCRIPTS, CMS_DEPENDENCIES, CMS_SCRIPTS, COMMUNITY_SCRIPTS, renderPackageJson } from './render/package-json.ts';
import { renderReadme } from './render/readme.ts';
import { renderSampleLesson } from './render/sample-lesson.ts';

export interface PlannedFile {
  /** Relative to the project folder, with "/" separators. */
  path: string;
  content: string | Buffer;
}

/** Template files that are about the template itself, not part of a new site. */
const TEMPLATE_ONLY = new Set(['template.json', 'README.md']);
/** npm drops .gitignore from published packages, so templates keep it under another name. */
const RENAMES: Record<string, string> = { _gitignore: '.gitignore' };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Fills `{{key}}` with known values only; anything else (Vue-like text in a post) stays. A value
 * that ends a sentence itself ("Ani, S.Pd.") takes the place of the template's full stop, so no
 * "S.Pd.." appears.
 */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}(\.?)/g, (whole, key: string, stop: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return value.endsWith('.') ? value : `${value}${stop}`;
  });
}

/** Every file the new site gets, in memory: the dry run prints it, the write step writes it. */
export function planFiles(ctx: Context, answers: Answers): PlannedFile[] {
  const { template } = answers;
  const values = { today: isoDate(ctx.today), title: answers.title, author: answers.author, school: answers.school };
  const files: PlannedFile[] = [];
  for (const file of walk(template.dir)) {
    const rel = relative(template.dir, file).split(sep).join('/');
    if (TEMPLATE_ONLY.has(rel)) continue;
    const name = rel.split('/').pop()!;
    const path = RENAMES[name] ? rel.replace(/[^/]+$/, RENAMES[name]) : rel;
    files.push({ path, content: template.render.includes(rel) ? fill(readFileSync(file, 'utf8'), values) : readFileSync(file) });
  }

  const devCommand = runCommand(ctx.pm.name, 'dev');
  const name = packageNameFrom(ctx.projectDir!);
  if (template.kind === 'community') {
    const dependencies = { ...template.dependencies, '@guru-blog/community': `^${ctx.versions['@guru-blog/community']}`, ...ctx.flags.deps };
    files.push(
      { path: 'package.json', content: renderPackageJson({ name, scripts: COMMUNITY_SCRIPTS, dependencies, extra: packageJsonOverrides(ctx) }) },
      { path: 'astro.config.mjs', content: renderCommunityConfig({ title: answers.title, organizer: answers.author, deploy: answers.deploy, devCommand }) },
      { path: 'README.md', content: renderCommunityReadme(answers.title, ctx.pm, answers.deploy) },
      { path: '.nvmrc', content: `${BUILD_NODE_MAJOR}\n` },
      ...renderDeployFiles(answers.deploy, ctx.pm, true),
      ...packageManagerFiles(ctx),
    );
    return files.sort((a, b) => a.path.localeCompare(b.path));
  }

  const dependencies = {
    ...template.dependencies,
    ...(answers.cms ? CMS_DEPENDENCIES : {}),
    '@guru-blog/theme': `^${ctx.versions['@guru-blog/theme']}`,
    ...ctx.flags.deps,
  };
  const scripts = answers.cms ? { ...BLOG_SCRIPTS, ...CMS_SCRIPTS } : BLOG_SCRIPTS;
  const samplePost = files.find((f) => f.path.startsWith('src/content/posts/'))?.path ?? 'src/content/posts/';
  const lesson = renderSampleLesson(answers.subjects[0] ?? 'matematika', answers.school, ctx.today);
  files.push(
    { path: 'package.json', content: renderPackageJson({ name, scripts, dependencies, extra: packageJsonOverrides(ctx) }) },
    { path: 'astro.config.mjs', content: renderAstroConfig({ ...answers, devCommand }) },
    { path: lesson.path, content: lesson.content },
    {
      path: 'README.md',
      content: renderReadme({
        title: answers.title,
        pm: ctx.pm,
        deploy: answers.deploy,
        cms: answers.cms,
        samplePost,
        sampleLesson: lesson.path,
        lessonExample: { mapel: lesson.mapel, ...(lesson.kelas ? { kelas: lesson.kelas } : {}) },
      }),
    },
    { path: '.nvmrc', content: `${BUILD_NODE_MAJOR}\n` },
    ...renderDeployFiles(answers.deploy, ctx.pm),
    ...packageManagerFiles(ctx),
  );
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Settings some package managers need to install an Astro site without questions. */
function packageManagerFiles(ctx: Context): PlannedFile[] {
  const { name, major = 0 } = ctx.pm;
  // --dep also overrides the package where other dependencies pull it in (a tarball of the theme
  // under @guru-blog/community, say).
  const overrides = Object.entries(ctx.flags.deps);
  const pnpmOverrides = overrides.length
    ? `overrides:\n${overrides.map(([dep, spec]) => `  ${JSON.stringify(dep)}: ${JSON.stringify(spec)}`).join('\n')}\n`
    : '';
  // pnpm 10+ runs no install scripts unless allowed; esbuild and sharp need theirs (pnpm 11 renamed the setting).
  if (name === 'pnpm' && major >= 11) return [{ path: 'pnpm-workspace.yaml', content: `allowBuilds:\n  esbuild: true\n  sharp: true\n${pnpmOverrides}` }];
  if (name === 'pnpm' && major === 10) return [{ path: 'pnpm-workspace.yaml', content: `onlyBuiltDependencies:\n  - esbuild\n  - sharp\n${pnpmOverrides}` }];
  // Yarn 2+ defaults to Plug'n'Play, which Astro's tooling does not support well.
  if (name === 'yarn' && major >= 2) return [{ path: '.yarnrc.yml', content: 'nodeLinker: node-modules\n' }];
  return [];
}

/** package.json's own overrides field for npm and bun (resolutions for yarn) when --dep is used. */
export function packageJsonOverrides(ctx: Context): Record<string, Record<string, string>> {
  if (!Object.keys(ctx.flags.deps).length || ctx.pm.name === 'pnpm') return {};
  return { [ctx.pm.name === 'yarn' ? 'resolutions' : 'overrides']: { ...ctx.flags.deps } };
}
