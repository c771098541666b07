import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACADE_CSS } from '../src/embeds/render.ts';
import { rehypeEmbeds } from '../src/integration/markdown-embeds.ts';
import { rehypeIframes } from '../src/integration/markdown-iframes.ts';
import { katexMarkupToHast, rehypeMath, renderMath, renderMathHtml } from '../src/integration/markdown-math.ts';
import { BUILD_TIMEOUT_MS, type BuildResult, buildLessonMarkdown, builtPage, dist } from './lesson-markdown-build.ts';

// Math ($…$, $$…$$) and embeds (bare URLs in .md, components in .mdx) in a real `astro build`
// of test/fixtures/lesson-markdown, one .md and one .mdx post.

let build: BuildResult;
let md: string;
let mdx: string;
let pasted: string;

/** The post's rendered Markdown, without the layout around it. */
function body(html: string): string {
  const start = html.indexOf('<div class="post-body">');
  const end = html.indexOf('</article>', start);
  expect(start, 'post body').toBeGreaterThan(-1);
  return html.slice(start, end);
}

const count = (html: string, needle: string | RegExp) => html.split(needle).length - 1;

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every <iframe> start tag's attributes (decoded). Quoted values may hold `<` and `>` (srcdoc). */
function iframes(html: string): Record<string, string>[] {
  return [...html.matchAll(/<iframe((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>/g)].map(([, attrs]) =>
    Object.fromEntries([...(attrs ?? '').matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name as string, decode(value ?? '')])),
  );
}

/** Where each facade's link leads: the href of the one <a> in the iframe's srcdoc document. */
function frameTargets(html: string): string[] {
  return iframes(html).map((attrs) => {
    const href = /<a href="([^"]*)"/.exec(attrs.srcdoc ?? '')?.[1];
    return decode(href ?? `(no link in ${JSON.stringify(attrs)})`);
  });
}

beforeAll(async () => {
  build = await buildLessonMarkdown();
  expect(build.code, build.output).toBe(0);
  md = builtPage('posts/rumus-dan-video');
  mdx = builtPage('posts/komponen-mdx');
  pasted = builtPage('posts/sematan-iframe');
}, BUILD_TIMEOUT_MS); // the shared fixture build

describe('content security policy', () => {
  it('puts the CSP <meta> first in <head>, right after <meta charset>, on every page', () => {
    for (const html of [md, mdx, pasted]) {
      expect(html).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="/);
      expect(html.match(/http-equiv="content-security-policy"/g)).toHaveLength(1);
    }
  });
});

