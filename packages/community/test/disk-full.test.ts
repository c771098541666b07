// A store on a full disk, for real: the installed CLI runs in a private mount namespace whose store
// folder is a 64 KB tmpfs (unshare: no root needed where user namespaces are on), fetching feeds
// from loopback servers that are too big to fit. The organizer gets one sentence in their language,
// no temporary file is left behind, and `status` tells the truth afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LoopbackFarm, startLoopbackFarm } from '@guru-blog/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rss, rssItem } from './fault/feeds.ts';

const BIN = fileURLToPath(new URL('../bin/guru-community.mjs', import.meta.url));
const canUnshare =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=8k tmpfs /mnt 2>/dev/null || mount -t tmpfs -o size=8k tmpfs /tmp'], { encoding: 'utf8' })
    .status === 0;
const SCRIPT = `
mount -t tmpfs -o size=64k tmpfs "$STORE" || exit 97
"$NODE" "$BIN" fetch --allow-loopback --store "$STORE" >"$OUT/fetch.out" 2>"$OUT/fetch.err"; echo $? >"$OUT/fetch.code"
"$NODE" "$BIN" status --allow-loopback --store "$STORE" >"$OUT/status.out" 2>"$OUT/status.err"; echo $? >"$OUT/status.code"
ls -a "$STORE" "$STORE/items" >"$OUT/ls" 2>&1
`;

let farm: LoopbackFarm;
const site = mkdtempSync(join(tmpdir(), 'guru-community-full-'));
const read = (name: string) => readFileSync(join(site, 'out', name), 'utf8');

beforeAll(async () => {
  // Each feed holds about 100 KB of posts: more than the whole disk.
  const big = (name: string) =>
    rss(Array.from({ length: 40 }, (_, i) => rssItem(`${name}-${i}`, `Tulisan ${i}`, `<p>${'Isi panjang. '.repeat(200)}</p>`)).join('\n'));
  farm = await startLoopbackFarm(['127.0.0.1'], (req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(big(req.url ?? ''));
  });
  const origin = farm.origins[0]!;
  writeFileSync(
    join(site, 'members.yaml'),
    `members:\n  - nama: Ani\n    blog: ${origin}/ani/\n    feed: ${origin}/ani/feed\n  - nama: Budi\n    blog: ${origin}/budi/\n    feed: ${origin}/budi/feed\n`,
  );
  if (!canUnshare) return;
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(site, 'store'));
  mkdirSync(join(site, 'out'));
  // Not spawnSync: the loopback servers live in this process and must keep answering.
  const child = spawn('unshare', ['-rm', 'sh', '-c', SCRIPT], {
    cwd: site,
    env: { ...process.env, STORE: join(site, 'store'), OUT: join(site, 'out'), NODE: process.execPath, BIN },
    stdio: 'ignore',
  });
  await once(child, 'exit');
}, 120_000);

afterAll(async () => {
  await farm?.close();
  rmSync(site, { recursive: true, force: true });
});

describe.skipIf(!canUnshare)('a full disk (a 64 KB tmpfs as the store)', () => {
  it('fetch says so in one sentence, in Indonesian, and exits 1: no stack trace', () => {
    expect(read('fetch.code').trim()).toBe('1');
    expect(read('fetch.err')).toContain(
      `Simpanan ${join(site, 'store')} tidak bisa ditulis: disk penuh, jadi tulisan tidak bisa disimpan; kosongkan ruang disk lalu jalankan guru-community fetch lagi. Hasil yang sudah tersimpan tetap aman.\n`,
    );
    expect(read('fetch.err') + read('fetch.out')).not.toMatch(/ENOSPC|\n\s+at /);
  });

  it('leaves no temporary file behind', () => {
    expect(read('ls')).not.toMatch(/\.tmp/);
    expect(read('ls')).toMatch(/feeds\.json/);
  });

  it('status tells the truth: the feeds that could not be stored are failing, exit 1', () => {
    expect(read('status.code').trim()).toBe('1');
    const table = read('status.out');
    expect(table).toMatch(/^(ani|budi)\s+gagal\s+0\s+.*disk penuh, jadi tulisan tidak bisa disimpan/m);
    expect(table).not.toMatch(/\sbaik\s/);
  });
});
