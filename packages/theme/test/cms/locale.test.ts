import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, it } from 'vitest';
import { decapLocaleId } from '../../src/cms/locale-id.ts';

type Phrases = { [key: string]: string | Phrases };

/** Every dotted key of a phrase tree, with the `%{placeholders}` its text uses. */
function entries(tree: Phrases, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, [...value.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]!).sort());
    else for (const [k, v] of entries(value, path)) out.set(k, v);
  }
  return out;
}

describe('the Indonesian Decap CMS locale', () => {
  const english = entries(en as unknown as Phrases);
  const indonesian = entries(decapLocaleId as unknown as Phrases);

  it('has every key of the English locale of the installed Decap (a new Decap key fails here)', () => {
    const missing = [...english.keys()].filter((k) => !indonesian.has(k));
    expect(missing).toEqual([]);
    expect(english.size).toBeGreaterThan(200);
  });

  it('has no key Decap does not know, and keeps every placeholder', () => {
    expect([...indonesian.keys()].filter((k) => !english.has(k))).toEqual([]);
    for (const [key, placeholders] of english) expect(indonesian.get(key), key).toEqual(placeholders);
  });

  it('is translated: no phrase left identical to the English one, except names and symbols', () => {
    const same = [...english.keys()].filter((k) => {
      const value = (k.split('.').reduce<unknown>((node, part) => (node as Phrases)[part], decapLocaleId) as string).trim();
      const original = (k.split('.').reduce<unknown>((node, part) => (node as Phrases)[part], en) as string).trim();
      return value === original && /[a-z]{3}/i.test(value.replace(/%\{\w+\}/g, ''));
    });
    // Words that are the same in Indonesian.
    expect(same.sort()).toEqual(
      [
        'app.header.media',
        'editor.editorToolbar.status',
        'editor.editorWidgets.markdown.markdown',
        'editor.editorWidgets.list.add',
        'editor.editorWidgets.list.addType',
      ]
        .filter((k) => same.includes(k))
        .sort(),
    );
    expect(same.length).toBeLessThanOrEqual(5);
  });
});
