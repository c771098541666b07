// `guru-community dev|build|preview`, the directory site's npm scripts: the site's Astro, started
// quietly, on a Node it accepts (the theme's bootstrap) — never Astro's English "not supported".
// The site's astro is a stand-in that says how and on which Node it was started.
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oldNode, temporaryFolders } from '@guru-blog/testing';
import { cacheRoot } from '@guru-blog/theme/node';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/guru-community.mjs', import.meta.url));
const temp = temporaryFolders();

/** A directory site whose astro is a stand-in declaring `engines` (none when undefined). */
function site(engines?: string): string {
  const dir = temp('guru-community-astro-');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'direktori', private: true, type: 'module' }));
  const astro = join(dir, 'node_modules', 'astro');
  mkdirSync(join(astro, 'bin'), { recursive: true });
  writeFileSync(
    join(astro, 'package.json'),
    JSON.stringify({ name: 'astro', version: '7.4.5', type: 'module', ...(engines ? { engines: { node: engines } } : {}) }),
  );
  writeFileSync(
    join(astro, 'bin', 'astro.mjs'),
    'console.log(JSON.stringify({ argv: process.argv.slice(2), node: process.version, update: process.env.ASTRO_DISABLE_UPDATE_CHECK, telemetry: process.env.ASTRO_TELEMETRY_DISABLED }));\n',
  );
  return dir;
}

// NODE_PATH: the test runner's would let Node find the workspace's astro from any folder.
const ENV = {
  NODE_PATH: '',
  LANG: 'id_ID.UTF-8',
  LC_ALL: '',
  LC_MESSAGES: '',
  ASTRO_DISABLE_UPDATE_CHECK: '',
  ASTRO_TELEMETRY_DISABLED: '',
  GURU_BLOG_NODE_RELAUNCHED: '',
};

function run(cwd: string, args: string[], env: Record<string, string> = {}, node = process.execPath) {
  const r = spawnSync(node, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...ENV, ...env }, timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('guru-community dev, build and preview', () => {
  it("start the site's Astro with its options, without telemetry or Astro's English upgrade advice; --lang stays ours", () => {
    const out = run(site(), ['build', '--lang', 'en', '--outDir', 'publik']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ argv: ['build', '--outDir', 'publik'], node: process.version, update: 'true', telemetry: '1' });
  });

  it('say in the organizer’s language when Astro is not installed', () => {
    const dir = temp('guru-community-empty-');
    const id = run(dir, ['dev']);
    expect(id.code).toBe(1);
    expect(id.stderr).toBe(
      'Astro belum terpasang di folder ini, jadi `guru-community dev` tidak bisa jalan. Jalankan di folder situs direktori, setelah `npm install`.\n',
    );
    expect(run(dir, ['preview', '--lang=en']).stderr).toBe(
      'Astro is not installed in this folder, so `guru-community preview` cannot run. Run it in the directory site’s folder, after `npm install`.\n',
    );
  });

  it('on a Node older than the Astro needs (22.14), run on the cached Node 24, said in one Indonesian line', () => {
    const old = oldNode('22.14.0');
    const home = temp('guru-community-cache-');
    mkdirSync(join(home, 'guru-blog'));
    symlinkSync(join(cacheRoot(), 'node-24'), join(home, 'guru-blog', 'node-24'), 'dir');
    const out = run(site('>=22.23.4'), ['build'], { XDG_CACHE_HOME: home, PATH: `${dirname(old)}:${process.env.PATH ?? ''}` }, old);
    expect(out.stderr).toContain('[guru-community] Node v22.14.0 terlalu lama untuk Astro 7.4.5 (butuh Node 22.23.4 atau lebih baru); memakai Node 24.');
    expect(out.stderr).not.toContain('is not supported');
    expect(JSON.parse(out.stdout)).toMatchObject({ argv: ['build'], node: expect.stringMatching(/^v24\./) });
    expect(out.code).toBe(0);
  }, 300_000);

  it('without a download, stop naming the Node to install', () => {
    const old = oldNode('22.14.0');
    const out = run(site('>=22.23.4'), ['dev'], { XDG_CACHE_HOME: temp('guru-community-nocache-'), GURU_BLOG_NO_NODE_DOWNLOAD: '1' }, old);
    expect(out.stderr).toContain(
      '[guru-community] Blog ini memakai Astro 7.4.5, yang butuh Node 22.23.4 atau lebih baru, sedangkan Node di komputer ini v22.14.0.',
    );
    expect(out.stdout).toBe('');
    expect(out.code).toBe(1);
  }, 300_000);
});
