// A Guru Blog site in a scratch folder and a loopback "internet" of old upload hosts for the tests.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type LoopbackFarm, startLoopbackFarm } from '@guru-blog/testing';
import sharp from 'sharp';
import type { FetchLike } from '../src/downloads/download.ts';
import { importCommand } from '../src/index.ts';

export const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const WORK = new URL('../.work/', import.meta.url).pathname;

/** A scratch site; `base` makes it a GitHub Pages project site (`base: '/blog'`). */
export function makeSite(name: string, options: { base?: string } = {}): string {
  const root = join(WORK, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/content/posts'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: `site-${name}`, private: true, type: 'module' }));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import guruBlog from '@guru-blog/theme';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({\n  site: 'https://guru.example.sch.id',\n${options.base ? `  base: '${options.base}',\n` : ''}  integrations: [guruBlog({ title: 'Blog Bu Guru', author: { name: 'Bu Guru' }, search: false, timeZone: 'Asia/Jakarta' })],\n});\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { postSchema, postsLoader } from '@guru-blog/theme/content';\n\nexport const collections = { posts: defineCollection({ loader: postsLoader(), schema: postSchema() }) };\n`,
  );
  writeFileSync(join(root, 'src/content/posts/selamat-datang.md'), '---\ntitle: Selamat datang\npubDate: 2024-01-01\n---\n\nTulisan pertama saya.\n');
  return root;
}

/** Every file of the site (except build output) with its content, to compare two runs. */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'dist' || name === '.astro') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path), `${statSync(path).mtimeMs}:${readFileSync(path).toString('base64')}`);
    }
  };
  walk(root);
  return out;
}

export const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');

/** Uploaded documents the old hosts serve: extension, Content-Type as servers send it, bytes. */
export const DOCUMENTS: [string, string, Buffer][] = [
  ['.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')],
  ['.docx', 'application/octet-stream', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
  ['.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
];

export interface ImageHosts {
  farm: LoopbackFarm;
  /** Paths asked for, as `host/path`. */
  asked: string[];
  /** Most requests open at once, per old host. */
  maxOpen: Map<string, number>;
  fetch: FetchLike;
  close(): Promise<void>;
}

/**
 * One loopback server stands in for every old host: `https://host/path` is fetched as
 * `http://127.0.0.1:port/host/path`; names containing `hilang` are 404.
 */
export async function startImageHosts(): Promise<ImageHosts> {
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
    .jpeg()
    .toBuffer();
  const png = await sharp({ create: { width: 64, height: 48, channels: 4, background: '#a37' } })
    .png()
    .toBuffer();
  const asked: string[] = [];
  const open = new Map<string, number>();
  const maxOpen = new Map<string, number>();
  const farm = await startLoopbackFarm(['127.0.0.1'], (req, res) => {
    const path = decodeURIComponent(req.url ?? '/').slice(1);
    const host = path.split('/')[0] ?? '';
    asked.push(path);
    open.set(host, (open.get(host) ?? 0) + 1);
    maxOpen.set(host, Math.max(maxOpen.get(host) ?? 0, open.get(host)!));
    res.on('close', () => open.set(host, open.get(host)! - 1));
    if (path.includes('hilang')) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    // An old host's answer for an upload it lost: a page, with 200.
    if (path.includes('rusak')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><h1>Halaman tidak ada</h1>');
      return;
    }
    const document = DOCUMENTS.find(([extension]) => path.toLowerCase().endsWith(extension));
    if (document) {
      res.writeHead(200, { 'content-type': document[1] }).end(document[2]);
      return;
    }
    const isPng = path.includes('.png') || path.includes('mikroskop');
    res.writeHead(200, { 'content-type': isPng ? 'image/png' : 'image/jpeg' }).end(isPng ? png : jpeg);
  });
  const origin = farm.origins[0]!;
  const fetchLike: FetchLike = (url, init) => {
    const target = new URL(url);
    if (!['https:', 'http:'].includes(target.protocol)) throw new Error(`unexpected ${url}`);
    return fetch(`${origin}/${target.host}${target.pathname}${target.search}`, init);
  };
  return { farm, asked, maxOpen, fetch: fetchLike, close: () => farm.close() };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runImport(root: string, argv: string[], hosts?: ImageHosts, lang: 'id' | 'en' = 'id'): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await importCommand(argv, {
    cwd: root,
    lang,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...(hosts ? { fetch: hosts.fetch } : {}),
    // Not the environment the tests run in: a BASE_PATH there must not move the redirects.
    env: {},
    now: () => new Date('2026-12-07T10:00:00Z'),
    imageTimeoutMs: 2000,
  });
  return { code, stdout, stderr };
}

export function copyFixture(root: string, name: string): string {
  const target = join(root, '..', `${name}`);
  cpSync(join(FIXTURES, name), target);
  return target;
}
