import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminScriptSrc, findAdminScript, publishAdminScript, serveAdminScript } from '../../src/cms/admin-script.ts';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'guru-admin-script-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("the editor's prebuilt script", () => {
  it('is built with the package, and named after its content', () => {
    const script = findAdminScript();
    expect(script, 'dist/cms/admin.js (scripts/build.mjs)').toBeDefined();
    expect(readFileSync(script!.file, 'utf8').length).toBeGreaterThan(1_000_000);
    const dir = temp();
    writeFileSync(join(dir, 'a.js'), 'console.log(1)');
    writeFileSync(join(dir, 'b.js'), 'console.log(2)');
    const [a, b] = [findAdminScript(join(dir, 'a.js'))!, findAdminScript(join(dir, 'b.js'))!];
    expect(a.name).toMatch(/^guru-blog-admin\.[\w-]{10}\.js$/);
    expect(a.name).not.toBe(b.name);
    expect(findAdminScript(join(dir, 'missing.js'))).toBeUndefined();
  });

  it('is addressed under the site base, in the assets folder', () => {
    const script = { file: '/x/admin.js', name: 'guru-blog-admin.abc.js' };
    expect(adminScriptSrc(script, '/', '_astro')).toBe('/_astro/guru-blog-admin.abc.js');
    expect(adminScriptSrc(script, '/blog-bu-ani', '_astro')).toBe('/blog-bu-ani/_astro/guru-blog-admin.abc.js');
    expect(adminScriptSrc(script, '/blog/', '/aset/')).toBe('/blog/aset/guru-blog-admin.abc.js');
  });

  it('is copied into a built site with its licence notices', () => {
    const dir = temp();
    writeFileSync(join(dir, 'admin.js'), 'export {}');
    writeFileSync(join(dir, 'admin.js.LEGAL.txt'), 'MIT');
    const out = temp();
    publishAdminScript({ file: join(dir, 'admin.js'), name: 'guru-blog-admin.x.js' }, out, '_astro');
    expect(readFileSync(join(out, '_astro', 'guru-blog-admin.x.js'), 'utf8')).toBe('export {}');
    expect(readFileSync(join(out, '_astro', 'guru-blog-admin.x.js.LEGAL.txt'), 'utf8')).toBe('MIT');
  });

  it('is served as it is in astro dev at its address, and other requests go on', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'admin.js'), 'export const editor = true;');
    const middleware = serveAdminScript({ file: join(dir, 'admin.js'), name: 'n.js' }, '/_astro/n.js');
    const server = createServer((req, res) => middleware(req, res, () => res.writeHead(404).end('next')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const script = await fetch(`${origin}/_astro/n.js?v=1`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
      expect(await script.text()).toBe('export const editor = true;');
      expect((await fetch(`${origin}/admin/`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});
