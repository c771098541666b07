// Issue #19's theme cases at the function level: same-site frames, the CSP <meta> position.
import { describe, expect, it } from 'vitest';
import { cspMetaFirst } from '../src/integration/csp-first.ts';
import { rewriteIframes } from '../src/integration/markdown-iframes.ts';

const options = { lang: 'id' as const, frameHosts: new Set(['sim.sekolah.example']) };

describe('frames of this site', () => {
  it.each([
    ['a root path', '<iframe src="/files/demo.html"></iframe>', '/files/demo.html'],
    ['a relative path', '<iframe src="lab/index.html" title="Lab"></iframe>', 'lab/index.html'],
    ['an svg in public/', "<iframe src='/gambar/diagram.svg'></iframe>", '/gambar/diagram.svg'],
    ['a path with a query', '<iframe src="/posts/lain/?x=1"></iframe>', '/posts/lain/?x=1'],
  ])('%s becomes a link card, not a frame sharing the post origin', (_name, tag, href) => {
    const html = rewriteIframes(tag, options);
    expect(html).not.toContain(`src="${href}"`);
    expect(html).toContain(`href="${href.replace(/&/g, '&amp;')}"`);
    expect(html).toContain('embed--link-only');
  });

  it('inside a sentence becomes a plain link', () => {
    expect(rewriteIframes('<iframe src="/files/demo.html" title="Demo"></iframe>', options, true)).toBe(
      '<a href="/files/demo.html" target="_blank" rel="noopener">Demo</a>',
    );
  });

  it('a PDF of this site still gets its click-to-load facade; an allowed host stays as written', () => {
    expect(rewriteIframes('<iframe src="/files/lkpd.pdf"></iframe>', options)).toContain('embed--pdf');
    const allowed = '<iframe src="https://sim.sekolah.example/lab"></iframe>';
    expect(rewriteIframes(allowed, options)).toBe(allowed);
  });
});

describe('the CSP <meta>', () => {
  const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
  it('moves to the top of <head>, after <meta charset>', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title><script>1</script>${meta}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
    expect(cspMetaFirst(Buffer.from(page)).toString()).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${meta}<title>x</title><script>1</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });
  it('goes right after <head> without a charset, and leaves a page without a policy alone', () => {
    expect(cspMetaFirst(Buffer.from(`<html><head><title>x</title>${meta}</head></html>`)).toString()).toBe(`<html><head>${meta}<title>x</title></head></html>`);
    const plain = Buffer.from('<html><head><title>x</title></head></html>');
    expect(cspMetaFirst(plain)).toBe(plain);
    const first = Buffer.from(`<html><head><meta charset="utf-8">${meta}<title>x</title></head></html>`);
    expect(cspMetaFirst(first)).toBe(first);
  });
  it('moves the same bytes in a page with text in other scripts', () => {
    const page = `<html><head><meta charset="utf-8"><title>Doa — دعاء 🙂</title>${meta}</head><body>é</body></html>`;
    expect(cspMetaFirst(Buffer.from(page)).toString()).toBe(
      `<html><head><meta charset="utf-8">${meta}<title>Doa — دعاء 🙂</title></head><body>é</body></html>`,
    );
  });
});

describe('SVGs the build copies', () => {
  const hostile = `<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY x "boom">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
  <script>alert(document.cookie)</script>
  <style>.a{fill:red}</style>
  <rect class="a" width="10" height="10" onclick="alert(2)"/>
  <a href="javascript:alert(3)"><text x="1" y="5">klik</text></a>
  <foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(4)"></iframe></foreignObject>
  <set attributeName="href" to="javascript:alert(5)"/>
  <animate attributeName="href" values="javascript:alert(6)"/>
  <use href="data:image/svg+xml;base64,PHN2Zy8+#x"/>
  <use xlink:href="#a"/>
  <image href="https://tracker.example/x.png" width="1" height="1"/>
  <SCRIPT>alert(7)</SCRIPT>
</svg>`;

  it('keeps drawing, drops everything that can run or load', async () => {
    const { sanitizeSvg } = await import('../src/integration/svg-sanitize.ts');
    const clean = sanitizeSvg(hostile);
    for (const bad of [
      'script',
      'SCRIPT',
      'onload',
      'onclick',
      'javascript:',
      'foreignObject',
      'iframe',
      '<set',
      '<animate',
      'data:',
      'tracker.example',
      'alert',
      'ENTITY',
    ]) {
      expect(clean, bad).not.toContain(bad);
    }
    expect(clean).toContain('<rect class="a" width="10" height="10"');
    expect(clean).toContain('<style>.a{fill:red}</style>');
    expect(clean).toContain('<text x="1" y="5">klik</text>');
    expect(clean).toContain('xlink:href="#a"');
    expect(clean.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('rewrites the hostile files of a built site and leaves clean ones as they are', async () => {
    const { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sanitizeBuiltSvgs, sanitizeSvg } = await import('../src/integration/svg-sanitize.ts');
    const dir = mkdtempSync(join(tmpdir(), 'guru-svg-'));
    mkdirSync(join(dir, '_astro'));
    writeFileSync(join(dir, '_astro', 'diagram.B1x.svg'), hostile);
    const clean = sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><circle r="2"></circle></svg>');
    writeFileSync(join(dir, 'ikon.SVG'), clean);
    expect(await sanitizeBuiltSvgs(dir)).toBe(1);
    expect(readFileSync(join(dir, '_astro', 'diagram.B1x.svg'), 'utf8')).not.toContain('alert');
    expect(readFileSync(join(dir, 'ikon.SVG'), 'utf8')).toBe(clean);
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes the theme's own icon as it is, but not a favicon that only looks like it", async () => {
    const { mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { sanitizeBuiltSvgs } = await import('../src/integration/svg-sanitize.ts');
    const { DEFAULT_ICON } = await import('../src/utils/favicon.ts');
    const ours = mkdtempSync(join(tmpdir(), 'guru-svg-'));
    writeFileSync(join(ours, 'favicon.svg'), DEFAULT_ICON);
    expect(await sanitizeBuiltSvgs(ours)).toBe(0);
    expect(readFileSync(join(ours, 'favicon.svg'), 'utf8')).toBe(DEFAULT_ICON);
    const theirs = mkdtempSync(join(tmpdir(), 'guru-svg-'));
    writeFileSync(join(theirs, 'favicon.svg'), DEFAULT_ICON.replace('</svg>', '<script>alert(1)</script></svg>'));
    expect(await sanitizeBuiltSvgs(theirs)).toBe(1);
    expect(readFileSync(join(theirs, 'favicon.svg'), 'utf8')).not.toContain('alert');
    for (const dir of [ours, theirs]) rmSync(dir, { recursive: true, force: true });
  });
});
