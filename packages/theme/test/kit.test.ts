import { describe, expect, it } from 'vitest';
import { createTranslator, detectLang, escapeHtml, fill, langFlag, localeLang, parseLang, withoutLangFlag } from '../src/kit/index.ts';

describe('message kit', () => {
  it('parses languages from flags and locales, refusing the ones it does not speak', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('EN')).toBe('en');
    expect(parseLang('en_US.UTF-8')).toBe('en');
    expect(parseLang('id-ID')).toBe('id');
    expect(parseLang('in_ID')).toBe('id');
    expect(parseLang('de')).toBeUndefined();
    expect(parseLang('english')).toBeUndefined();
    expect(parseLang('')).toBeUndefined();
  });

  it('reads the locale in POSIX order: LC_ALL, then LC_MESSAGES, then LANG; anything not English is Indonesian', () => {
    expect(localeLang({})).toBe('id');
    expect(localeLang({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'en_GB.UTF-8', LC_MESSAGES: 'id_ID.UTF-8' })).toBe('id');
    expect(localeLang({ LC_MESSAGES: 'id_ID.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'C.UTF-8' })).toBe('id');
    expect(localeLang({ LANG: 'de_DE.UTF-8' })).toBe('id');
    expect(localeLang({ LANG: 'english' })).toBe('id');
  });

  it('takes --lang in both spellings, before a `--` only, and refuses unknown values', () => {
    expect(langFlag(['fetch', '--lang', 'en'])).toBe('en');
    expect(langFlag(['--lang=id', 'fetch'])).toBe('id');
    expect(langFlag(['--', '--lang', 'en'])).toBeUndefined();
    expect(detectLang(['--lang', 'en'], { LC_ALL: 'id_ID' })).toEqual({ lang: 'en' });
    expect(detectLang(['--lang=id'], { LC_ALL: 'en_US' })).toEqual({ lang: 'id' });
    expect(detectLang(['--lang', 'de'], { LANG: 'en_US' })).toEqual({ lang: 'en', refused: 'de' });
    expect(detectLang(['--lang'], {})).toEqual({ lang: 'id', refused: '' });
    // What a CLI hands on to Astro: everything but its own --lang.
    expect(withoutLangFlag(['dev', '--lang', 'en', '--port', '4321', '--lang=id'])).toEqual(['dev', '--port', '4321']);
  });

  it('translates with Indonesian as the fallback and fills placeholders', () => {
    const t = createTranslator({ id: { a: 'Halo {name}', b: 'hanya id' }, en: { a: 'Hello {name}' } }, 'en');
    expect(t.lang).toBe('en');
    expect(t('a', { name: 'Ani' })).toBe('Hello Ani');
    expect(t('b')).toBe('hanya id');
    expect(createTranslator({ id: { a: 'Halo {name}' } }, 'id')('a', { name: 'Ani' })).toBe('Halo Ani');
    expect(fill('{a} dan {b}', { a: 1 })).toBe('1 dan {b}');
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });

  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('Kafé Sains')).toBe('Kafé Sains');
  });
});
