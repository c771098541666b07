import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CreatedTracker } from '../src/created.ts';
import { checkFolderName, freeSibling, inspectTarget, packageNameFrom, shellPath } from '../src/folder.ts';
import { tempDir } from './helpers.ts';

describe('checkFolderName', () => {
  it('accepts names and paths teachers type', () => {
    for (const ok of ['blog-saya', 'Blog Bu Ani', './blog', '../kelas/blog-2026', '/tmp/blog', 'C:\\Users\\guru\\blog', 'blog_ratna.v2']) {
      expect(checkFolderName(ok), ok).toBeUndefined();
    }
  });

  it('refuses what would fail on some system, saying which part and why', () => {
    expect(checkFolderName('   ')?.key).toBe('folder.empty');
    expect(checkFolderName('blog:saya')).toEqual({ key: 'folder.badChars', vars: { name: 'blog:saya', chars: ':' } });
    expect(checkFolderName('blog?*')?.vars.chars).toBe('? *');
    expect(checkFolderName('blog\u0007')?.vars.chars).toBe('U+0007');
    expect(checkFolderName('kelas/CON')?.key).toBe('folder.reserved');
    expect(checkFolderName('nul.txt')?.key).toBe('folder.reserved');
    expect(checkFolderName('blog.')?.key).toBe('folder.trailing');
    expect(checkFolderName('a'.repeat(101))?.key).toBe('folder.tooLong');
  });
});

describe('inspectTarget and freeSibling', () => {
  it('sees missing, empty-ish and occupied folders', () => {
    const cwd = tempDir();
    expect(inspectTarget(cwd, 'baru')).toMatchObject({ exists: false, blocking: [] });
    mkdirSync(join(cwd, 'kosong', '.git'), { recursive: true });
    writeFileSync(join(cwd, 'kosong', '.DS_Store'), '');
    expect(inspectTarget(cwd, 'kosong')).toMatchObject({ exists: true, blocking: [], before: expect.arrayContaining(['.git', '.DS_Store']) });
    mkdirSync(join(cwd, 'blog-saya'));
    writeFileSync(join(cwd, 'blog-saya', 'rpp.docx'), '');
    expect(inspectTarget(cwd, 'blog-saya').blocking).toEqual(['rpp.docx']);
    writeFileSync(join(cwd, 'berkas'), '');
    expect(inspectTarget(cwd, 'berkas').isFile).toBe(true);
    expect(freeSibling(join(cwd, 'blog-saya'))).toBe('blog-saya-2');
    mkdirSync(join(cwd, 'blog-saya-2'));
    expect(freeSibling(join(cwd, 'blog-saya-2'))).toBe('blog-saya-3');
  });
});

describe('packageNameFrom and shellPath', () => {
  it('makes a valid npm name from any folder', () => {
    expect(packageNameFrom('/x/Blog Bu Ani')).toBe('blog-bu-ani');
    expect(packageNameFrom('/x/Catatan_Guru.2026/')).toBe('catatan_guru.2026');
    expect(packageNameFrom('/x/Bahasa Indonésia')).toBe('bahasa-indonesia');
    expect(packageNameFrom('/x/博客')).toBe('blog-guru');
    expect(packageNameFrom('/x/.hidden')).toBe('hidden');
  });

  it('quotes paths with spaces for the commands we print', () => {
    expect(shellPath('blog-saya')).toBe('blog-saya');
    expect(shellPath('Blog Bu Ani')).toBe('"Blog Bu Ani"');
    expect(shellPath('a"b')).toBe('"a\\"b"');
  });
});

describe('CreatedTracker', () => {
  it('removes a folder it created, with the parents it created', () => {
    const cwd = tempDir();
    const tracker = new CreatedTracker();
    tracker.prepare(join(cwd, 'kelas', '7', 'blog'), []);
    writeFileSync(join(cwd, 'kelas', '7', 'blog', 'a.md'), 'x');
    expect(tracker.cleanup()).toBe(join(cwd, 'kelas', '7', 'blog'));
    expect(existsSync(join(cwd, 'kelas'))).toBe(false);
    expect(existsSync(cwd)).toBe(true);
  });

  it('in a folder that existed, removes only what was added', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.DS_Store'), 'keep');
    const tracker = new CreatedTracker();
    tracker.prepare(dir, readdirSync(dir));
    writeFileSync(join(dir, 'package.json'), '{}');
    mkdirSync(join(dir, 'src'));
    tracker.cleanup();
    expect(readdirSync(dir).sort()).toEqual(['.DS_Store', '.git']);
    expect(tracker.cleanup()).toBeUndefined();
  });
});
