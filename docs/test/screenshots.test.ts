// The tutorial's screenshots come from the real example sites. Taking them again must work on
// every CI run: a broken example page (error status, console error, missing content) fails here,
// and every image the docs show is one the script produces.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../src/screenshots/shots.ts';
import { takeScreenshots } from '../src/screenshots/take.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const DOCS = fileURLToPath(new URL('../src/content/docs/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('screenshots', () => {
  it('shoots every page the docs show from the built example sites, each a real picture', async () => {
    const out = mkdtempSync(join(tmpdir(), 'docs-shots-'));
    const { taken, skipped } = await takeScreenshots(EXAMPLES, out);
    expect(taken.length + skipped.length).toBe(SHOTS.length);
    // Only features still arriving may be skipped (the CMS page, until a site has /admin/).
    for (const shot of skipped) expect(shot.whenExists).toBeDefined();
    for (const { file } of taken) {
      const bytes = readFileSync(file);
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(statSync(file).size).toBeGreaterThan(5_000);
    }
  }, 300_000);

  it('every screenshot a docs page uses is one the script takes', () => {
    const used = new Set<string>();
    for (const file of sources(DOCS)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/assets\/screenshots\/([\w/.-]+\.png)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    // The editor's pictures (screenshots/cms/) are taken by the CMS's end-to-end test, which runs
    // the file server the editor needs: the names that test writes count as produced too.
    const cmsTest = readFileSync(new URL('../../examples/guru-matematika/test/cms.test.ts', import.meta.url), 'utf8');
    const cmsShots = [...cmsTest.matchAll(/join\(shotsDir, '([\w.-]+\.png)'\)/g)].map((m) => `cms/${m[1]}`);
    expect(cmsShots.length).toBeGreaterThan(0);
    const produced = new Set([...SHOTS.map((s) => s.file), ...cmsShots]);
    for (const file of used) {
      expect(produced, `${file} is not produced by src/screenshots/shots.ts`).toContain(file);
      expect(existsSync(fileURLToPath(new URL(`../src/assets/screenshots/${file}`, import.meta.url)))).toBe(true);
    }
  });
});
