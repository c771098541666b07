/**
 * Deterministic corpus of Indonesian teacher-blog posts for the build benchmark.
 *
 * Each post is generated from its own seeded stream, so post 37 is the same whether the corpus
 * has 100 or 1000 posts (the small corpus is a prefix of the large one). Image use is decided per
 * block of five posts, which makes exactly one post in five (20%) use a local image and every
 * other one of those also use it as `heroImage`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateImages, IMAGE_COUNT, imageName } from './images.ts';
import { createRng, type Rng } from './prng.ts';
import { discard } from './trash.ts';
import { TAGS, TITLE_FRAMES, TITLE_TOPICS, word } from './words.ts';

export const MIN_WORDS = 600;
export const MAX_WORDS = 1200;
export const IMAGE_SHARE = 5; // one post in IMAGE_SHARE uses an image
const START_DATE = Date.UTC(2023, 0, 1);
const DATE_SPAN_DAYS = 3 * 365;

export type CorpusOptions = {
  n: number;
  seed: number;
  /** Site root: posts go to `src/content/posts/`, images to `src/assets/`. */
  outDir: string;
  /** False: no post uses an image (default true: one in IMAGE_SHARE does). */
  images?: boolean;
};

export type PostMeta = {
  file: string;
  /** Words in the body, counted by `countWords`. */
  words: number;
  /** Image file name used inline in the body, if any. */
  image?: string;
  /** Whether that image is also the frontmatter `heroImage`. */
  hero: boolean;
};

export type Corpus = { posts: PostMeta[]; images: string[] };

/** Mixes a seed and an index into a new 32-bit seed (splitmix-style), so streams do not overlap. */
export function mixSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function postFileName(index: number): string {
  return `post-${String(index).padStart(4, '0')}.md`;
}

/**
 * Counts words in a Markdown body: whitespace-separated tokens containing a letter or digit, after
 * turning `![alt](url)` into its alt text and dropping task-list boxes (`[ ]`, `[x]`).
 */
export function countWords(markdown: string): number {
  const text = markdown.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^(\s*[-*]\s+)\[[ xX]\]/gm, '$1');
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function words(rng: Rng, count: number): string[] {
  return Array.from({ length: count }, () => word(rng));
}

function sentence(rng: Rng, count: number): string {
  const list = words(rng, count);
  // A little inline markup, so the renderer sees more than plain text.
  if (count > 4 && rng.chance(0.15)) {
    const at = rng.int(1, count - 1);
    list[at] = rng.chance(0.5) ? `**${list[at]}**` : `*${list[at]}*`;
  }
  if (count > 8 && rng.chance(0.3)) list[rng.int(2, count - 3)] += ',';
  return `${capitalize(list.join(' '))}.`;
}

/** A paragraph of exactly `count` words, in sentences of 6-16 words. */
function paragraph(rng: Rng, count: number): string {
  const sentences: string[] = [];
  let left = count;
  while (left > 0) {
    const size = left <= 16 ? left : rng.int(6, Math.min(16, left - 6) >= 6 ? Math.min(16, left - 6) : left);
    sentences.push(sentence(rng, size));
    left -= size;
  }
  return sentences.join(' ');
}

/** Splits `total` into `parts` positive sizes of roughly equal length. */
function split(rng: Rng, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.6 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / sum) * total)));
  sizes[sizes.length - 1] = (sizes[sizes.length - 1] as number) + total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

function table(rng: Rng): string {
  const rows = rng.int(3, 5);
  const lines = ['| Kegiatan | Waktu | Keterangan |', '| --- | ---: | --- |'];
  for (let i = 0; i < rows; i++) {
    lines.push(`| ${capitalize(word(rng))} ${word(rng)} | ${rng.int(5, 45)} menit | ${capitalize(words(rng, rng.int(2, 5)).join(' '))} |`);
  }
  return lines.join('\n');
}

function taskList(rng: Rng): string {
  const items = rng.int(3, 5);
  const lines: string[] = [];
  for (let i = 0; i < items; i++) {
    lines.push(`- [${rng.chance(0.5) ? 'x' : ' '}] ${capitalize(words(rng, rng.int(3, 7)).join(' '))}`);
  }
  return lines.join('\n');
}

