import { describe, expect, it } from 'vitest';
import { shareLinks } from '../src/utils/share.ts';

describe('share links', () => {
  it('are the services’ share addresses with the title and address encoded', () => {
    const links = shareLinks('Pecahan & Desimal: 50% "mudah"?', 'https://bu-ratna.example.sch.id/posts/pecahan-desimal/', 'Surel');
    expect(Object.fromEntries(links.map((l) => [l.id, l.href]))).toEqual({
      whatsapp: 'https://wa.me/?text=Pecahan%20%26%20Desimal%3A%2050%25%20%22mudah%22%3F%20https%3A%2F%2Fbu-ratna.example.sch.id%2Fposts%2Fpecahan-desimal%2F',
      telegram:
        'https://t.me/share/url?url=https%3A%2F%2Fbu-ratna.example.sch.id%2Fposts%2Fpecahan-desimal%2F&text=Pecahan%20%26%20Desimal%3A%2050%25%20%22mudah%22%3F',
      facebook: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbu-ratna.example.sch.id%2Fposts%2Fpecahan-desimal%2F',
      x: 'https://x.com/intent/tweet?text=Pecahan%20%26%20Desimal%3A%2050%25%20%22mudah%22%3F&url=https%3A%2F%2Fbu-ratna.example.sch.id%2Fposts%2Fpecahan-desimal%2F',
      email:
        'mailto:?subject=Pecahan%20%26%20Desimal%3A%2050%25%20%22mudah%22%3F&body=Pecahan%20%26%20Desimal%3A%2050%25%20%22mudah%22%3F%0Ahttps%3A%2F%2Fbu-ratna.example.sch.id%2Fposts%2Fpecahan-desimal%2F',
    });
    expect(links.find((l) => l.id === 'email')?.label).toBe('Surel');
  });

  it('decode back to the same title and address', () => {
    const title = 'Belajar “Aljabar” — kelas 7 #1';
    const url = 'https://guru.example.id/blog/posts/aljabar-kelas-7/';
    const links = shareLinks(title, url, 'Email');
    const telegram = new URL(links.find((l) => l.id === 'telegram')!.href);
    expect(telegram.searchParams.get('url')).toBe(url);
    expect(telegram.searchParams.get('text')).toBe(title);
    expect(new URL(links.find((l) => l.id === 'whatsapp')!.href).searchParams.get('text')).toBe(`${title} ${url}`);
    expect(new URL(links.find((l) => l.id === 'facebook')!.href).searchParams.get('u')).toBe(url);
  });
});
