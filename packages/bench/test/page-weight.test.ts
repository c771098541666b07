import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeFiles } from '@guru-blog/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cssFontUrls, extractResources, jsStaticImports } from '../src/html-extract.ts';
import { firstPostPage, measurePage } from '../src/page-weight.ts';

const INLINE_THEME = "document.documentElement.dataset.theme=localStorage.getItem('theme')??'light';";
const INLINE_MODULE = 'import "/_astro/from-inline.js";\nconsole.log("hi");';

// A tiny built site: everything a browser fetches on load, plus things it must not count.
const FILES: Record<string, string> = {
  'index.html': `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/main.css">
<link rel=preload as=font href="/fonts/a.woff2" crossorigin>
<link rel="modulepreload" href="/_astro/chunk.js">
<link rel="icon" href="/favicon.svg">
<script>${INLINE_THEME}</script>
<script type="application/ld+json">{"@type":"BlogPosting","headline":"not a script"}</script>
<!-- <script src="/_astro/ghost.js"></script> -->
<script type="module" src="/_astro/app.js"></script>
<script src="https://cdn.example/x.js"></script>
</head><body><img src="/img.png" alt=""><p>Halo</p>
<script type="module">${INLINE_MODULE}</script></body></html>`,
  '_astro/main.css': `@import "./extra.css";
@font-face{font-family:B;src:url(../fonts/b.woff2) format("woff2"),url(../fonts/b.woff) format("woff")}
/* @font-face{font-family:C;src:url(../fonts/c.woff2)} */
body{font-family:B}`,
  '_astro/extra.css': 'p{color:red}',
  '_astro/app.js': 'import{a}from"./dep.js";import"./chunk.js";const l=()=>import("./lazy.js");a(l);',
  '_astro/dep.js': 'import{z}from"./deeper.js";export const a=z;',
  '_astro/chunk.js': 'export const c=1;',
  '_astro/from-inline.js': 'export default 2;',
  '_astro/deeper.js': 'export const z=()=>{};',
  '_astro/lazy.js': 'export default "lazy";',
  '_astro/ghost.js': 'ghost',
  'fonts/a.woff2': 'AAAA-font-a-bytes-'.repeat(40),
  'fonts/b.woff2': 'BBBB-font-b-bytes-'.repeat(30),
  'fonts/b.woff': 'should not be fetched when woff2 is listed first',
  'img.png': 'not counted',
  'posts/2/index.html': '<html>list page 2</html>',
  'posts/halo-dunia/index.html': `<html><head><link rel="stylesheet" href="../../_astro/extra.css"><script>${INLINE_THEME}</script></head><body>Halo</body></html>`,
};

let dist: string;
const gz = (path: string): number => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;

beforeAll(() => {
  dist = writeFiles(mkdtempSync(join(tmpdir(), 'bench-weight-test-')), FILES);
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('measurePage', () => {
  it('counts exactly what a browser fetches on load, gzipped at level 9', () => {
    const w = measurePage(dist, '/');
    expect(w.html).toBe(gz('index.html'));
    expect(w.css).toBe(gz('_astro/main.css') + gz('_astro/extra.css'));
    // app.js and chunk.js from the HTML, dep.js one import level deep, from-inline.js from the
    // inline module; not deeper.js (two levels), lazy.js (dynamic) or ghost.js (commented out).
    expect(w.js).toBe(gz('_astro/app.js') + gz('_astro/chunk.js') + gz('_astro/dep.js') + gz('_astro/from-inline.js'));
    expect(w.fonts).toBe(gz('fonts/a.woff2') + gz('fonts/b.woff2'));
    expect(w.inlineScript).toBe(gzipSync(`${INLINE_THEME}\n${INLINE_MODULE}`, { level: 9 }).length);
    expect(w.total).toBe(w.html + w.css + w.js + w.fonts);
    expect(w.files.map((f) => f.url).sort()).toEqual(
      [
        '/',
        '/_astro/main.css',
        '/_astro/extra.css',
        '/_astro/app.js',
        '/_astro/chunk.js',
        '/_astro/dep.js',
        '/_astro/from-inline.js',
        '/fonts/a.woff2',
        '/fonts/b.woff2',
      ].sort(),
    );
    expect(w.skipped).toEqual(['https://cdn.example/x.js (off-site)']);
  });

  it('resolves relative URLs against the page and counts a page without JS', () => {
    const w = measurePage(dist, '/posts/halo-dunia/');
    expect(w.html).toBe(gz('posts/halo-dunia/index.html'));
    expect(w.css).toBe(gz('_astro/extra.css'));
    expect(w.js).toBe(0);
    expect(w.fonts).toBe(0);
    expect(w.inlineScript).toBe(gzipSync(INLINE_THEME, { level: 9 }).length);
  });

  it('picks the first post page, skipping numbered list pages', () => {
    expect(firstPostPage(dist)).toBe('/posts/halo-dunia/');
  });
});

describe('extractors', () => {
  it('reads unquoted, single- and double-quoted attributes', () => {
    const r = extractResources(`<link rel='stylesheet' href=/a.css><script src="/b.js?v=1&amp;x=2"></script>`);
    expect(r.stylesheets).toEqual(['/a.css']);
    expect(r.scripts).toEqual(['/b.js?v=1&x=2']);
  });

  it('finds static imports in minified code but not dynamic ones', () => {
    expect(jsStaticImports('import{a as b}from"./x.js";export*from"./y.js";import"./z.js";import("./no.js")')).toEqual(['./x.js', './y.js', './z.js']);
  });

  it('takes the first url of each @font-face', () => {
    expect(cssFontUrls('@font-face{font-family:X;src:local("X"),url("/x.woff2") format("woff2"),url(/x.woff)}')).toEqual(['/x.woff2']);
  });
});
