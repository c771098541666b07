import { describe, expect, it } from 'vitest';
import { parseOptions } from '../src/index.ts';

const minimal = { title: 'Blog Bu Ratna', author: { name: 'Ratna' } };

function errorOf(input: unknown): string {
  try {
    parseOptions(input);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseOptions to throw');
}

describe('guruBlog() options', () => {
  it('fills defaults for a minimal config', () => {
    const o = parseOptions(minimal);
    expect(o.lang).toBe('id');
    expect(o.search).toBe(true);
    expect(o.postsPerPage).toBe(10);
    expect(o.routes).toEqual({ home: true, posts: true, lessons: true, tags: true, archive: true, about: true, search: true, notFound: true, rss: true });
    expect(o.author.links).toEqual([]);
    expect(o.csp).toBe(true);
  });

  it('shows dates in WIB unless told otherwise, and names an unknown time zone', () => {
    expect(parseOptions(minimal).timeZone).toBe('Asia/Jakarta');
    expect(parseOptions({ ...minimal, timeZone: 'Asia/Makassar' }).timeZone).toBe('Asia/Makassar');
    expect(errorOf({ ...minimal, timeZone: 'WITA' })).toContain(
      `timeZone: zona waktu "WITA" tidak dikenal; tulis 'Asia/Jakarta' (WIB), 'Asia/Makassar' (WITA)`,
    );
    expect(errorOf({ ...minimal, lang: 'en', timeZone: 'GMT+7' })).toContain('timeZone: time zone "GMT+7" is not known');
  });

  it('keeps a switched-off route and the others on', () => {
    const o = parseOptions({ ...minimal, routes: { about: false } });
    expect(o.routes.about).toBe(false);
    expect(o.routes.posts).toBe(true);
  });

  it('names a missing title in Indonesian', () => {
    const message = errorOf({ author: { name: 'Ratna' } });
    expect(message).toContain('Pengaturan guruBlog() tidak valid');
    expect(message).toContain('title: wajib diisi');
    expect(message).toContain('astro.config.mjs');
  });

  it('says which languages are allowed, in English when lang is en', () => {
    expect(errorOf({ ...minimal, lang: 'de' })).toContain('lang: harus salah satu dari: "id", "en" (tertulis: "de")');
    const en = errorOf({ ...minimal, lang: 'en', postsPerPage: -2 });
    expect(en).toContain('Invalid guruBlog() option');
    expect(en).toContain('postsPerPage');
  });

  it('rejects unknown options, routes and component names by name', () => {
    expect(errorOf({ ...minimal, titel: 'x' })).toContain('titel: tidak dikenal');
    expect(errorOf({ ...minimal, routes: { beranda: false } })).toContain('routes.beranda: tidak dikenal');
    expect(errorOf({ ...minimal, components: { Sidebar: './x.astro' } })).toContain('components.Sidebar: tidak dikenal');
  });

  it('rejects a link that is not a web address', () => {
    const message = errorOf({ ...minimal, social: [{ label: 'YouTube', href: 'youtube.com/@bu' }] });
    expect(message).toContain('social.0.href');
    expect(message).toContain('https://');
  });

  it('accepts added subjects and names a bad one', () => {
    const o = parseOptions({
      ...minimal,
      subjects: [{ slug: 'bahasa-jawa', nameId: 'Bahasa Jawa', nameEn: 'Javanese', jenjang: ['smp'], family: 'language' }],
    });
    expect(o.subjects[0]).toMatchObject({ slug: 'bahasa-jawa', shortId: 'Bahasa Jawa', group: 'muatan-lokal', aliases: [] });
    expect(errorOf({ ...minimal, subjects: [{ slug: 'Bahasa Jawa', nameId: 'x', nameEn: 'x', jenjang: ['smp'] }] })).toContain('subjects.0.slug');
    expect(errorOf({ ...minimal, subjects: [{ slug: 'jawa', nameId: 'x', nameEn: 'x', jenjang: ['sltp'] }] })).toContain('subjects.0.jenjang.0');
  });

  it("checks the author's subjects against the catalog and the site's added subjects", () => {
    expect(parseOptions({ ...minimal, author: { name: 'Ratna', subjects: ['matematika', 'ipa'] } }).author.subjects).toEqual(['matematika', 'ipa']);
    expect(parseOptions(minimal).author.subjects).toEqual([]);
    const added = { slug: 'bahasa-jawa', nameId: 'Bahasa Jawa', nameEn: 'Javanese', jenjang: ['smp'] };
    expect(parseOptions({ ...minimal, subjects: [added], author: { name: 'Ratna', subjects: ['bahasa-jawa'] } }).author.subjects).toEqual(['bahasa-jawa']);
    const message = errorOf({ ...minimal, author: { name: 'Ratna', subjects: ['matematik'] } });
    expect(message).toContain("author.subjects.0: mapel 'matematik' tidak dikenal; maksud Anda 'matematika'?");
    expect(errorOf({ ...minimal, lang: 'en', author: { name: 'Ratna', subjects: ['fisika', 'xyzzy'] } })).toContain(
      "author.subjects.1: subject 'xyzzy' is not known",
    );
  });

  it('rejects unknown UI string keys and accepts known ones', () => {
    expect(errorOf({ ...minimal, strings: { 'site.nav.blog': 'Blog' } })).toContain('site.nav.blog');
    expect(parseOptions({ ...minimal, strings: { 'site.nav.posts': 'Artikel' } }).strings).toEqual({ 'site.nav.posts': 'Artikel' });
  });
});
