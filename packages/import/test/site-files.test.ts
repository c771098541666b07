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
    expect(findSite(root)).toEqual({ root, site: 'https://bu-ani.sch.id', base: '', timeZone: 'Asia/Makassar' });
    // A project site on GitHub Pages; `database:` and `website:` elsewhere are not `base:` and `site:`.
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "import guruBlog from '@guru-blog/theme';\nconst extra = { database: 'nilai', website: 'https://lain.example' };\nexport default { site: 'https://bu-ani.github.io', base: 'blog-ipa/', integrations: [guruBlog()] };\n",
    );
    expect(findSite(root)).toEqual({ root, site: 'https://bu-ani.github.io', base: '/blog-ipa', timeZone: 'Asia/Jakarta' });
    expect(findSite(join(root, 'src'))).toBeUndefined();
  });
});
