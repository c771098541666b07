// The organizer's path at function level: which members file the site and the CLI read, filter
// values however a form spelt a region, failure reasons in both languages.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../src/cli/messages.ts';
import { failureReason } from '../src/fetch/failure-reason.ts';
import { choiceNotice, chooseMembersFile } from '../src/members/index.ts';
import type { FeedState } from '../src/model.ts';
import { provinceValue, regencyValue } from '../src/site/regions.ts';
import { readSiteMembers } from '../src/site/site-members.ts';

const dirs: string[] = [];
const site = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'guru-organizer-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CSV = 'Nama Lengkap,Alamat Blog\nAni Suryani,ani.blogspot.com\n';
const YAML = 'members:\n  - nama: Budi\n    blog: budi.blogspot.com\n';

describe('the members file', () => {
  it('the site reads members.csv when it is the only file, as the CLI does', () => {
    const dir = site({ 'members.csv': CSV });
    expect(chooseMembersFile(dir)).toEqual({ file: join(dir, 'members.csv'), ignored: [], from: 'found' });
    const read = readSiteMembers(dir);
    expect(read.members.map((m) => m.id)).toEqual(['ani-suryani']);
    expect(read.issues).toEqual([]);
    expect(read.choice).toBeUndefined();
  });

  it('one setting in package.json names another file for both', () => {
    const dir = site({ 'members.yaml': YAML, 'pendaftaran.csv': CSV, 'package.json': JSON.stringify({ 'guru-community': { members: 'pendaftaran.csv' } }) });
    expect(chooseMembersFile(dir)).toEqual({ file: join(dir, 'pendaftaran.csv'), ignored: [], from: 'setting' });
    expect(readSiteMembers(dir).members.map((m) => m.name)).toEqual(['Ani Suryani']);
    // A file named for one run still wins (--members, or the loader's own option).
    expect(chooseMembersFile(dir, 'members.yaml').file).toBe(join(dir, 'members.yaml'));
  });

  it('with two files there, says which one is used and why, in both languages', () => {
    const dir = site({ 'members.yaml': YAML, 'members.csv': CSV });
    const choice = chooseMembersFile(dir);
    expect(choice).toEqual({ file: join(dir, 'members.yaml'), ignored: ['members.csv'], from: 'found' });
    expect(choiceNotice(choice)).toBe(
      'berkas anggota yang dipakai: members.yaml; members.csv diabaikan (bila ada beberapa, urutannya members.yaml, members.yml, members.csv). Untuk memakai berkas lain, tulis "guru-community": { "members": "nama-berkas.csv" } di package.json, atau hapus berkas yang tidak dipakai',
    );
    expect(choiceNotice(choice, 'en')).toBe(
      'members file used: members.yaml; members.csv ignored (with several, the order is members.yaml, members.yml, members.csv). To use another file, write "guru-community": { "members": "file-name.csv" } in package.json, or delete the file that is not used',
    );
    expect(readSiteMembers(dir).choice).toBe(choiceNotice(choice));
  });

  it('no members file at all is one sentence, not a crash', () => {
    const dir = site({});
    expect(readSiteMembers(dir, { lang: 'en' }).issues.map((i) => i.message)).toEqual([
      'no members file (members.yaml, members.yml or members.csv) in the site folder; create one, or write "guru-community": { "members": "file-name.csv" } in package.json',
    ]);
  });
});

describe('regions as filter values', () => {
  it('one province however it is written', () => {
    for (const written of ['D.I. Yogyakarta', 'DI Yogyakarta', 'DIY', 'D.I.Y.', 'Daerah Istimewa Yogyakarta', 'Provinsi DI Yogyakarta', 'yogyakarta']) {
      expect(provinceValue(written), written).toEqual(['di-yogyakarta', 'DI Yogyakarta']);
    }
    expect(provinceValue('Jateng')).toEqual(['jawa-tengah', 'Jawa Tengah']);
    expect(provinceValue('Prov. Jawa Barat')).toEqual(['jawa-barat', 'Jawa Barat']);
    expect(provinceValue('NTT')).toEqual(['nusa-tenggara-timur', 'Nusa Tenggara Timur']);
    expect(provinceValue('Negeri Antah')).toEqual(['negeri-antah', 'Negeri Antah']);
  });

  it('one regency however it is written, and a city apart from the regency of the same name', () => {
    for (const written of ['Kab. Sleman', 'Kabupaten Sleman', 'Sleman', 'KAB SLEMAN', 'kab.sleman']) {
      expect(regencyValue(written), written).toEqual(['sleman', 'Sleman']);
    }
    expect(regencyValue('Kulon Progo')).toEqual(['kulon-progo', 'Kulon Progo']);
    expect(regencyValue('Kota Malang')).toEqual(['kota-malang', 'Kota Malang']);
    expect(regencyValue('Kotamadya Malang')).toEqual(['kota-malang', 'Kota Malang']);
    expect(regencyValue('Malang')).toEqual(['malang', 'Malang']);
  });
});

