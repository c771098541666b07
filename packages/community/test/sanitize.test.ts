import { describe, expect, it } from 'vitest';
import { excerpt, plainText } from '../src/sanitize/excerpt.ts';
import { sanitizeContent } from '../src/sanitize/sanitize-content.ts';

const BASE = 'https://guru.example/2024/01/post.html';

// The test's own idea of what may appear, kept apart from src/sanitize/allowlist.ts so a careless
// change there is caught here.
const SAFE_TAGS: Record<string, string[]> = {
  ...Object.fromEntries(
    'p br hr h2 h3 h4 h5 h6 strong b em i u s sub sup mark small blockquote q cite pre code kbd ul li dl dt dd table thead tbody tfoot tr caption figure figcaption details summary'
      .split(' ')
      .map((tag) => [tag, []]),
  ),
  a: ['href', 'title', 'rel'],
  img: ['src', 'srcset', 'alt', 'width', 'height', 'loading', 'decoding'],
  iframe: ['src', 'title', 'width', 'height', 'loading', 'allowfullscreen'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
  abbr: ['title'],
  time: ['datetime'],
};
const IFRAME_HOSTS = ['www.youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com', 'drive.google.com', 'docs.google.com', 'www.dailymotion.com'];
const TAG = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[^\s"'=<>/]+(?:="[^"<>]*")?)*)\s*\/?>/;
const ATTRIBUTE = /\s+([^\s"'=<>/]+)(?:="([^"<>]*)")?/g;

function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", colon: ':', tab: '\t', newline: '\n' };
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => named[name.toLowerCase()] ?? entity);
}

/** Throws, saying what and where, unless every URL in `value` is absolute with an allowed scheme. */
function assertSafeUrl(tag: string, name: string, value: string, html: string): void {
  const urls = name === 'srcset' ? value.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
  for (const raw of urls) {
    // Browsers ignore controls, spaces, tabs and newlines here, so `java\tscript:` is javascript:.
    const url = Array.from(decodeEntities(raw))
      .filter((char) => char > ' ')
      .join('');
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    if (scheme && ['javascript', 'data', 'vbscript', 'file'].includes(scheme)) throw new Error(`${scheme}: URL in <${tag} ${name}>: ${html}`);
    if (!scheme) throw new Error(`relative or scheme-less URL "${raw}" in <${tag} ${name}>: ${html}`);
    const allowed = name === 'href' ? ['http', 'https', 'mailto'] : tag === 'iframe' ? ['https'] : ['http', 'https'];
    if (!allowed.includes(scheme)) throw new Error(`scheme ${scheme}: not allowed in <${tag} ${name}>: ${html}`);
    if (tag === 'iframe' && !IFRAME_HOSTS.includes(new URL(url).hostname)) throw new Error(`iframe from ${new URL(url).hostname}: ${html}`);
  }
}

/** Scans sanitized output: only allowlisted tags and attributes, no handlers, no dangerous URLs, no
 * comments, and every `<` starts a well-formed tag (a stray `<` would mean unescaped markup). */
function assertSafe(html: string): void {
  if (/<script/i.test(html)) throw new Error(`<script in output: ${html}`);
  if (/<!|<\?/.test(html)) throw new Error(`comment, doctype or CDATA in output: ${html}`);
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const match = TAG.exec(html.slice(at));
    if (!match) throw new Error(`malformed or unquoted markup at ${at}: ${html.slice(at, at + 60)}`);
    const [, closing, tag = '', attributes = ''] = match;
    const allowed = SAFE_TAGS[tag];
    if (!allowed) throw new Error(`element <${tag}> not allowed: ${html}`);
    if (closing && attributes) throw new Error(`attributes on a closing tag: ${html}`);
    for (const [, name = '', value = ''] of attributes.matchAll(ATTRIBUTE)) {
      if (/^on/i.test(name)) throw new Error(`event handler ${name}= on <${tag}>: ${html}`);
      if (!allowed.includes(name)) throw new Error(`attribute ${name} not allowed on <${tag}>: ${html}`);
      if (['href', 'src', 'srcset'].includes(name)) assertSafeUrl(tag, name, value, html);
    }
  }
}

