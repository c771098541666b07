// The Node floor comes from the installed astro's engines.node, and the blog's scripts either run
// on a suitable Node (fetched once into the cache) or stop naming the one to install. Old Node
// versions come from the npm registry's `node` package (cached under ~/.cache/guru-blog/node-<version>);
// the scripts run through npm and pnpm as a teacher's would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oldNode } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { astroNodeFloor, floorOfRange, lockfileAstroFloor, meetsFloor } from '../src/node/index.mjs';

const THEME = fileURLToPath(new URL('..', import.meta.url));
const REPO = join(THEME, '..', '..');
const CACHE = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'guru-blog');
const PNPM_BIN = join(REPO, 'node_modules', '.bin');

describe('the Node floor', () => {
  it('is the lowest version an engines.node range allows', () => {
    expect(floorOfRange('>=22.12.0')).toBe('22.12.0');
    expect(floorOfRange('>=22.23.4')).toBe('22.23.4');
    expect(floorOfRange('^20.19.0 || >=22.12.0')).toBe('20.19.0');
    expect(floorOfRange('>=22.12.0 <23')).toBe('22.12.0');
    expect(floorOfRange('<23')).toBeUndefined();
    expect(meetsFloor('v22.23.3', '22.23.4')).toBe(false);
    expect(meetsFloor('v24.0.0', '22.23.4')).toBe(true);
  });

  it('is the same from the installed astro and from the lockfile that pinned it', () => {
    const installed = astroNodeFloor(THEME);
    expect(installed?.floor).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lockfileAstroFloor(readFileSync(join(REPO, 'pnpm-lock.yaml'), 'utf8'))).toEqual(installed);
  });
});

/** A blog whose installed astro is a stand-in declaring `engines`, with the real guru-blog launcher. */
function blog(engines: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'guru-node-floor-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'blog', private: true, type: 'module', scripts: { build: 'guru-blog build', dev: 'guru-blog dev' } }),
  );
  const astro = join(dir, 'node_modules', 'astro');
  mkdirSync(join(astro, 'bin'), { recursive: true });
  writeFileSync(join(astro, 'package.json'), JSON.stringify({ name: 'astro', version: '7.4.5', type: 'module', engines: { node: engines } }));
  // Astro's real one would print "Node.js v… is not supported by Astro!": this one says where it ran.
  writeFileSync(join(astro, 'bin', 'astro.mjs'), "console.log('astro ' + process.argv[2] + ' ran on ' + process.version);\n");
  mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
  mkdirSync(join(dir, 'node_modules', '@guru-blog'), { recursive: true });
  symlinkSync(THEME, join(dir, 'node_modules', '@guru-blog', 'theme'), 'dir');
  symlinkSync(join(THEME, 'bin', 'guru-blog.mjs'), join(dir, 'node_modules', '.bin', 'guru-blog'));
  return dir;
}

/** A cache folder holding the already fetched Node 24 (so no test downloads it again). */
function warmCache(): string {
  const home = mkdtempSync(join(tmpdir(), 'guru-cache-'));
  mkdirSync(join(home, 'guru-blog'));
  symlinkSync(join(CACHE, 'node-24'), join(home, 'guru-blog', 'node-24'), 'dir');
  return home;
}

function runScript(pm: 'npm' | 'pnpm', nodeBin: string, cwd: string, env: Record<string, string>) {
  const PATH = [nodeBin, ...(pm === 'pnpm' ? [PNPM_BIN] : []), process.env.PATH].join(delimiter);
  const r = spawnSync(pm, ['run', 'build'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH, LANG: 'id_ID.UTF-8', LC_ALL: '', LC_MESSAGES: '', GURU_BLOG_NODE_RELAUNCHED: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

const CASES: { version: string; pms: ('npm' | 'pnpm')[] }[] = [
  { version: '20', pms: ['npm'] },
  { version: '22.14.0', pms: ['npm', 'pnpm'] },
  { version: '22.20.0', pms: ['npm', 'pnpm'] },
];

/** An old Node's bin folder and its exact version. */
function installed(version: string) {
  const binary = oldNode(version);
  return { bin: dirname(binary), version: spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '') };
}

describe.each(CASES)('a blog whose Astro needs Node 22.23.4, on Node $version', ({ version, pms }) => {
  const node = installed(version);

  it.each(pms)('with %s: runs the build on the cached Node 24, said in one Indonesian line', (pm) => {
    const cwd = blog('>=22.23.4');
    const { code, out } = runScript(pm, node.bin, cwd, { XDG_CACHE_HOME: warmCache() });
    expect(out).toContain(`[guru-blog] Node v${node.version} terlalu lama untuk Astro 7.4.5 (butuh Node 22.23.4 atau lebih baru); memakai Node 24.`);
    expect(out).toMatch(/astro build ran on v24\.\d+\.\d+/);
    expect(out).not.toContain('is not supported');
    expect(code).toBe(0);
  });

  it.each(pms)('with %s: without a download, stops naming the version to install', (pm) => {
    const cwd = blog('>=22.23.4');
    const empty = mkdtempSync(join(tmpdir(), 'guru-cache-empty-'));
    const { code, out } = runScript(pm, node.bin, cwd, { XDG_CACHE_HOME: empty, GURU_BLOG_NO_NODE_DOWNLOAD: '1' });
    expect(out).toContain(
      `[guru-blog] Blog ini memakai Astro 7.4.5, yang butuh Node 22.23.4 atau lebih baru, sedangkan Node di komputer ini v${node.version}.\n` +
        'Pasang Node 24 (LTS) dari https://nodejs.org, tutup terminal ini, lalu jalankan perintahnya lagi di terminal baru.',
    );
    expect(out).not.toContain('astro build ran');
    expect(code).not.toBe(0);
  });
});

describe('the monorepo bootstrap', () => {
  it('uses the same floor: on Node 20 without a download it names the Node the installed Astro needs', () => {
    const node = installed('20');
    const empty = mkdtempSync(join(tmpdir(), 'guru-cache-empty-'));
    const r = spawnSync(join(node.bin, 'node'), [join(REPO, 'scripts', 'run.mjs'), 'build'], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: empty, GURU_BLOG_NO_NODE_DOWNLOAD: '1', GURU_BLOG_NODE_RELAUNCHED: '', LANG: 'en_US.UTF-8', LC_ALL: '' },
    });
    const floor = astroNodeFloor(THEME)!;
    expect(r.stderr).toContain(
      `[guru-blog] This blog uses Astro ${floor.astro}, which needs Node ${floor.floor} or newer; this computer has Node v${node.version}.`,
    );
    expect(r.status).toBe(1);
  });
});
