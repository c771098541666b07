// A real interactive run in a terminal (tmux): every question answered by typing, as a workshop
// participant would, then the files on disk are checked. Also Ctrl-C at a question and during the
// install, and an old Node.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oldNode, openTerminal, type Terminal } from '@guru-blog/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';

const BIN = fileURLToPath(new URL('../bin/create-guru-blog.mjs', import.meta.url));
const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

function baseEnv(extraPath?: string): Record<string, string> {
  return {
    PATH: [extraPath, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].filter(Boolean).join(':'),
    HOME: tempDir('cgb-home-'),
    TERM: 'xterm-256color',
    // Never the public registry from a test.
    npm_config_registry: 'http://127.0.0.1:9/',
    GIT_AUTHOR_NAME: 'Bu Sari',
    GIT_AUTHOR_EMAIL: 'sari@example.sch.id',
    GIT_COMMITTER_NAME: 'Bu Sari',
    GIT_COMMITTER_EMAIL: 'sari@example.sch.id',
  };
}

async function start(cwd: string, args: string[], env = baseEnv()) {
  const terminal = await openTerminal({ command: process.execPath, args: [BIN, ...args], cwd, env });
  open.push(terminal);
  return terminal;
}

/** Types an answer once the question is on screen. */
async function answer(t: Terminal, question: string, text: string) {
  await t.waitFor(question);
  if (text) t.type(text);
  t.press('Enter');
}

describe('create-guru-blog in a terminal', () => {
  it('asks every question in Indonesian and writes the answers', async () => {
    const cwd = tempDir('cgb-tty-');
    const t = await start(cwd, []);
    await answer(t, 'Di folder mana blog dibuat?', 'blog-sari');
    await answer(t, 'Blog seperti apa?', ''); // the first choice: a teacher's blog
    await answer(t, 'Judul blog?', 'Fisika Asyik Bu Sari');
    await answer(t, 'Nama Anda', 'Sari Wulandari, M.Pd.');
    await answer(t, 'Sekolah tempat mengajar?', 'SMA Negeri 1 Sleman');
    await t.waitFor('Mata pelajaran yang Anda ajar?');
    t.type('fisik');
    await t.waitFor('1 cocok');
    t.press('Tab');
    await t.waitFor('Dipilih: Fisika');
    for (let i = 0; i < 5; i++) t.press('BSpace');
    // "ipa" puts IPA, the exact short name, first and under the highlight (not IPAS of SD).
    t.type('ipa');
    await t.waitFor('3 cocok');
    t.press('Tab');
    await t.waitFor('Dipilih: Fisika, Ilmu Pengetahuan Alam (IPA)');
    for (let i = 0; i < 3; i++) t.press('BSpace');
    t.type('kimia');
    await t.waitFor(/◻ Kimia/);
    t.press('Tab');
    await t.waitFor('Dipilih: Fisika, Ilmu Pengetahuan Alam (IPA), Kimia');
    t.press('Enter');
    await t.waitFor('Warna utama blog?');
    t.press('Enter'); // the default, Senja
    await t.waitFor('Di mana blog akan diterbitkan?');
    t.press('Down'); // Netlify → GitHub Pages
    t.press('Enter');
    await t.waitFor('Pasang dependensi sekarang dengan npm?');
    t.press('Right'); // Ya → Tidak
    t.press('Enter');
    await answer(t, 'Buat repositori Git?', '');
    expect(await t.exitCode()).toBe(0);
    const screen = t.screen();
    expect(screen).toContain('Repositori Git dibuat dengan commit pertama.');
    expect(screen).toContain('npm run dev');

    const dir = join(cwd, 'blog-sari');
    const config = readFileSync(join(dir, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("title: 'Fisika Asyik Bu Sari'");
    expect(config).toContain("name: 'Sari Wulandari, M.Pd.'");
    expect(config).toContain("school: 'SMA Negeri 1 Sleman'");
    expect(config).toContain("subjects: ['fisika', 'ipa', 'kimia']");
    expect(existsSync(join(dir, '.github', 'workflows', 'deploy.yml'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    expect(readFileSync(join(dir, 'src', 'content', 'lessons', 'contoh-modul-ajar-fisika.md'), 'utf8')).toMatch(/^jenjang: sma$/m);
    const log = spawnSync('git', ['log', '--format=%an|%s'], { cwd: dir, encoding: 'utf8' });
    expect(log.stdout.trim()).toBe('Bu Sari|Blog baru dari create-guru-blog');
    expect(spawnSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' }).stdout).toBe('');
  });

  it('Ctrl-C at a question ends without writing anything', async () => {
    const cwd = tempDir('cgb-tty-');
    const t = await start(cwd, []);
    await answer(t, 'Di folder mana blog dibuat?', 'blog-batal');
    await answer(t, 'Blog seperti apa?', '');
    await answer(t, 'Judul blog?', 'Blog Batal');
    await t.waitFor('Nama Anda');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('Dibatalkan. Tidak ada berkas yang ditulis.');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('Ctrl-C during the install removes the new folder and nothing else', async () => {
    const cwd = tempDir('cgb-tty-');
    writeFileSync(join(cwd, 'catatan.txt'), 'punya guru');
    // A package manager that takes its time, so the test can interrupt it mid-install.
    const fakeBin = join(tempDir('cgb-bin-'), 'bin');
    mkdirSync(fakeBin);
    writeFileSync(join(fakeBin, 'npm'), '#!/bin/sh\necho "installing…"\nsleep 60\n');
    chmodSync(join(fakeBin, 'npm'), 0o755);
    const t = await start(cwd, ['kelas/blog-lambat', '--yes', '--offline', '--no-git'], baseEnv(fakeBin));
    await t.waitFor('Memasang dependensi dengan npm');
    expect(existsSync(join(cwd, 'kelas', 'blog-lambat', 'astro.config.mjs'))).toBe(true);
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('dihapus lagi');
    expect(readdirSync(cwd)).toEqual(['catatan.txt']);
  });

  it('English with --lang en', async () => {
    const cwd = tempDir('cgb-tty-');
    const t = await start(cwd, ['--lang', 'en', '--dry-run']);
    await answer(t, 'Which folder should the blog go in?', '');
    await t.waitFor('What kind of blog?');
    t.press('C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('Cancelled. Nothing was written.');
  });
});

describe('on an old Node (22.11, from the npm registry)', () => {
  it('explains in Indonesian how to upgrade, and writes nothing', () => {
    const old = oldNode('22.11.0');
    const cwd = tempDir('cgb-old-');
    const result = spawnSync(old, [BIN, 'blog', '--yes'], { cwd, encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('komputer ini memakai v22.11.0');
    expect(result.stderr).toContain('https://nodejs.org/id');
    expect(readdirSync(cwd)).toEqual([]);
  }, 300_000);
});
