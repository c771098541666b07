import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { temporaryFolders } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { siteDefinesCollection } from '../src/integration/routes.ts';
import { formatDate, isoDate, isTimeZone, yearOf } from '../src/utils/dates.ts';
import { paths } from '../src/utils/paths.ts';
import { countWords, readingMinutes } from '../src/utils/reading-time.ts';
import { slugify } from '../src/utils/slug.ts';
import { absolute, absolutizeHtml, withBase } from '../src/utils/urls.ts';

const temp = temporaryFolders();

describe('helpers', () => {
  it('slugifies Indonesian tags', () => {
    expect(slugify('Kurikulum Merdeka')).toBe('kurikulum-merdeka');
    expect(slugify('Kelas 7/8')).toBe('kelas-7-8');
    expect(slugify('  Évaluasi  ')).toBe('evaluasi');
    expect(slugify('!!!')).toBe('');
  });

  it('counts words of text, not of markup, code or images', () => {
    const md =
      '---\ntitle: x\n---\n# Judul\n\nSatu dua [tiga](/x) empat.\n\n```js\nconst a = 1;\n```\n\n![gambar panjang sekali](./a.png)\n| a | b |\n|---|---|\n';
    expect(countWords(md)).toBe(7);
    expect(readingMinutes('kata '.repeat(900))).toBe(5);
    expect(readingMinutes('')).toBe(1);
  });

  it('counts words in any script, and not dashes, arrows or emoji on their own', () => {
    // Arabic (Pendidikan Agama Islam), Javanese with accents, a Greek formula; "—", "→", "✓" and
    // "🙂" alone are not words.
    expect(countWords('Bacalah بِسْمِ اللّٰهِ — lalu "énak" → π² ✓ 🙂 selesai')).toBe(7);
    expect(countWords('5 + 3 = 8')).toBe(3);
  });

  it('counts words as splitting on white space would, for every kind of space and script', () => {
    // The definition itself, written plainly: tokens between runs of /\s/ that hold an ASCII
    // letter or digit, or a Unicode one.
    const reference = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w) || /[\p{L}\p{N}]/u.test(w)).length;
    const pieces = ['kata', 'Rp5.000', '—', '→', '🙂', 'π²', 'بِسْمِ', '𠀋字', 'é', '.', '"', '2025', '\u0301', 'x\u200by'];
    const spaces = [' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '  '];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      let text = '';
      for (let i = 0; i < 1 + next(12); i++) text += (pieces[next(pieces.length)] as string) + (spaces[next(spaces.length)] as string);
      expect(countWords(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it('formats dates in the site locale; a date without a time is that day in any zone', () => {
    expect(formatDate(new Date('2025-08-17'), 'id-ID')).toBe('17 Agustus 2025');
    expect(formatDate(new Date('2025-08-17'), 'en-GB')).toBe('17 August 2025');
    for (const zone of ['Asia/Jakarta', 'Asia/Jayapura', 'America/Los_Angeles']) {
      expect(formatDate(new Date('2025-08-17'), 'id-ID', zone)).toBe('17 Agustus 2025');
      expect(isoDate(new Date('2025-08-17'), zone)).toBe('2025-08-17');
    }
  });

  it('dates a time with an offset in the site time zone, as the teacher wrote it', () => {
    // 06:00 WIB is 23:00 UTC the day before: Blogger and WordPress exports carry such times.
    const dawn = new Date('2025-08-17T06:00:00+07:00');
    expect(formatDate(dawn, 'id-ID', 'Asia/Jakarta')).toBe('17 Agustus 2025');
    expect(isoDate(dawn, 'Asia/Jakarta')).toBe('2025-08-17');
    expect(isoDate(dawn)).toBe('2025-08-16');
    // New Year's morning in Papua (WIT, UTC+9) is still the old year in UTC.
    const newYear = new Date('2025-01-01T07:30:00+09:00');
    expect(yearOf(newYear, 'Asia/Jayapura')).toBe(2025);
    expect(yearOf(newYear, 'UTC')).toBe(2024);
    expect(isTimeZone('Asia/Makassar')).toBe(true);
    expect(isTimeZone('WIB')).toBe(false);
  });

  it('builds paths and absolute URLs', () => {
    expect(paths.posts(1)).toBe('/posts/');
    expect(paths.posts(3)).toBe('/posts/page/3/');
    expect(paths.tag('Kelas 7')).toBe('/tags/kelas-7/');
    expect(withBase('/blog/', '/posts/')).toBe('/blog/posts/');
    expect(withBase('/', '/posts/')).toBe('/posts/');
    expect(absolute('https://guru.example', '/posts/a/')).toBe('https://guru.example/posts/a/');
    expect(absolute(undefined, '/posts/a/')).toBe('/posts/a/');
    expect(absolutizeHtml('<img src="/_astro/a.webp"><a href="//cdn.x/y">x</a><a href="/posts/b/">b</a>', 'https://g.example')).toBe(
      '<img src="https://g.example/_astro/a.webp"><a href="//cdn.x/y">x</a><a href="https://g.example/posts/b/">b</a>',
    );
    expect(absolutizeHtml('<img srcset="/_astro/a.webp 640w, /_astro/b.webp 1280w" sizes="50vw">', 'https://g.example')).toBe(
      '<img srcset="https://g.example/_astro/a.webp 640w, https://g.example/_astro/b.webp 1280w" sizes="50vw">',
    );
    expect(absolutizeHtml('<img srcset="https://cdn.example/w_300,h_200/a.jpg 300w, //cdn.example/b.jpg 2x">', 'https://g.example')).toBe(
      '<img srcset="https://cdn.example/w_300,h_200/a.jpg 300w, //cdn.example/b.jpg 2x">',
    );
  });
});

describe('siteDefinesCollection', () => {
  it("reads the site's content config for the collection's name", () => {
    const src = temp('guru-src-');
    const srcDir = pathToFileURL(`${src}/`);
    expect(siteDefinesCollection(srcDir, 'lessons')).toBe(false); // no content config at all
    writeFileSync(join(src, 'content.config.ts'), 'export const collections = { posts: defineCollection({ loader: postsLoader() }) };');
    expect(siteDefinesCollection(srcDir, 'lessons')).toBe(false);
    expect(siteDefinesCollection(srcDir, 'posts')).toBe(true);
    writeFileSync(join(src, 'content.config.ts'), 'export const collections = { posts, lessons: defineCollection({ loader: lessonsLoader() }) };');
    expect(siteDefinesCollection(srcDir, 'lessons')).toBe(true);
  });
});
