// Every deploy choice, for every package manager and both templates, gives files a host can run:
// they parse, run only scripts the generated package.json has, and ask for a Node that satisfies
// the installed astro's engines.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEPLOY_TARGETS } from '../src/context.ts';
import { planFiles } from '../src/plan.ts';
import { identity } from '../src/steps/identity.ts';
import { options } from '../src/steps/options.ts';
import { targetFolder } from '../src/steps/target-folder.ts';
import { template } from '../src/steps/template.ts';
import { checkDeployFiles, nodeVersionFits } from './deploy-check.ts';
import { testContext } from './helpers.ts';

// The astro the blog template installs, as resolved in this workspace (the theme's own).
const themeRequire = createRequire(createRequire(import.meta.url).resolve('@guru-blog/theme/package.json'));
const ASTRO_ENGINES = (JSON.parse(readFileSync(themeRequire.resolve('astro/package.json'), 'utf8')) as { engines: { node: string } }).engines.node;

async function generated(argv: string[], pm: 'npm' | 'pnpm' | 'yarn' | 'bun') {
  const ctx = testContext({ argv: [...argv, '--yes', '--no-install', '--no-git'], pm: pm === 'pnpm' ? { name: pm, major: 12 } : { name: pm } });
  for (const step of [targetFolder, template, identity, options]) await step(ctx);
  return Object.fromEntries(planFiles(ctx, ctx.answers as never).map((f) => [f.path, String(f.content)]));
}

describe('deploy files', () => {
  it('knows which Node versions fit an engines range', () => {
    expect(nodeVersionFits('24', '>=22.12.0')).toBe(true);
    expect(nodeVersionFits('22', '>=22.23.4')).toBe(false); // 22.0–22.23.3 would not do
    expect(nodeVersionFits('22.23.4', '>=22.23.4')).toBe(true);
    expect(nodeVersionFits('20', '>=22.12.0')).toBe(false);
    expect(nodeVersionFits('lts', '>=22.12.0')).toBe(false);
  });

  for (const kind of ['blog', 'community'] as const) {
    for (const pm of ['npm', 'pnpm', 'yarn', 'bun'] as const) {
      it(`${kind} with ${pm}: every deploy choice runs its own scripts on a Node astro accepts`, async () => {
        for (const deploy of DEPLOY_TARGETS) {
          const files = await generated(['blog-uji', '--template', kind, '--deploy', deploy], pm);
          expect(checkDeployFiles({ files, astroEngines: ASTRO_ENGINES }), `${kind} ${pm} ${deploy}`).toEqual([]);
          // The newest astro 7 asks for Node >= 22.23.4: the hosts' Node must fit that too.
          expect(checkDeployFiles({ files, astroEngines: '>=22.23.4' })).toEqual([]);
          expect(Boolean(files['netlify.toml'])).toBe(deploy === 'netlify' || deploy === 'all');
          expect(Boolean(files['.github/workflows/deploy.yml'])).toBe(deploy === 'github-pages' || deploy === 'all');
        }
      });
    }
  }

  it('the checker catches a missing script, a Node below the engines and a workflow that loses the base path', async () => {
    const files = await generated(['blog-uji', '--deploy', 'all'], 'npm');
    const broken = {
      ...files,
      'netlify.toml': files['netlify.toml']!.replace('npm run build', 'npm run bangun').replace('NODE_VERSION = "24"', 'NODE_VERSION = "20"'),
      '.github/workflows/deploy.yml': files['.github/workflows/deploy.yml']!.replace(/\n *BASE_PATH: .*/, ''),
    };
    const problems = checkDeployFiles({ files: broken, astroEngines: ASTRO_ENGINES });
    expect(problems).toEqual([
      expect.stringContaining('netlify.toml: runs "npm run bangun"'),
      expect.stringContaining('netlify.toml: NODE_VERSION 20'),
      expect.stringContaining('deploy.yml: the build step does not pass SITE_URL and BASE_PATH'),
    ]);
  });

  it('a template repository (deploy all) publishes anywhere: Netlify and GitHub Pages files, base from the environment', async () => {
    const files = await generated(['blog-templat', '--deploy', 'all', '--mapel', 'ipa'], 'npm');
    const config = files['astro.config.mjs']!;
    expect(config).toContain('site: process.env.URL || process.env.SITE_URL,');
    expect(config).toContain("base: process.env.BASE_PATH || '/',");
    const workflow = parseYaml(files['.github/workflows/deploy.yml']!);
    // A copy published on Netlify never has a failing GitHub Pages run.
    expect(workflow.jobs.build.if).toBe('github.event.repository.has_pages');
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(files['README.md']).toContain('### Netlify');
    expect(files['README.md']).toContain('### GitHub Pages');
    expect(files['README.md']).toContain('### Cloudflare Pages');
    // A plain GitHub Pages blog builds on every push, without the guard.
    const pages = parseYaml((await generated(['blog-pages', '--deploy', 'github-pages'], 'npm'))['.github/workflows/deploy.yml']!);
    expect(pages.jobs.build.if).toBeUndefined();
  });
});