describe('assertSafe (the checker itself must catch bad output)', () => {
  it.each([
    ['script', '<p>x</p><script>alert(1)</script>', /<script/],
    ['unquoted handler', '<img src=x onerror=alert(1)>', /malformed/],
    ['quoted handler', '<img src="https://a.example/x.png" onerror="alert(1)">', /event handler onerror/],
    ['javascript with tab entity', '<a href="jav&#x09;ascript:alert(1)">x</a>', /javascript: URL/],
    ['data URL', '<a href="data:text/html,x">x</a>', /data: URL/],
    ['vbscript URL', '<a href="VBScript:x">x</a>', /vbscript: URL/],
    ['srcset candidate', '<img src="https://a.example/1.png" srcset="https://a.example/1.png 1x, javascript:alert(1) 2x">', /javascript: URL/],
    ['relative URL', '<a href="/x">x</a>', /relative/],
    ['style attribute', '<p style="color:red">x</p>', /attribute style/],
    ['id attribute', '<p id="cookie">x</p>', /attribute id/],
    ['svg element', '<svg></svg>', /element <svg>/],
    ['iframe host', '<iframe src="https://evil.example/x"></iframe>', /iframe from evil.example/],
    ['comment', '<!-- x --><p>x</p>', /comment/],
  ])('rejects %s', (_label, html, message) => {
    expect(() => assertSafe(html)).toThrow(message);
  });

  it('accepts escaped quotes and handler-like text inside a value', () => {
    expect(() => assertSafe('<a href="https://a.example/" title="a&quot; onmouseover=&quot;x" rel="ugc nofollow noopener">x</a>')).not.toThrow();
  });
});