describe('failure reasons for the organizer', () => {
  const id = translator('id');
  const en = translator('en');
  const state = (lastError: string, reason?: FeedState['reason']): Pick<FeedState, 'status' | 'lastError' | 'reason'> => ({
    status: 'failing',
    lastError,
    ...(reason ? { reason } : {}),
  });

  it('say what happened and what to do, never the network’s words', () => {
    const cases: [Pick<FeedState, 'status' | 'lastError' | 'reason'>, string, string][] = [
      [
        state('discovery: blocked: address 10.0.0.1 is not public', 'blocked'),
        'alamatnya (atau alamat tujuan pengalihannya) ada di komputer ini atau jaringan lokal, jadi tidak diambil; periksa alamat blog dan feed di berkas anggota',
        'the address (or where it redirects) is on this computer or a local network, so it is not fetched; check the blog and feed addresses in the members file',
      ],
      [
        state('http-404', 'http-404'),
        'feed tidak ditemukan (404); periksa alamat feed, atau hapus kolom "feed" agar dicari dari alamat blog',
        'the feed was not found (404); check the feed address, or remove the "feed" column so it is found from the blog address',
      ],
      [
        state('discovery: http-404', 'http-404'),
        'halaman blog tidak ditemukan (404); periksa alamat blog bersama anggota',
        'the blog page was not found (404); check the blog address with the member',
      ],
      [
        state('network: connect ECONNREFUSED 1.2.3.4:443', 'network'),
        'sambungan ke blog gagal; biasanya sementara dan dicoba lagi otomatis. Bila terus terjadi, buka alamatnya di peramban',
        'the connection to the blog failed; usually temporary, tried again automatically. If it keeps happening, open the address in a browser',
      ],
      [
        state('discovery: dns: the host name does not resolve (ENOTFOUND)', 'dns'),
        'nama domain blog tidak ditemukan (salah ketik, atau domainnya sudah tidak aktif); periksa alamat blog bersama anggota',
        'the blog’s domain name does not exist (a typo, or the domain has lapsed); check the blog address with the member',
      ],
      [
        state('discovery: the blog page announces no feed', 'no-feed'),
        'halaman blog tidak menyebut feed-nya; tulis alamat feed di kolom "feed" (Blogger: alamat blog + /feeds/posts/default, WordPress: alamat blog + /feed/)',
        'the blog page names no feed; write the feed address in the "feed" column (Blogger: blog address + /feeds/posts/default, WordPress: blog address + /feed/)',
      ],
      [
        state('parse: HTML page, not a feed', 'parse'),
        'alamat feed membuka halaman web, bukan feed; hapus kolom "feed" agar feed dicari dari blog, atau tulis alamat feed yang benar',
        'the feed address opens a web page, not a feed; remove the "feed" column so the feed is found from the blog, or write the right feed address',
      ],
      [
        state('http-503', 'http-503'),
        'server blog sedang bermasalah (503); biasanya sementara dan dicoba lagi otomatis',
        'the blog’s server has a problem (503); usually temporary, tried again automatically',
      ],
      [
        state('store: ENOSPC: no space left on device', 'disk-full'),
        'disk penuh, jadi tulisan tidak bisa disimpan; kosongkan ruang disk lalu jalankan guru-community fetch lagi',
        'the disk is full, so posts cannot be stored; free some disk space and run guru-community fetch again',
      ],
      [
        { status: 'gone', lastError: 'http-410: the feed is gone' },
        'blog atau feed sudah dihapus (410); tanyakan alamat barunya kepada anggota, atau tulis aktif: tidak',
        'the blog or feed was deleted (410); ask the member for the new address, or write active: no',
      ],
    ];
    for (const [s, inIndonesian, inEnglish] of cases) {
      expect(failureReason(s, id), s.lastError).toBe(inIndonesian);
      expect(failureReason(s, en), s.lastError).toBe(inEnglish);
    }
  });

  it('stores written before failure codes were kept are read from the technical detail', () => {
    expect(failureReason(state('discovery: blocked: address 10.0.0.1 is not public'), en)).toBe(failureReason(state('x', 'blocked'), en));
    expect(failureReason(state('http-404'), en)).toBe(failureReason(state('x', 'http-404'), en));
    expect(failureReason(state('timeout: no complete answer in time'), en)).toBe(failureReason(state('x', 'timeout'), en));
    expect(failureReason(state('discovery: the blog page announces no feed'), en)).toBe(failureReason(state('x', 'no-feed'), en));
  });
});
