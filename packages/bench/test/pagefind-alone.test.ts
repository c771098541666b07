import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryFolders, writeFiles } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { pagefindAlone, pagefindAloneLine } from '../src/pagefind-alone.ts';

const temp = temporaryFolders();
const page = (title: string, text: string) =>
  `<!doctype html><html lang="id"><head><title>${title}</title></head><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></body></html>`;

describe('Pagefind alone', () => {
  it('indexes only the pages the theme would give it, and times adding and writing apart', async () => {
    const dist = temp('bench-pf-dist-');
    writeFiles(dist, {
      'posts/a/index.html': page('Pecahan', 'Belajar pecahan senilai dengan kertas lipat.'),
      'posts/b/index.html': page('Bangun Ruang', 'Menghitung volume kubus dan balok.'),
      'tags/index.html': '<!doctype html><html lang="id"><head><title>Tag</title></head><body><p>Daftar tag</p></body></html>',
    });
    const scratch = temp('bench-pf-out-');
    const alone = await pagefindAlone(dist, scratch);
    expect(alone?.pages).toBe(2);
    expect(alone?.bytes).toBeGreaterThan(200);
    expect(alone?.addMs).toBeGreaterThan(0);
    expect(alone?.writeMs).toBeGreaterThan(0);
    const entry = JSON.parse(readFileSync(join(scratch, 'pagefind-alone', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.id.page_count).toBe(2);
  });

  it('states each step as a share of the bare build', () => {
    const line = pagefindAloneLine(1000, { pages: 1000, bytes: 11_700_000, addMs: 800, addCpuMs: 700, writeMs: 1500, writeCpuMs: 1800 }, 4000);
    expect(line).toBe(
      'Pagefind alone at 1000: 1000 pages, 11.7 MB given; adding 0.80 s = 0.20× bare (CPU 0.70 s = 0.17× bare), writing 1.50 s = 0.38× bare (CPU 1.80 s = 0.45× bare); together 2.30 s = 0.57× bare',
    );
  });
});
