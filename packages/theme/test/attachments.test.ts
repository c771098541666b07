import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolders } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { attachmentDetails, fileType, formatSize } from '../src/utils/attachments.ts';

const temp = temporaryFolders();

describe('attachment details', () => {
  it('names the file type from the extension', () => {
    expect(fileType('/lampiran/lkpd.pdf')).toBe('PDF');
    expect(fileType('https://example.org/a/b.docx?x=1')).toBe('DOCX');
    expect(fileType('https://docs.google.com/presentation/d/abc/edit')).toBeUndefined();
  });

  it('formats sizes in the site locale', () => {
    expect(formatSize(512, 'id-ID')).toBe('512 B');
    expect(formatSize(1843, 'id-ID')).toBe('1,8 KB');
    expect(formatSize(1843, 'en-GB')).toBe('1.8 KB');
    expect(formatSize(5 * 1024 * 1024, 'id-ID')).toBe('5 MB');
  });

  it('reads the size of a local file in public/ and leaves remote links without one', () => {
    // public/ inside a folder of the test's own, so the file written beside it stays in there.
    const pub = join(temp('guru-public-'), 'public');
    mkdirSync(join(pub, 'lampiran'), { recursive: true });
    writeFileSync(join(pub, 'lampiran', 'lkpd.pdf'), Buffer.alloc(2048));
    expect(attachmentDetails('/lampiran/lkpd.pdf', pub, 'id-ID')).toEqual({ type: 'PDF', size: '2 KB' });
    expect(attachmentDetails('/lampiran/missing.pdf', pub, 'id-ID')).toEqual({ type: 'PDF' });
    expect(attachmentDetails('https://example.org/x.pdf', pub, 'id-ID')).toEqual({ type: 'PDF' });
    expect(attachmentDetails('//cdn.example.org/x.pdf', pub, 'id-ID')).toEqual({ type: 'PDF' });
    writeFileSync(join(pub, '..', 'outside.pdf'), 'x');
    expect(attachmentDetails('/../outside.pdf', pub, 'id-ID')).toEqual({ type: 'PDF' });
  });
});