describe('math', () => {
  it('renders $…$ and $$…$$ as MathML in .md', () => {
    const html = body(md);
    expect(html).toContain(
      '<span class="math math-inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><msup><mi>a</mi><mn>2</mn></msup><mo>+</mo><msup><mi>b</mi><mn>2</mn></msup><mo>=</mo><msup><mi>c</mi><mn>2</mn></msup></mrow></math></span>',
    );
    // `<` in TeX is escaped.
    expect(html).toContain('<mrow><mi>x</mi><mo>&lt;</mo><mi>y</mi></mrow></math>');
    // The $$ block is display math, outside any paragraph.
    expect(html).toMatch(
      /<div class="math math-display"><math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML" display="block"><mrow><mi>c<\/mi><mo>=<\/mo><msqrt>/,
    );
    // $$…$$ on a line of its own is display math too, not inline math in a <p>.
    expect(html).toMatch(/<div class="math math-display"><math[^>]* display="block"><mrow><mfrac><mn>1<\/mn><mn>2<\/mn><\/mfrac>/);
    expect(html).not.toMatch(/<p><span class="math math-inline"><math[^>]*><mrow><mfrac><mn>1<\/mn><mn>2/);
    // mhchem for chemistry: 2H₂ + O₂ → 2H₂O.
    expect(html).toContain('<mo stretchy="true" minsize="3.0em">→</mo>');
    expect(html).not.toContain('\\ce{');
    expect(count(html, '<math ')).toBe(7);
    expect(html).not.toContain('language-math');
    // The TeX source is not kept as hidden text, which would leak into ids, contents and search.
    expect(html).not.toMatch(/<annotation|<semantics/);
    expect(html).toContain('<h3 id="luas-lingkaran-πr2">Luas lingkaran <span class="math math-inline">');
  });

  it('renders math in .mdx, braces and all', () => {
    const html = body(mdx);
    expect(html).toContain('<mfrac><mi>a</mi><mi>b</mi></mfrac><mo>+</mo><mfrac><mi>c</mi><mi>d</mi></mfrac>');
    expect(html).toContain('<mfrac><mrow><mi>a</mi><mi>d</mi><mo>+</mo><mi>b</mi><mi>c</mi></mrow><mrow><mi>b</mi><mi>d</mi></mrow></mfrac>');
    expect(html).toMatch(/<div class="math math-display"><math[^>]* display="block"><mrow><munderover><mo>∑<\/mo>/);
    expect(count(html, '<math ')).toBe(3);
  });

  it('keeps bad TeX visible as source, warns, and still builds', () => {
    expect(body(md)).toMatch(/<code class="math-error" title="[^"]*KaTeX parse error[^"]*">\$\\frac\{1\$<\/code> dan bukan merusak halaman/);
    expect(body(mdx)).toMatch(/<code class="math-error" title="[^"]*">\$\\sqrt\{\$<\/code> tetap tampil/);
    expect(build.output).toMatch(
      /Rumus matematika yang tidak terbaca oleh KaTeX ditampilkan sebagai teks TeX: src\/content\/posts\/rumus-dan-video\.md: .*\\frac\{1/,
    );
  });

  it('ships no KaTeX CSS, fonts or script, and no inline styles', () => {
    for (const html of [md, mdx]) {
      expect(html).not.toMatch(/katex(\.min)?\.(css|js)|KaTeX_|\.woff2?/);
      expect(html).not.toMatch(/<(span|div|code|math)[^>]* style=/);
    }
    const assets = readdirSync(join(dist, '_astro'));
    for (const file of assets) expect(readFileSync(join(dist, '_astro', file), 'utf8')).not.toContain('.katex');
  });
});

describe('embeds', () => {
  it('turns a supported URL alone in its paragraph into a facade (.md)', () => {
    const html = body(md);
    expect(frameTargets(html)).toEqual([
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90&autoplay=1',
      'https://docs.google.com/presentation/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef/embed?start=false&loop=false&delayms=3000',
      'https://wayground.com/embed/quiz/5f8a1b2c3d4e5f6a7b8c9d0e',
      '/files/lkpd.pdf',
    ]);
    expect(count(html, /<div class="embed-frame embed-frame--\w+"><iframe title="/)).toBe(4);
    // [Text](url) gives the facade its title; a bare URL the provider's default one.
    const frames = iframes(html);
    expect(frames.map((f) => f.title)).toEqual(['Video YouTube', 'Presentasi Google Slide', 'Kuis Pythagoras', 'Lembar kerja']);
    expect(frames[2]?.srcdoc).toContain(
      '<span class="ti">Kuis Pythagoras</span><span class="p">Wayground (Quizizz)</span><span class="a">Tampilkan di halaman ini</span>',
    );
    expect(frames[0]?.srcdoc).toContain('<title>Video YouTube</title>');
    expect(frames[0]?.srcdoc).toContain('<img src="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" alt=""');
    expect(frames[3]?.srcdoc).not.toContain('<img');
    // The original address stays one click away.
    expect(html).toContain('<a class="embed-open" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=1m30s" target="_blank" rel="noopener">');
    // A PDF on another site is a link card, not a frame.
    expect(html).toMatch(
      /<figure class="embed embed--pdf embed--link-only"><a class="embed-facade embed-open" href="https:\/\/contoh.example\/modul\/pythagoras.pdf"/,
    );
  });

  it('leaves URLs in sentences, unsupported and lookalike URLs as ordinary links', () => {
    const html = body(md);
    expect(html).toContain('<p>Tonton juga <a href="https://youtu.be/9bZkp7q19f0">https://youtu.be/9bZkp7q19f0</a> di rumah, lalu kerjakan soalnya.</p>');
    expect(html).toContain('<p><a href="https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ">');
    expect(html).toContain('<p><a href="https://www.canva.com/design/DAFxyz12345/edit">');
    expect(html).not.toContain('9bZkp7q19f0/hqdefault');
    // The task-list plugin still runs next to ours.
    expect(html).toContain('aria-label="Sudah menonton video"');
  });

  it('renders the MDX components and bare URLs in .mdx', () => {
    const html = body(mdx);
    expect(frameTargets(html)).toEqual([
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1',
      'https://docs.google.com/forms/d/e/1FAIpQLSfD8x2Yk3ZqLmNoPqRsTuVwXyZ0123456789abcd/viewform?embedded=true',
      'https://www.canva.com/design/DAFabc12345/AbCdEfGhIjKl/view?embed',
      'https://padlet.com/embed/a1b2c3d4e5f6g7h8',
      'https://wordwall.net/embed/0123456789abcdef0123456789abcdef?themeId=1&templateId=5&fontStackId=0',
      'https://drive.google.com/file/d/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw/preview',
      '/files/lkpd.pdf',
      'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1',
    ]);
    const titles = iframes(html).map((f) => f.title);
    expect(titles).toContain('Pecahan senilai');
    expect(titles).toContain('Kuis pecahan');
    expect(iframes(html).find((f) => f.title === 'Pecahan senilai')?.srcdoc).toContain('<span class="ti">Pecahan senilai</span>');
    expect(html).toContain('<div class="embed-frame embed-frame--9x16">');
    expect(html).toContain(
      '<p>Baca juga <a href="https://padlet.com/bu_ratna/pecahan-kelas-7-a1b2c3d4e5f6g7h8">https://padlet.com/bu_ratna/pecahan-kelas-7-a1b2c3d4e5f6g7h8</a> sebelum kelas.</p>',
    );
  });

  it('every iframe is a lazy, titled srcdoc facade without src; no script is added', () => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(md)?.[1] ?? '';
    const styleHash = `'sha256-${createHash('sha256').update(FACADE_CSS).digest('base64')}'`;
    expect(/style-src [^;]*/.exec(csp)?.[0]).toContain(styleHash);
    for (const html of [body(md), body(mdx)]) {
      const frames = iframes(html);
      expect(frames.length).toBeGreaterThan(3);
      for (const frame of frames) {
        expect(frame.loading).toBe('lazy');
        expect(frame.title?.trim()).toBeTruthy();
        // Nothing to load before the click: no src, and the srcdoc is one link and the one
        // stylesheet the CSP allows by hash (no style attribute, no script).
        expect(frame).not.toHaveProperty('src');
        const doc = frame.srcdoc ?? '';
        expect(doc).toContain(`<style>${FACADE_CSS}</style>`);
        expect(count(doc, '<style')).toBe(1);
        expect(count(doc, '<a ')).toBe(1);
        expect(doc).not.toContain('style=');
        expect(doc).not.toContain('<script');
        expect(doc).not.toContain('target=');
        expect(doc).not.toContain('<iframe');
      }
      expect(html).not.toContain('<details');
      expect(html).not.toContain('<script');
    }
    // Only what every post has: JSON-LD data and the theme's inline dark-mode script.
    const about = builtPage('about');
    for (const page of [md, mdx]) {
      expect(page.match(/<script[^>]*>/g)).toEqual(['<script type="application/ld+json">', ...(about.match(/<script[^>]*>/g) ?? [])]);
    }
  });

  it('allows exactly the embed hosts and the site itself as frame sources', () => {
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(md)?.[1] ?? '';
    expect(csp).toContain(
      "frame-src 'self' https://www.youtube-nocookie.com https://docs.google.com https://drive.google.com https://www.canva.com https://wordwall.net https://quizizz.com https://wayground.com https://padlet.com https://www.geogebra.org https://phet.colorado.edu https://sim.sekolah.example;",
    );
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("media-src 'self' https:;");
  });
});

describe('pasted <iframe> embed codes (.md)', () => {
  it('turns known services into facades, keeps allowed hosts, links the rest and drops script URLs', () => {
    const html = body(pasted);
    expect(frameTargets(html)).toEqual([
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1',
      'https://www.geogebra.org/material/iframe/id/mvxcwvnk',
      'https://phet.colorado.edu/sims/html/fractions-intro/latest/fractions-intro_all.html?locale=in',
      '(no link in {"src":"https://sim.sekolah.example/lab/optik","title":"Lab optik sekolah","width":"800","height":"600"})',
    ]);
    expect(iframes(html).map((f) => f.title)).toEqual(['YouTube video player', 'Segitiga siku-siku', 'Simulasi PhET', 'Lab optik sekolah']);
    // No frame loads from a host outside the CSP's frame-src: only srcdoc facades and the allowed one.
    expect(
      iframes(html)
        .filter((f) => f.src)
        .map((f) => new URL(f.src!).hostname),
    ).toEqual(['sim.sekolah.example']);
    expect(html).toContain(
      '<figure class="embed embed--web embed--link-only"><a class="embed-facade embed-open" href="https://www.liveworksheets.com/c?a=s&amp;t=AbC123"',
    );
    expect(html).toContain('Buka di www.liveworksheets.com');
    expect(html).not.toContain('javascript:');
  });

  it('does the same for <iframe> elements in .mdx; one inside a sentence becomes a plain link', () => {
    const html = body(builtPage('posts/sematan-iframe-mdx'));
    expect(frameTargets(html)).toEqual([
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1',
      '(no link in {"src":"https://sim.sekolah.example/lab/mdx","title":"Lab MDX"})',
    ]);
    expect(html).toContain('<p>Lihat juga <a href="https://www.liveworksheets.com/mdx-lembar" target="_blank" rel="noopener">Lembar MDX</a> di kelas.</p>');
    expect(build.output).toContain('(https://www.liveworksheets.com/mdx-lembar)');
  });

  it('tells the teacher, in the site language, which frame became a link and how to allow it', () => {
    expect(build.output).toContain(
      "<iframe> dari www.liveworksheets.com ditampilkan sebagai tautan, karena kebijakan keamanan situs hanya mengizinkan layanan yang dikenal (https://www.liveworksheets.com/c?a=s&t=AbC123). Agar tampil di halaman, tambahkan 'www.liveworksheets.com' ke guruBlog({ embedHosts: [...] }) di astro.config.mjs.",
    );
    // Once per address, although the build renders the post more than once.
    expect(count(build.output, '(https://www.liveworksheets.com/c?a=s&t=AbC123)')).toBe(1);
  });

  it('labels footnotes in the site language and keeps style attributes (the CSP allows them)', () => {
    const html = body(pasted);
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Catatan kaki</h2>');
    expect(html).toContain('aria-label="Kembali ke rujukan 1"');
    expect(html).toContain('<p style="text-align: center">');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(pasted)?.[1] ?? '';
    expect(csp).toContain("style-src-attr 'unsafe-inline';");
  });
});

describe('the unified (rehype) versions', () => {
  type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string };
  const h = (tagName: string, properties: Record<string, unknown>, children: Node[] = []): Node => ({ type: 'element', tagName, properties, children });
  const t = (value: string): Node => ({ type: 'text', value });

  it('rehypeMath renders the code elements remark-math produces', () => {
    const tree: Node = {
      type: 'root',
      children: [
        h('p', {}, [t('Luas '), h('code', { className: ['language-math', 'math-inline'] }, [t('\\pi r^2')])]),
        h('pre', {}, [h('code', { className: ['language-math', 'math-display'] }, [t('x = 1')])]),
        h('pre', {}, [h('code', { className: ['language-js'] }, [t('let a')])]),
      ],
    };
    rehypeMath()(tree);
    const [p, display, code] = tree.children as [Node, Node, Node];
    expect(p.children?.[1]).toMatchObject({ tagName: 'span', properties: { className: ['math', 'math-inline'] } });
    expect(p.children?.[1]?.children?.[0]).toMatchObject({ tagName: 'math' });
    expect(display).toMatchObject({ tagName: 'div', properties: { className: ['math', 'math-display'] } });
    expect(display.children?.[0]).toMatchObject({ tagName: 'math', properties: { display: 'block' } });
    expect(code.tagName).toBe('pre');
  });

  it('rehypeIframes rewrites pasted iframes in raw HTML nodes', () => {
    const blocked: string[] = [];
    const plugin = rehypeIframes({ lang: 'en', frameHosts: new Set(['sim.sekolah.example']), onLink: (src) => blocked.push(src) })();
    const tree = {
      type: 'root',
      children: [
        { type: 'raw', value: '<iframe src="https://www.youtube.com/embed/M7lc1UVf-VE"></iframe>' },
        { type: 'raw', value: '<iframe src="https://sim.sekolah.example/x"></iframe>' },
        { type: 'raw', value: '<iframe src="http://sim.sekolah.example/x"></iframe>' },
        { type: 'raw', value: '<div><iframe src="data:text/html,hi"></iframe></div>' },
      ],
    };
    plugin(tree);
    const [youtube, kept, insecure, data] = tree.children.map((c) => c.value);
    expect(youtube).toContain('youtube-nocookie.com/embed/M7lc1UVf-VE');
    expect(youtube).toContain('Open in YouTube');
    expect(kept).toBe('<iframe src="https://sim.sekolah.example/x"></iframe>');
    expect(insecure).toContain('embed--link-only');
    expect(data).toBe('<div></div>');
    expect(blocked).toEqual(['http://sim.sekolah.example/x']);
  });

  it('rehypeEmbeds replaces a lone link paragraph only', () => {
    const link = (href: string) => h('a', { href }, [t(href)]);
    const tree: Node = {
      type: 'root',
      children: [
        h('p', {}, [link('https://youtu.be/M7lc1UVf-VE')]),
        h('p', {}, [t('Lihat '), link('https://youtu.be/M7lc1UVf-VE')]),
        h('p', {}, [link('https://contoh.example/')]),
      ],
    };
    rehypeEmbeds()(tree);
    const [a, b, c] = tree.children as [Node, Node, Node];
    expect(a).toMatchObject({ tagName: 'figure', properties: { className: ['embed', 'embed--youtube'] } });
    expect(b.tagName).toBe('p');
    expect(c.tagName).toBe('p');
  });

  it('parses KaTeX markup, including its odd `class =` and self-closing tags', () => {
    expect(katexMarkupToHast('<span class ="a b"><mspace width="1em"/>x &amp; y&#x2003;</span>')).toEqual([
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['a', 'b'] },
        children: [
          { type: 'element', tagName: 'mspace', properties: { width: '1em' }, children: [] },
          { type: 'text', value: 'x & y\u2003' },
        ],
      },
    ]);
    expect(() => katexMarkupToHast('<span><b></span>')).toThrow();
  });

  it('renderMath falls back to the TeX for any error, and drops KaTeX inline styles', () => {
    const warnings: string[] = [];
    const bad = renderMath('\\frac{', false, (m) => warnings.push(m));
    expect(bad).toMatchObject({ tagName: 'code', properties: { className: ['math-error'] }, children: [{ type: 'text', value: '$\\frac{$' }] });
    expect(warnings).toHaveLength(1);
    const colored = renderMath('\\color{red}{x}', false);
    expect(JSON.stringify(colored)).not.toContain('"style"');
    expect(renderMathHtml('x<1')).toBe(
      '<span class="math math-inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><mi>x</mi><mo>&lt;</mo><mn>1</mn></mrow></math></span>',
    );
    expect(renderMathHtml('\\frac{', true)).toMatch(
      /^<pre class="math math-display math-error"><code class="math-error" title="[^"]*KaTeX parse error[^"]*">\\frac\{<\/code><\/pre>$/,
    );
    // \href and other "trust" commands are refused (rendered as red text, no link).
    expect(JSON.stringify(renderMath('\\href{javascript:alert(1)}{x}', false))).not.toContain('"href"');
  });
});
