import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readSiteRedirects } from '../src/integration/redirects.ts';

const dirs: string[] = [];
function site(content?: string): URL {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  dirs.push(dir);
  if (content !== undefined) writeFileSync(join(dir, 'redirects.json'), content);
  return pathToFileURL(`${dir}/`);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('redirects.json (old addresses written by guru-blog import)', () => {
  it('gives its site paths to Astro', () => {
    const warnings: string[] = [];
    const redirects = readSiteRedirects(site(JSON.stringify({ '/2019/08/pecahan.html': '/posts/pecahan/', '/p/profil.html': '/profil/' })), (m) =>
      warnings.push(m),
    );
    expect(redirects).toEqual({ '/2019/08/pecahan.html': '/posts/pecahan/', '/p/profil.html': '/profil/' });
    expect(warnings).toEqual([]);
  });

  it('leaves out and reports entries that are not plain site paths', () => {
    const warnings: string[] = [];
    const redirects = readSiteRedirects(
      site(JSON.stringify({ '/lama/': 'https://jahat.example/', '//evil': '/x/', '/ok/': '/baru/', '/bad/': '/"><script>' })),
      (m) => warnings.push(m),
    );
    expect(redirects).toEqual({ '/ok/': '/baru/' });
    expect(warnings).toHaveLength(3);
  });

  it('is optional, and a broken file is reported rather than stopping the build', () => {
    expect(readSiteRedirects(site(), () => {})).toEqual({});
    const warnings: string[] = [];
    expect(readSiteRedirects(site('{ "/a": '), (m) => warnings.push(m))).toEqual({});
    expect(warnings[0]).toContain('redirects.json');
  });
});
