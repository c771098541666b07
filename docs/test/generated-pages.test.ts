import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolders, writeFiles } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { generatedFiles, writeGeneratedPages } from '../src/generate/integration.ts';

const temp = temporaryFolders();

describe('writing the generated pages', () => {
  it('writes what changed, removes what the code no longer makes, and leaves the rest untouched', () => {
    const docs = writeFiles(temp('docs-generated-'), { 'referensi/lama.md': 'halaman yang sudah tidak ada', 'kelas/index.md': 'ditulis tangan' });
    const count = writeGeneratedPages(docs);
    const files = generatedFiles();
    expect(count).toBe(files.length);
    expect(existsSync(join(docs, 'referensi', 'lama.md'))).toBe(false);
    expect(readFileSync(join(docs, 'kelas', 'index.md'), 'utf8')).toBe('ditulis tangan');
    for (const file of files) expect(readFileSync(join(docs, file.path), 'utf8')).toBe(file.content);

    // A second run (another astro process at the same time) rewrites nothing.
    const first = join(docs, (files[0] as { path: string }).path);
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(first, past, past);
    writeGeneratedPages(docs);
    expect(statSync(first).mtime.getTime()).toBe(past.getTime());
  });
});
