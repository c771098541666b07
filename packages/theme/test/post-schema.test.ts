import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { postSchema } from '../src/content/post-schema.ts';

// Astro passes `image()` in the schema context; in unit tests a string stands in for it.
const context = { image: () => z.string() } as never;
const good = { title: 'Belajar Pecahan', pubDate: '2025-08-17', tags: ['pecahan'] };

function messages(data: unknown, extend?: z.ZodObject, lang: 'id' | 'en' = 'id'): string[] {
  const result = postSchema({ extend, lang })(context).safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('postSchema', () => {
  it('accepts a minimal post and fills defaults', () => {
    const data = postSchema()(context).parse(good) as Record<string, unknown>;
    expect(data.pubDate).toEqual(new Date('2025-08-17'));
    expect(data.draft).toBe(false);
    expect(data.description).toBe('');
  });

  it('explains a missing title and a bad date in Indonesian', () => {
    const out = messages({ pubDate: 'kemarin' });
    expect(out).toContain('title: wajib diisi');
    expect(out.find((m) => m.startsWith('pubDate'))).toMatch(/harus tanggal dengan format TTTT-BB-HH, misalnya 2025-07-17 \(tertulis: Invalid Date\)/);
  });

  it('explains tags written as text instead of a list', () => {
    expect(messages({ ...good, tags: 'pecahan, kelas 7' })).toContain(
      'tags: harus daftar teks, misalnya ["pecahan", "kelas 7"] (tertulis: "pecahan, kelas 7")',
    );
  });

  it('takes a hero image as a file or an https address, and explains an http one', () => {
    for (const heroImage of ['__ASTRO_IMAGE_../../assets/a.jpg', '__ASTRO_IMAGE_https://blogger.googleusercontent.com/img/a.jpg', 'https://x.example/a.jpg'])
      expect(messages({ ...good, heroImage, heroAlt: 'Foto' }), heroImage).toEqual([]);
    expect(messages({ ...good, heroImage: '__ASTRO_IMAGE_http://x.example/a.jpg', heroAlt: 'Foto' })).toEqual([
      'heroImage: harus berkas gambar di samping tulisan ("../../assets/foto.jpg") atau alamat yang diawali https://',
    ]);
  });

  it('requires heroAlt with heroImage, and updatedDate after pubDate', () => {
    const out = messages({ ...good, heroImage: './a.jpg', updatedDate: '2025-01-01' });
    expect(out.some((m) => m.startsWith('heroAlt: harus diisi ketika heroImage dipakai'))).toBe(true);
    expect(out.some((m) => m.startsWith('updatedDate: harus sama dengan atau setelah pubDate'))).toBe(true);
  });

  it('rejects draft: "ya" with the allowed values', () => {
    expect(messages({ ...good, draft: 'ya' })).toContain('draft: harus true atau false (tertulis: "ya")');
  });

  it('speaks English when the site is English', () => {
    expect(messages({ pubDate: '2025-01-01' }, undefined, 'en')).toContain('title: is required');
  });

  it('lets a site extend the schema', () => {
    const extend = z.object({ kelas: z.number().int() });
    expect(messages({ ...good, kelas: 7 }, extend)).toEqual([]);
    expect(messages({ ...good, kelas: 'tujuh' }, extend)[0]).toMatch(/^kelas:/);
  });
});
