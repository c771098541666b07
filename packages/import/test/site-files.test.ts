import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSite, SiteFiles } from '../src/write/site.ts';
import { makeSite } from './helpers.ts';

describe('the site the import writes into', () => {
  it('refuses every path that leads out of the site, also through a symbolic link', async () => {
    const root = makeSite('outside');
    const files = new SiteFiles(root);
    expect(() => files.path('../elsewhere.md')).toThrow(/outside the site/);
    expect(() => files.path('/etc/passwd')).toThrow(/outside the site/);
    const away = join(root, '..', 'away');
    mkdirSync(away, { recursive: true });
    symlinkSync(away, join(root, 'src/content/posts/link'));
    await expect(files.write('src/content/posts/link/index.md', 'x')).rejects.toThrow(/outside the site/);
    await files.write('src/content/posts/ok/index.md', 'ok');
    expect(await files.readText('src/content/posts/ok/index.md')).toBe('ok');
  });

  it('reads the site address and time zone from astro.config, and knows a folder that is not a site', () => {
    const root = makeSite('config');
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import guruBlog from '@guru-blog/theme';\nexport default { site: 'https://bu-ani.sch.id/', integrations: [guruBlog({ timeZone: \"Asia/Makassar\" })] };\n",
    );
    expect(findSite(root)).toEqual({ root, site: 'https://bu-ani.sch.id', base: '', baseSource: 'none', timeZone: 'Asia/Makassar' });
    // A project site on GitHub Pages; `database:` and `website:` elsewhere are not `base:` and `site:`.
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import guruBlog from '@guru-blog/theme';\nconst extra = { database: 'nilai', website: 'https://lain.example' };\nexport default { site: 'https://bu-ani.github.io', base: 'blog-ipa/', integrations: [guruBlog()] };\n",
    );
    expect(findSite(root)).toEqual({ root, site: 'https://bu-ani.github.io', base: '/blog-ipa', baseSource: 'config', timeZone: 'Asia/Jakarta' });
    expect(findSite(join(root, 'src'))).toBeUndefined();
  });

  it('works out the base of a GitHub Pages site that takes it from the deploy workflow, as the workflow will', () => {
    const root = makeSite('pages-base');
    // What `npm create guru-blog -- --deploy github-pages` writes.
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import guruBlog from '@guru-blog/theme';\nexport default defineConfig({\n  site: process.env.SITE_URL,\n  base: process.env.BASE_PATH || '/',\n  integrations: [guruBlog({ cms: { backend: { name: 'github', baseUrl: 'https://oauth.example' } } })],\n});\n",
    );
    // Not on GitHub yet: the base is not known, and the summary will say so.
    expect(findSite(root)).toMatchObject({ base: '', baseSource: 'unresolved' });
    mkdirSync(join(root, '.github/workflows'), { recursive: true });
    writeFileSync(join(root, '.github/workflows/deploy.yml'), 'jobs:\n  build:\n    steps:\n      - uses: actions/configure-pages@v5\n        id: pages\n');
    mkdirSync(join(root, '.git'), { recursive: true });
    const remote = (url: string) =>
      writeFileSync(
        join(root, '.git/config'),
        `[core]\n\tbare = false\n[remote "upstream"]\n\turl = https://github.com/lain/lain.git\n[remote "origin"]\n\turl = ${url}\n`,
      );
    remote('https://github.com/Bu-Ani/blog-ipa.git');
    expect(findSite(root)).toEqual({
      root,
      site: 'https://bu-ani.github.io',
      base: '/blog-ipa',
      // A site made for GitHub Pages and Netlify: Netlify builds without the workflow's BASE_PATH.
      netlifyBase: '',
      baseSource: 'github',
      timeZone: 'Asia/Jakarta',
    });
    remote('git@github.com:bu-ani/bu-ani.github.io.git');
    expect(findSite(root)).toMatchObject({ base: '', site: 'https://bu-ani.github.io' });
    remote('https://github.com/bu-ani/blog-ipa');
    // The environment wins (as when building), and --base wins over everything.
    expect(findSite(root, { BASE_PATH: '/lain/' })).toMatchObject({ base: '/lain', baseSource: 'env' });
    expect(findSite(root, { BASE_PATH: '/lain/' }, 'kelas-7')).toMatchObject({ base: '/kelas-7', baseSource: 'option' });
    // A custom domain (public/CNAME) serves the site at the root.
    mkdirSync(join(root, 'public'), { recursive: true });
    writeFileSync(join(root, 'public/CNAME'), 'blog.bu-ani.sch.id\n');
    expect(findSite(root)).toMatchObject({ base: '', baseSource: 'none' });
  });
});
