import { describe, expect, it } from 'vitest';
import { createTranslator, en, id } from '../src/i18n/index.ts';

describe('UI strings', () => {
  it('Indonesian is complete and English covers every key', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const value of Object.values(en)) expect(value.length).toBeGreaterThan(0);
  });

  it('fills {placeholders} and leaves unknown ones visible', () => {
    const t = createTranslator('id');
    expect(t('post.readingTime', { minutes: 4 })).toBe('4 menit baca');
    expect(t('search.results', { count: 2 })).toBe('2 hasil untuk “{query}”');
  });

  it('site overrides win over the built-in strings', () => {
    const t = createTranslator('id', { 'site.nav.posts': 'Artikel' });
    expect(t('site.nav.posts')).toBe('Artikel');
    expect(t('site.nav.tags')).toBe('Tag');
  });

  it('falls back to Indonesian for a key a language lacks', () => {
    // A partial English table: the missing key shows the Indonesian text, never the raw key.
    const partial = createTranslator('en', {}, { id, en: { 'site.nav.home': 'Home' } });
    expect(partial('site.nav.home')).toBe('Home');
    expect(partial('site.nav.posts')).toBe('Tulisan');
    expect(createTranslator('en', { 'site.nav.home': undefined as unknown as string })('site.nav.home')).toBe('Home');
    expect(createTranslator('en').locale).toBe('en-GB');
    expect(createTranslator('id').locale).toBe('id-ID');
  });
});