const yamlString = (s: string): string => JSON.stringify(s); // JSON strings are valid YAML scalars

/** One post's Markdown source and facts about it. */
export function generatePost(index: number, seed: number, images = true): { markdown: string; meta: PostMeta } {
  const rng = createRng(mixSeed(seed, index));
  const block = Math.floor((index - 1) / IMAGE_SHARE);
  const blockRng = createRng(mixSeed(seed ^ 0x5bd1e995, block));
  const hasImage = (index - 1) % IMAGE_SHARE === blockRng.int(0, IMAGE_SHARE - 1) && images;
  const image = hasImage ? imageName(blockRng.int(1, IMAGE_COUNT)) : undefined;
  const hero = hasImage && block % 2 === 0;

  const title = rng.pick(TITLE_FRAMES).replace('{t}', rng.pick(TITLE_TOPICS));
  const description = sentence(rng, rng.int(12, 20));
  const day = new Date(START_DATE + rng.int(0, DATE_SPAN_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const tags = rng.sample(TAGS, rng.int(2, 3));
  const alt = `Gambar ${words(rng, rng.int(3, 6)).join(' ')}`;

  // Fixed blocks first; prose fills the rest so the whole body hits the target word count exactly.
  const headings = Array.from({ length: rng.int(3, 6) }, () => `## ${capitalize(words(rng, rng.int(2, 5)).join(' '))}`);
  const tableMd = table(rng);
  const tasksMd = taskList(rng);
  const imageMd = image ? `![${alt}](../../assets/${image})` : '';
  const target = rng.int(MIN_WORDS, MAX_WORDS);
  const fixed = countWords([...headings, tableMd, tasksMd, imageMd].join('\n'));
  // Intro paragraph plus one or two per section.
  const perSection = headings.map(() => rng.int(1, 2));
  const sizes = split(rng, target - fixed, 1 + perSection.reduce((a, b) => a + b, 0));
  const tableAt = rng.int(0, headings.length - 1);
  const tasksAt = rng.int(0, headings.length - 1);
  const imageAt = rng.int(0, headings.length - 1);

  let next = 0;
  const body: string[] = [paragraph(rng, sizes[next++] as number)];
  headings.forEach((heading, h) => {
    body.push(heading);
    for (let p = 0; p < (perSection[h] as number); p++) body.push(paragraph(rng, sizes[next++] as number));
    if (h === imageAt && imageMd) body.push(imageMd);
    if (h === tableAt) body.push(tableMd);
    if (h === tasksAt) body.push(tasksMd);
  });
  const bodyMd = body.join('\n\n');

  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(description)}`,
    `pubDate: ${day}`,
    `tags: [${tags.map(yamlString).join(', ')}]`,
    ...(hero && image ? [`heroImage: ${yamlString(`../../assets/${image}`)}`, `heroAlt: ${yamlString(alt)}`] : []),
    '---',
  ];
  const file = postFileName(index);
  return {
    markdown: `${front.join('\n')}\n\n${bodyMd}\n`,
    meta: { file, words: countWords(bodyMd), ...(image ? { image } : {}), hero },
  };
}

/** Writes the posts and the images they use; replaces any posts already in `outDir`. */
export async function generateCorpus({ n, seed, outDir, images: withImages = true }: CorpusOptions): Promise<Corpus> {
  const postsDir = join(outDir, 'src', 'content', 'posts');
  discard(postsDir);
  mkdirSync(postsDir, { recursive: true });
  const assets = join(outDir, 'src', 'assets');
  discard(assets);
  mkdirSync(assets, { recursive: true });
  const images = withImages ? await generateImages(assets, seed) : [];
  const posts: PostMeta[] = [];
  for (let i = 1; i <= n; i++) {
    const { markdown, meta } = generatePost(i, seed, withImages);
    writeFileSync(join(postsDir, meta.file), markdown);
    posts.push(meta);
  }
  return { posts, images };
}
