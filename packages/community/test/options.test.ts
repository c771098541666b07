import { describe, expect, it } from 'vitest';
import { dateFormatter } from '../src/site/dates.ts';
import guruCommunity from '../src/site/integration.ts';
import { communityOptionsSchema } from '../src/site/options.ts';
import { words } from '../src/site/words.ts';

describe('guruCommunity() options', () => {
  it('fills defaults and keeps overrides', () => {
    const options = communityOptionsSchema.parse({ title: 'Blog Guru', organizer: 'IGI', strings: { 'nav.members': 'Daftar Guru' } });
    expect(options).toMatchObject({ lang: 'id', store: '.guru-community', postsPerPage: 20, components: {} });
    // No default file: the site reads the file the CLI reads (the package.json setting, else members.yaml|yml|csv).
    expect(options.members).toBeUndefined();
  });

  it('names an unknown option, string key or component', () => {
    expect(() => guruCommunity({ title: 'x', organizer: 'y', strings: { 'nav.anggota': 'x' } })).toThrow(
      /strings\.nav\.anggota: unknown string key "nav\.anggota"/,
    );
    expect(() => guruCommunity({ title: 'x', organizer: 'y', components: { Header: 'x.astro' } } as never)).toThrow(/components/);
    expect(() => guruCommunity({ title: '', organizer: 'y' })).toThrow(/title/);
  });

  it('dates member posts in the community time zone, WIB unless told otherwise', () => {
    expect(communityOptionsSchema.parse({ title: 'x', organizer: 'y' }).timeZone).toBe('Asia/Jakarta');
    expect(() => guruCommunity({ title: 'x', organizer: 'y', timeZone: 'WITA' })).toThrow(/timeZone: zona waktu tidak dikenal/);
    // 16:30 UTC is 23:30 WIB on the 16th but 00:30 WITA on the 17th.
    expect(dateFormatter('id', 'Asia/Jakarta')('2025-08-16T16:30:00Z')).toBe('16 Agustus 2025');
    expect(dateFormatter('id', 'Asia/Makassar')('2025-08-16T16:30:00Z')).toBe('17 Agustus 2025');
    expect(dateFormatter('en', 'Asia/Jayapura')('2025-08-16T16:30:00Z')).toBe('17 August 2025');
  });

  it('words fall back from English to Indonesian, and a site string wins over both', () => {
    expect(words('en')('nav.members')).toBe('Members');
    expect(words('id')('members.count', { count: 3 })).toBe('3 anggota');
    expect(words('en', { 'nav.members': 'Teachers' })('nav.members')).toBe('Teachers');
  });
});
