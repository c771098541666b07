import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolders } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { WORK_DIR } from '../src/paths.ts';
import { discard } from '../src/trash.ts';

const temp = temporaryFolders();

describe('discard', () => {
  it('moves a folder in the work folder aside, whole', () => {
    const dir = join(WORK_DIR, `discard-test-${process.pid}`);
    mkdirSync(join(dir, 'posts'), { recursive: true });
    writeFileSync(join(dir, 'posts', 'a.md'), 'isi');
    const moved = discard(dir);
    try {
      expect(existsSync(dir)).toBe(false);
      expect(moved?.startsWith(join(WORK_DIR, 'trash'))).toBe(true);
      expect(readFileSync(join(moved as string, 'posts', 'a.md'), 'utf8')).toBe('isi');
    } finally {
      if (moved) rmSync(moved, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('deletes a folder elsewhere, and ignores one that does not exist', () => {
    const dir = temp('bench-discard-');
    writeFileSync(join(dir, 'a.txt'), 'x');
    expect(discard(dir)).toBeUndefined();
    expect(existsSync(dir)).toBe(false);
    expect(discard(join(dir, 'missing'))).toBeUndefined();
  });
});
