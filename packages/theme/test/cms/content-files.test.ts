import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unlistedFiles } from '../../src/cms/content-files.ts';

const root = mkdtempSync(join(tmpdir(), 'guru-cms-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('content files the CMS would not list', () => {
  it('names files with broken frontmatter and files in subfolders, and passes good ones', () => {
    write('src/content/posts/baik.md', '---\ntitle: Baik\npubDate: 2025-01-01\n---\nIsi');
    write('src/content/posts/tanpa-frontmatter.md', 'Hanya isi.');
    write('src/content/posts/rusak.md', '---\ntitle: "Kutip tidak ditutup\npubDate: 2025-01-01\n---\nIsi');
    write('src/content/posts/daftar.md', '---\n- a\n- b\n---\nFrontmatter berupa daftar, bukan isian.');
    write('src/content/posts/2024/lama.md', '---\ntitle: Lama\n---\n');
    write('src/content/posts/_catatan.md', '---\ntitle: "rusak\n---\n');
    write('src/content/posts/images/foto.md.jpg', 'x');
    write('src/content/lessons/rpp.mdx', '---\ntitle: [tidak: ditutup\n---\n');
    expect(unlistedFiles(root, ['src/content/posts', 'src/content/lessons', 'src/content/tidak-ada'])).toEqual({
      unparseable: ['src/content/lessons/rpp.mdx', 'src/content/posts/daftar.md', 'src/content/posts/rusak.md'],
      nested: ['src/content/posts/2024/lama.md'],
    });
  });
});
