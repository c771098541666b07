// Every message a tool can print has an entry saying why it appears and what to do; an entry
// for a message that no longer exists fails too, so the pages follow the catalogs.

import { escapeHtml } from '@guru-blog/theme/kit';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../src/generate/integration.ts';
import { catalogs } from '../src/generate/sources/messages.ts';
import { ENTRIES } from '../src/generate/troubleshooting/entries.ts';
import { entryFor } from '../src/generate/troubleshooting/lookup.ts';

describe('troubleshooting pages', () => {
  const all = catalogs();

  it('has an entry for every message of every catalog', () => {
    const missing: string[] = [];
    for (const catalog of all) {
      for (const key of new Set([...Object.keys(catalog.messages.id), ...Object.keys(catalog.messages.en)])) {
        if (!entryFor(catalog.id, key)) missing.push(`${catalog.id}:${key}`);
      }
    }
    expect(missing, `add these to docs/src/generate/troubleshooting/entries.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('has no entry for a message that no longer exists', () => {
    const keys = all.flatMap((c) => Object.keys(c.messages.id).map((k) => `${c.id}:${k}`));
    const stale = Object.keys(ENTRIES).filter((entry) => (entry.endsWith('*') ? !keys.some((k) => k.startsWith(entry.slice(0, -1))) : !keys.includes(entry)));
    expect(stale).toEqual([]);
  });

  it('prints each problem message with its cause and fix, in the language of the page', () => {
    const files = generatedFiles();
    for (const catalog of all) {
      const id = files.find((f) => f.path === `masalah/${catalog.id}.md`)?.content ?? '';
      const en = files.find((f) => f.path === `en/masalah/${catalog.id}.md`)?.content ?? '';
      for (const [key, text] of Object.entries(catalog.messages.id)) {
        const entry = entryFor(catalog.id, key);
        if (entry === 'info' || key.startsWith('help.')) continue;
        const firstLine = text.split('\n')[0]!.replace(/\{(\w+)\}/g, '‹$1›');
        expect(id, `${catalog.id}:${key}`).toContain(escapeHtml(firstLine));
        expect(id).toContain(entry!.cause);
        expect(en).toContain(escapeHtml((catalog.messages.en[key] ?? text).split('\n')[0]!.replace(/\{(\w+)\}/g, '‹$1›')));
      }
    }
  });

  it('covers the theme build messages and the members-file checker', () => {
    expect(all.map((c) => c.id)).toEqual(['create-guru-blog', 'guru-blog', 'import', 'import-notes', 'build', 'check', 'node', 'guru-community', 'members']);
    expect(Object.keys(all.find((c) => c.id === 'build')!.messages.id)).toContain('error.image.missing');
    expect(all.find((c) => c.id === 'members')!.messages.id.urlScheme).toContain('https://');
  });
});