// [label, untrusted input, exact expected output with baseUrl BASE]
const ATTACKS: [string, string, string][] = [
  ['script element', '<p>a</p><script>alert(1)</script><p>b</p>', '<p>a</p><p>b</p>'],
  ['script with src', '<script src="https://evil.example/x.js"></script>ok', 'ok'],
  ['uppercase SCRIPT', '<SCRIPT>alert(1)</SCRIPT>ok', 'ok'],
  ['nested <scr<script>ipt>', '<scr<script>ipt>alert(1)</scr</script>ipt>', 'ipt&gt;alert(1)ipt&gt;'],
  ['img onerror', '<img src=x onerror=alert(1)>', '<img src="https://guru.example/2024/01/x" alt="" loading="lazy" decoding="async" />'],
  [
    'img onerror and onload',
    '<img src="https://cdn.example/a.jpg" onerror="alert(1)" onload="alert(2)">',
    '<img src="https://cdn.example/a.jpg" alt="" loading="lazy" decoding="async" />',
  ],
  ['svg onload', '<svg onload=alert(1)><circle r=10 /></svg>ok', 'ok'],
  ['svg xlink:href', '<svg><script xlink:href="data:,alert(1)"></script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', ''],
  ['math xlink:href', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>', ''],
  ['javascript: href', '<a href="javascript:alert(1)">x</a>', 'x'],
  ['mixed case scheme', '<a href="JaVaScRiPt:alert(1)">x</a>', 'x'],
  ['leading spaces and control', '<a href="  \u0001 javascript:alert(1)">x</a>', 'x'],
  ['tab entity inside scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>', 'x'],
  ['raw newline inside scheme', '<a href="java\nscript:alert(1)">x</a>', 'x'],
  ['decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>', 'x'],
  ['hex entities without semicolons', '<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">x</a>', 'x'],
  ['&colon; entity', '<a href="javascript&colon;alert(1)">x</a>', 'x'],
  ['&Tab; and &NewLine; entities', '<a href="java&Tab;script&NewLine;:alert(1)">x</a>', 'x'],
  ['JS unicode escape (a real j)', '<a href="\u006aavascript:alert(1)">x</a>', 'x'],
  // A literal backslash is a path separator to browsers: a harmless same-site link, not a scheme.
  [
    'literal \\u escape text',
    '<a href="\\u006aavascript:alert(1)">x</a>',
    '<a href="https://guru.example/u006aavascript:alert(1)" rel="ugc nofollow noopener">x</a>',
  ],
  [
    'fullwidth letters',
    '<a href="ｊａｖａｓｃｒｉｐｔ:alert(1)">x</a>',
    '<a href="https://guru.example/2024/01/%EF%BD%8A%EF%BD%81%EF%BD%96%EF%BD%81%EF%BD%93%EF%BD%83%EF%BD%92%EF%BD%89%EF%BD%90%EF%BD%94:alert(1)" rel="ugc nofollow noopener">x</a>',
  ],
  ['data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', 'x'],
  ['data: image', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">', ''],
  ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>', 'x'],
  ['file:', '<a href="file:///etc/passwd">x</a><img src="file:///c:/x.png">', 'x'],
  [
    'srcset with javascript: candidate',
    '<img src="https://cdn.example/a.jpg" srcset="javascript:alert(1) 1x, https://cdn.example/a2.jpg 2x">',
    '<img src="https://cdn.example/a.jpg" srcset="https://cdn.example/a2.jpg 2x" alt="" loading="lazy" decoding="async" />',
  ],
  ['srcset with only bad candidates', '<img srcset="data:image/png;base64,AA,AA 1x, javascript:alert(1) 2x">', ''],
  ['iframe from another host', '<iframe src="https://evil.example/embed/x"></iframe>', ''],
  [
    'iframe lookalike hosts',
    '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe><iframe src="https://youtube.com@evil.example/embed/x"></iframe>',
    '',
  ],
  ['allowed iframe host over http', '<iframe src="http://www.youtube.com/embed/abc"></iframe>', ''],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
  [
    'allowed iframe with srcdoc',
    '<iframe src="https://www.youtube.com/embed/abc" srcdoc="<script>alert(1)</script>"></iframe>',
    '<iframe src="https://www.youtube.com/embed/abc" loading="lazy" allowfullscreen></iframe>',
  ],
  ['iframe javascript: src', '<iframe src="javascript:alert(1)"></iframe>', ''],
  [
    'markup inside an allowed iframe',
    '<iframe src="https://player.vimeo.com/video/1"><img src=x onerror=alert(1)></iframe>',
    '<iframe src="https://player.vimeo.com/video/1" loading="lazy" allowfullscreen></iframe>',
  ],
  ['Google Form (not a preview)', '<iframe src="https://docs.google.com/forms/d/e/x/viewform?embedded=true"></iframe>', ''],
  ['style element', '<style>body{display:none}</style><p>ok</p>', '<p>ok</p>'],
  ['style overlay', '<p style="position:fixed;top:0;left:0;width:100%;height:100%">x</p>', '<p>x</p>'],
  ['class and id', '<p class="admin" id="login">x</p>', '<p>x</p>'],
  [
    'form, input, button',
    '<form action="https://evil.example/steal"><input name="password" type="password"><button formaction="javascript:alert(1)">Go</button></form>',
    '',
  ],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">ok', 'ok'],
  ['base href', '<base href="https://evil.example/"><a href="/x">x</a>', '<a href="https://guru.example/x" rel="ugc nofollow noopener">x</a>'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">ok', 'ok'],
  ['object', '<object data="javascript:alert(1)"><param name="x" value="y"></object>ok', 'ok'],
  ['embed', '<embed src="https://evil.example/x.swf">ok', 'ok'],
  ['applet, frameset', '<applet code="x"></applet><frameset><frame src="javascript:alert(1)"></frameset>ok', 'ok'],
  ['mXSS noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', ''],
  [
    'mXSS noembed',
    '<noembed><a title="</noembed><img src=x onerror=alert(1)>" href="https://a.example/">x</a></noembed>',
    '<img src="https://guru.example/2024/01/x" alt="" loading="lazy" decoding="async" />" href="https://a.example/"&gt;x',
  ],
  ['mXSS textarea', '<textarea><img src=x onerror=alert(1)></textarea>ok', 'ok'],
  ['mXSS template', '<template><img src=x onerror=alert(1)></template>ok', 'ok'],
  ['mXSS svg style', '<svg><style><img src=x onerror=alert(1)></style></svg>', ''],
  ['xmp', '<xmp><img src=x onerror=alert(1)></xmp>ok', 'ok'],
  ['plaintext', '<plaintext><img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  [
    'DOM clobbering id/name',
    '<img src="https://cdn.example/a.jpg" id="cookie" name="cookie">',
    '<img src="https://cdn.example/a.jpg" alt="" loading="lazy" decoding="async" />',
  ],
  [
    'DOM clobbering form name',
    '<form name="cookie"><a id="cookie" name="cookie" href="https://a.example/">x</a></form>',
    '<a href="https://a.example/" rel="ugc nofollow noopener">x</a>',
  ],
  ['unterminated tag', '<p>ok<img src="x" onerror="alert(1)"', '<p>ok</p>'],
  ['unquoted javascript: href', '<a href=javascript:alert(1) title=x>y</a>', 'y'],
  ['comment hiding a script', '<!--<script>alert(1)</script>--><p>ok</p>', '<p>ok</p>'],
  ['conditional comment', '<!--[if IE]><script>alert(1)</script><![endif]-->ok', 'ok'],
  ['CDATA section', '<![CDATA[<script>alert(1)</script>]]>ok', 'ok'],
  [
    'target and onclick on a link',
    '<a href="https://a.example/" target="_blank" onclick="x()">x</a>',
    '<a href="https://a.example/" rel="ugc nofollow noopener">x</a>',
  ],
  [
    'handlers on allowed tags',
    '<p onmouseover="alert(1)">x</p><details open ontoggle="alert(1)"><summary>s</summary></details>',
    '<p>x</p><details><summary>s</summary></details>',
  ],
  ['backslash protocol-relative', '<a href="\\\\evil.example/x">x</a>', '<a href="https://evil.example/x" rel="ugc nofollow noopener">x</a>'],
  [
    'quote breaking out of title',
    '<a href="https://a.example/" title="a&quot; onmouseover=&quot;alert(1)">x</a>',
    '<a href="https://a.example/" title="a&quot; onmouseover=&quot;alert(1)" rel="ugc nofollow noopener">x</a>',
  ],
  [
    'malformed attribute names',
    '<p "onmouseover=alert(1)">x</p><img/src="https://cdn.example/a.jpg"/onerror=alert(1)>',
    '<p>x</p><img src="https://cdn.example/a.jpg" alt="" loading="lazy" decoding="async" />',
  ],
  ['javascript: in blockquote cite', '<blockquote cite="javascript:alert(1)">q</blockquote>', '<blockquote>q</blockquote>'],
  ['escaped markup stays text', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>'],
];

describe('sanitizeContent: attack vectors', () => {
  it.each(ATTACKS)('%s', (_label, input, expected) => {
    const output = sanitizeContent(input, { baseUrl: BASE });
    assertSafe(output);
    expect(output).toBe(expected);
  });

  it.each(ATTACKS)('%s (no baseUrl)', (_label, input) => {
    assertSafe(sanitizeContent(input));
  });

  it('never lets script or style text through', () => {
    const output = sanitizeContent('<script>var secret = 1;</script><style>.x{}</style><noscript>no js</noscript><template>t</template>');
    expect(output).toBe('');
  });
});

describe('sanitizeContent: benign content', () => {
  it('returns an empty string for empty or blank input', () => {
    expect(sanitizeContent('')).toBe('');
    expect(sanitizeContent('  \n ')).toBe('');
    expect(sanitizeContent('<!-- only a comment -->')).toBe('');
  });

  it('keeps formatting, demotes h1 and drops comments', () => {
    const input =
      '<h1>Judul</h1><!-- Blogger --><p>Teks <strong>tebal</strong>, <em>miring</em>, <mark>penting</mark> &amp; H<sub>2</sub>O.</p>' +
      '<ul><li>satu</li></ul><ol start="3"><li>tiga</li></ol><blockquote><p>kutipan</p></blockquote><pre><code>x &lt; 1</code></pre>';
    expect(sanitizeContent(input)).toBe(
      '<h2>Judul</h2><p>Teks <strong>tebal</strong>, <em>miring</em>, <mark>penting</mark> &amp; H<sub>2</sub>O.</p>' +
        '<ul><li>satu</li></ul><ol start="3"><li>tiga</li></ol><blockquote><p>kutipan</p></blockquote><pre><code>x &lt; 1</code></pre>',
    );
  });

  it('unwraps layout elements but keeps their text', () => {
    expect(sanitizeContent('<div class="post-body" style="color:red"><span>Halo</span> <font color="red">dunia</font></div>')).toBe('Halo dunia');
  });

  it('adds rel, removes target and resolves relative links', () => {
    expect(sanitizeContent('<a href="../materi.html" target="_blank" title="Materi">materi</a>', { baseUrl: BASE })).toBe(
      '<a href="https://guru.example/2024/materi.html" title="Materi" rel="ugc nofollow noopener">materi</a>',
    );
  });

  it('keeps mailto links but not tel: or ftp:', () => {
    expect(sanitizeContent('<a href="mailto:guru@example.id">surel</a> <a href="tel:+62">telepon</a> <a href="ftp://x.example/">ftp</a>')).toBe(
      '<a href="mailto:guru@example.id" rel="ugc nofollow noopener">surel</a> telepon ftp',
    );
  });

  it('makes images lazy and resolves src and srcset', () => {
    const input =
      '<img src="/img/a.jpg" srcset="/img/a-480.jpg 480w, //cdn.example/a-960.jpg 960w" alt="Peta" width="640" height="480" style="x" class="y" title="t">';
    expect(sanitizeContent(input, { baseUrl: BASE })).toBe(
      '<img src="https://guru.example/img/a.jpg" srcset="https://guru.example/img/a-480.jpg 480w, https://cdn.example/a-960.jpg 960w" alt="Peta" width="640" height="480" loading="lazy" decoding="async" />',
    );
  });

  it('resolves protocol-relative URLs to https, even from an http blog', () => {
    expect(sanitizeContent('<img src="//cdn.example/a.jpg">', { baseUrl: 'http://guru.example/' })).toBe(
      '<img src="https://cdn.example/a.jpg" alt="" loading="lazy" decoding="async" />',
    );
  });

  it('drops relative URLs without a usable baseUrl', () => {
    const input = '<p><a href="/x">teks</a><img src="a.jpg"></p>';
    expect(sanitizeContent(input)).toBe('<p>teks</p>');
    expect(sanitizeContent(input, { baseUrl: 'javascript:alert(1)' })).toBe('<p>teks</p>');
    expect(sanitizeContent(input, { baseUrl: 'not a url' })).toBe('<p>teks</p>');
  });

  it('keeps a YouTube embed, lazy, with its title and size', () => {
    const input =
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" title="YouTube video player" frameborder="0" allow="autoplay" referrerpolicy="strict-origin" allowfullscreen></iframe>';
    expect(sanitizeContent(input)).toBe(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x" title="YouTube video player" width="560" height="315" loading="lazy" allowfullscreen></iframe>',
    );
  });

  it.each([
    '//www.youtube-nocookie.com/embed/abc',
    'https://player.vimeo.com/video/76979871',
    'https://drive.google.com/file/d/1AbC/preview',
    'https://docs.google.com/presentation/d/e/2PACX-1v/embed?start=false',
    'https://www.dailymotion.com/embed/video/x8abc',
    'https://geo.dailymotion.com/player.html?video=x8abc',
  ])('keeps an allowed player: %s', (src) => {
    const output = sanitizeContent(`<iframe src="${src}"></iframe>`);
    expect(output).toBe(`<iframe src="${src.startsWith('//') ? `https:${src}` : src}" loading="lazy" allowfullscreen></iframe>`);
  });

  it('keeps tables with numeric spans only', () => {
    const input =
      '<table border="1"><caption>Nilai</caption><thead><tr><th colspan="2" style="x">A</th></tr></thead><tbody><tr><td rowspan="x">1</td><td>2</td></tr></tbody></table>';
    expect(sanitizeContent(input)).toBe(
      '<table><caption>Nilai</caption><thead><tr><th colspan="2">A</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>',
    );
  });

  it('keeps figure, details, time, abbr, dl, kbd and q', () => {
    const input =
      '<figure><img src="https://cdn.example/a.png" alt="a"><figcaption>Gambar</figcaption></figure><details><summary>Jawaban</summary>42</details>' +
      '<p><time datetime="2024-01-02">2 Januari</time> <abbr title="Kurikulum Merdeka">KM</abbr> <kbd>Ctrl</kbd> <q>kata</q></p><dl><dt>a</dt><dd>b</dd></dl>';
    expect(sanitizeContent(input)).toBe(
      '<figure><img src="https://cdn.example/a.png" alt="a" loading="lazy" decoding="async" /><figcaption>Gambar</figcaption></figure><details><summary>Jawaban</summary>42</details>' +
        '<p><time datetime="2024-01-02">2 Januari</time> <abbr title="Kurikulum Merdeka">KM</abbr> <kbd>Ctrl</kbd> <q>kata</q></p><dl><dt>a</dt><dd>b</dd></dl>',
    );
  });
});

describe('plainText', () => {
  it('removes tags and script/style contents, decodes entities, collapses whitespace', () => {
    const input = '<h2>Judul</h2>\n<p>Satu&nbsp;&amp; dua&#8217;s <b>tiga</b></p><script>alert(1)</script><style>p{}</style><p>empat<br>lima</p>';
    expect(plainText(input)).toBe('Judul Satu & dua’s tiga empat lima');
  });

  it('returns decoded text, not HTML (callers escape it)', () => {
    expect(plainText('&lt;b&gt;Tom &amp;amp; Jerry&lt;/b&gt;')).toBe('<b>Tom &amp; Jerry</b>');
  });

  it('does not add spaces inside words split by inline tags', () => {
    expect(plainText('<p>Mate<b>matika</b></p><p>Kelas 7</p>')).toBe('Matematika Kelas 7');
  });

  it('returns an empty string for empty input or only comments', () => {
    expect(plainText('')).toBe('');
    expect(plainText('<!-- x --><script>y</script>')).toBe('');
  });
});

describe('excerpt', () => {
  const words = Array.from({ length: 100 }, (_, i) => `kata${i}`).join(' ');

  it('returns short text unchanged', () => {
    expect(excerpt('<p>Halo <em>dunia</em></p>')).toBe('Halo dunia');
  });

  it('cuts at a word boundary with an ellipsis, within maxChars', () => {
    const result = excerpt(`<p>${words}</p>`, 30);
    expect(result).toBe('kata0 kata1 kata2 kata3 kata4…');
    expect(result.length).toBeLessThanOrEqual(30);
    expect(excerpt(words, 28)).toBe('kata0 kata1 kata2 kata3…');
  });

  it('defaults to 280 characters', () => {
    const result = excerpt(words);
    expect(result.endsWith('…')).toBe(true);
    expect(result.length).toBeLessThanOrEqual(280);
    expect(words.startsWith(result.slice(0, -1))).toBe(true);
  });

  it('drops punctuation before the ellipsis', () => {
    expect(excerpt('Satu dua, tiga empat lima enam', 12)).toBe('Satu dua…');
  });

  it('hard-cuts one very long word and never splits an emoji', () => {
    expect(excerpt('a'.repeat(50), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(excerpt('😀'.repeat(20), 5)).toBe('😀😀😀😀…');
  });
});

describe('excerpt of a long post', () => {
  it('reads only the beginning, and never turns a cut tag into text', () => {
    const long = `<p>${'kata '.repeat(50)}</p>${'<p><a href="https://guru.example/x">tautan</a> isi panjang</p>'.repeat(5000)}`;
    const text = excerpt(long, 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.startsWith('kata kata')).toBe(true);
    const noTags = 'huruf '.repeat(20_000);
    expect(excerpt(noTags, 50)).toMatch(/^huruf huruf .*…$/);
    expect(excerpt(`${'a'.repeat(6000)}<b>x</b>`, 20)).not.toContain('<');
  });

  it('reads further when markup before the text fills the first read', () => {
    // Blogger posts often start with kilobytes of empty wrappers, styles or an embedded script.
    const wrappers = `${'<div class="separator" style="clear: both;"></div>'.repeat(400)}<style>${'p{}'.repeat(3000)}</style>`;
    const text = 'Pembelajaran berdiferensiasi di kelas lima. '.repeat(20);
    const result = excerpt(`${wrappers}<p>${text}</p>`, 120);
    expect(result.startsWith('Pembelajaran berdiferensiasi di kelas lima. Pembelajaran')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(Array.from(result).length).toBeLessThanOrEqual(120);
    expect(excerpt(`${wrappers}<p>Pendek saja.</p>`)).toBe('Pendek saja.');
  });
});
