import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, generatePost } from '../src/corpus.ts';

const N = 40;
const SEED = 1234;
const dirs: string[] = [];
const tempSite = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-test-'));
  dirs.push(dir);
  return dir;
};

/** Every file under `dir`, as relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const full = join(entry.parentPath, entry.name);
      out.set(full.slice(dir.length), readFileSync(full));
    }
  }
  return out;
}

/** Splits a post into frontmatter lines and body. */
function parsePost(source: string): { front: string; body: string } {
  const m = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!m) throw new Error('no frontmatter');
  return { front: m[1] as string, body: m[2] as string };
}

/** Independent word count: prose tokens with a letter or digit, images reduced to their alt text. */
function words(body: string): number {
  const lines = body.split('\n').map((line) =>
    line
      .replace(/^- \[[ x]\] /, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^#+ /, ''),
  );
  return lines
    .join(' ')
    .split(/\s+/)
    .filter((t) => /[A-Za-z0-9]/.test(t)).length;
}

let siteA: string;
let posts: { name: string; source: string; path: string }[];

beforeAll(async () => {
  siteA = tempSite();
  await generateCorpus({ n: N, seed: SEED, outDir: siteA });
  const postsDir = join(siteA, 'src', 'content', 'posts');
  posts = readdirSync(postsDir)
    .sort()
    .map((name) => ({ name, path: join(postsDir, name), source: readFileSync(join(postsDir, name), 'utf8') }));
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('generateCorpus', () => {
  it('writes N posts named post-0001.md …', () => {
    expect(posts.map((p) => p.name)).toEqual(Array.from({ length: N }, (_, i) => `post-${String(i + 1).padStart(4, '0')}.md`));
  });

  it('is deterministic: the same seed gives the same bytes, images included', async () => {
    const siteB = tempSite();
    await generateCorpus({ n: N, seed: SEED, outDir: siteB });
    const a = snapshot(siteA);
    const b = snapshot(siteB);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
  });

  it('changes with the seed', () => {
    expect(generatePost(1, SEED).markdown).not.toBe(generatePost(1, SEED + 1).markdown);
  });

  it('keeps each post independent of N (a small corpus is a prefix of a large one)', () => {
    expect(generatePost(7, SEED).markdown).toBe(posts[6]?.source);
  });

  it('writes 600–1200 words per body', () => {
    for (const post of posts) {
      const count = words(parsePost(post.source).body);
      expect(count, post.name).toBeGreaterThanOrEqual(600);
      expect(count, post.name).toBeLessThanOrEqual(1200);
    }
  });

  it('has the frontmatter fields the schemas expect', () => {
    for (const post of posts) {
      const { front } = parsePost(post.source);
      expect(front).toMatch(/^title: ".+"$/m);
      expect(front).toMatch(/^description: ".+"$/m);
      const date = front.match(/^pubDate: (\d{4}-\d{2}-\d{2})$/m)?.[1];
      expect(date && date >= '2023-01-01' && date <= '2025-12-31', post.name).toBe(true);
      const tags = JSON.parse(front.match(/^tags: (\[.*\])$/m)?.[1] ?? '[]') as string[];
      expect(tags.length).toBeGreaterThanOrEqual(2);
      expect(tags.length).toBeLessThanOrEqual(3);
    }
  });

  it('spreads dates over about three years', () => {
    const years = new Set(posts.map((p) => p.source.match(/^pubDate: (\d{4})/m)?.[1]));
    expect(years).toEqual(new Set(['2023', '2024', '2025']));
  });

  it('uses local images in 20% of posts, half of them as heroImage, and every image exists', () => {
    let withImage = 0;
    let withHero = 0;
    for (const post of posts) {
      const { front, body } = parsePost(post.source);
      const inline = [...body.matchAll(/!\[Gambar [^\]]+\]\(([^)]+)\)/g)].map((m) => m[1] as string);
      const hero = front.match(/^heroImage: "(.+)"$/m)?.[1];
      if (inline.length) withImage++;
      if (hero) {
        withHero++;
        expect(front).toMatch(/^heroAlt: ".+"$/m);
        expect(inline, `${post.name}: hero image is also used inline`).toContain(hero);
      }
      for (const ref of [...inline, ...(hero ? [hero] : [])]) {
        expect(existsSync(resolve(dirname(post.path), ref)), `${post.name} → ${ref}`).toBe(true);
      }
    }
    expect(withImage).toBe(N / 5);
    expect(withHero).toBe(N / 10);
  });

  it('without images, writes no image and refers to none, the rest of each post unchanged in kind', async () => {
    const site = tempSite();
    const corpus = await generateCorpus({ n: N, seed: SEED, outDir: site, images: false });
    expect(corpus.images).toEqual([]);
    expect(readdirSync(join(site, 'src', 'assets'))).toEqual([]);
    for (const meta of corpus.posts) {
      const source = readFileSync(join(site, 'src', 'content', 'posts', meta.file), 'utf8');
      expect(source, meta.file).not.toMatch(/!\[|heroImage/);
      expect(meta.words).toBeGreaterThanOrEqual(600);
    }
  });

  it('has 3–6 level-2 headings, one GFM table with 3–5 rows and one task list per post', () => {
    for (const post of posts) {
      const { body } = parsePost(post.source);
      const headings = body.match(/^## \S.*$/gm) ?? [];
      expect(headings.length).toBeGreaterThanOrEqual(3);
      expect(headings.length).toBeLessThanOrEqual(6);
      const tables = body.match(/^\| .+ \|\n\| (?:-+:?|:?-+:?) \|.*\n(?:\| .+ \|\n?)+/gm) ?? [];
      expect(tables.length, post.name).toBe(1);
      const rows = (tables[0] as string).trim().split('\n').length - 2;
      expect(rows).toBeGreaterThanOrEqual(3);
      expect(rows).toBeLessThanOrEqual(5);
      const taskBlocks = body.match(/(?:^- \[[ x]\] .+\n?)+/gm) ?? [];
      expect(taskBlocks.length, post.name).toBe(1);
    }
  });
});
