import { describe, expect, it } from 'vitest';
import { EMBED_FRAME_HOSTS, parseEmbedUrl } from '../src/embeds/parse.ts';
import { embedHast, embedHtml, FACADE_CSS, toHtml } from '../src/embeds/render.ts';

const YT = 'M7lc1UVf-VE';
const GID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdef';
const PUB = '2PACX-1vQx9yZaBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';
const FORM = '1FAIpQLSfD8x2Yk3ZqLmNoPqRsTuVwXyZ0123456789abcd';
const QUIZ = '5f8a1b2c3d4e5f6a7b8c9d0e';
const WW = '0123456789abcdef0123456789abcdef';

const embedUrl = (url: string) => parseEmbedUrl(url)?.embedUrl;

describe('parseEmbedUrl: YouTube', () => {
  it.each([
    `https://www.youtube.com/watch?v=${YT}`,
    `https://youtube.com/watch?v=${YT}&feature=share`,
    `https://m.youtube.com/watch?v=${YT}`,
    `https://youtu.be/${YT}`,
    `https://youtu.be/${YT}?si=AbCdEf123`,
    `https://www.youtube.com/embed/${YT}`,
    `https://www.youtube.com/live/${YT}?feature=shared`,
    `https://www.youtube-nocookie.com/embed/${YT}`,
  ])('%s → nocookie embed', (url) => {
    const embed = parseEmbedUrl(url);
    expect(embed).toMatchObject({
      provider: 'youtube',
      title: 'YouTube',
      embedUrl: `https://www.youtube-nocookie.com/embed/${YT}`,
      href: url,
      thumbnail: `https://i.ytimg.com/vi/${YT}/hqdefault.jpg`,
      aspect: '16:9',
      frame: true,
    });
  });

  it('keeps the start time (t=90, t=1m30s, start=) and playlists', () => {
    expect(embedUrl(`https://youtu.be/${YT}?t=90`)).toBe(`https://www.youtube-nocookie.com/embed/${YT}?start=90`);
    expect(embedUrl(`https://www.youtube.com/watch?v=${YT}&t=1m30s`)).toBe(`https://www.youtube-nocookie.com/embed/${YT}?start=90`);
    expect(embedUrl(`https://www.youtube.com/watch?v=${YT}&t=1h2m3s`)).toBe(`https://www.youtube-nocookie.com/embed/${YT}?start=3723`);
    expect(embedUrl(`https://www.youtube.com/embed/${YT}?start=15`)).toBe(`https://www.youtube-nocookie.com/embed/${YT}?start=15`);
    expect(embedUrl(`https://youtu.be/${YT}?t=abc`)).toBe(`https://www.youtube-nocookie.com/embed/${YT}`);
    expect(embedUrl(`https://www.youtube.com/watch?v=${YT}&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG`)).toBe(
      `https://www.youtube-nocookie.com/embed/${YT}?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG`,
    );
    const playlist = parseEmbedUrl('https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG');
    expect(playlist).toMatchObject({
      embedUrl: 'https://www.youtube-nocookie.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
      kind: 'playlist',
    });
    expect(playlist?.thumbnail).toBeUndefined();
  });

  it('shows Shorts upright', () => {
    expect(parseEmbedUrl(`https://www.youtube.com/shorts/${YT}`)).toMatchObject({
      embedUrl: `https://www.youtube-nocookie.com/embed/${YT}`,
      aspect: '9:16',
      kind: 'short',
    });
  });

  it.each([
    ['short id', 'https://youtu.be/abc'],
    ['long id', `https://youtu.be/${YT}x`],
    ['id with a quote', `https://www.youtube.com/watch?v=${YT.slice(0, 10)}"`],
    ['id injecting a path', 'https://www.youtube.com/watch?v=../../evil'],
    ['id with query injection', `https://www.youtube.com/watch?v=${YT.slice(0, 10)}%26autoplay%3D1`],
    ['no id', 'https://www.youtube.com/watch'],
    ['channel page', 'https://www.youtube.com/@GuruMatematika'],
    ['extra path', `https://youtu.be/${YT}/extra`],
    ['bad playlist only', 'https://www.youtube.com/playlist?list=<script>'],
  ])('rejects %s', (_, url) => {
    expect(parseEmbedUrl(url)).toBeUndefined();
  });
});

describe('parseEmbedUrl: Google', () => {
  it('Slides: edit, present, view, published, /u/1/ and Workspace /a/<domain>/', () => {
    const embed = `https://docs.google.com/presentation/d/${GID}/embed?start=false&loop=false&delayms=3000`;
    expect(parseEmbedUrl(`https://docs.google.com/presentation/d/${GID}/edit?usp=sharing`)).toMatchObject({
      provider: 'google-slides',
      embedUrl: embed,
      aspect: '16:9',
    });
    expect(embedUrl(`https://docs.google.com/presentation/d/${GID}/edit#slide=id.p`)).toBe(embed);
    expect(embedUrl(`https://docs.google.com/presentation/d/${GID}/present`)).toBe(embed);
    expect(embedUrl(`https://docs.google.com/presentation/d/${GID}`)).toBe(embed);
    expect(embedUrl(`https://docs.google.com/presentation/u/1/d/${GID}/edit`)).toBeUndefined();
    expect(embedUrl(`https://docs.google.com/u/1/presentation/d/${GID}/edit`)).toBe(embed);
    expect(embedUrl(`https://docs.google.com/a/smpn3.sch.id/presentation/d/${GID}/edit`)).toBe(embed);
    expect(embedUrl(`https://docs.google.com/presentation/d/e/${PUB}/pub?start=false&loop=false`)).toBe(
      `https://docs.google.com/presentation/d/e/${PUB}/embed?start=false&loop=false&delayms=3000`,
    );
  });

  it('Docs and Sheets: preview, or the published page', () => {
    expect(parseEmbedUrl(`https://docs.google.com/document/d/${GID}/edit?usp=sharing`)).toMatchObject({
      provider: 'google-docs',
      embedUrl: `https://docs.google.com/document/d/${GID}/preview`,
      aspect: '3:4',
    });
    expect(embedUrl(`https://docs.google.com/document/d/e/${PUB}/pub`)).toBe(`https://docs.google.com/document/d/e/${PUB}/pub?embedded=true`);
    expect(parseEmbedUrl(`https://docs.google.com/spreadsheets/d/${GID}/edit#gid=0`)).toMatchObject({
      provider: 'google-sheets',
      embedUrl: `https://docs.google.com/spreadsheets/d/${GID}/preview`,
    });
  });

  it('Forms: the viewform link (published or by id), not the editor', () => {
    const embed = `https://docs.google.com/forms/d/e/${FORM}/viewform?embedded=true`;
    expect(parseEmbedUrl(`https://docs.google.com/forms/d/e/${FORM}/viewform?usp=sf_link`)).toMatchObject({ provider: 'google-forms', embedUrl: embed });
    expect(embedUrl(`https://docs.google.com/forms/d/e/${FORM}/viewform?embedded=true`)).toBe(embed);
    expect(embedUrl(`https://docs.google.com/forms/d/${GID}/viewform`)).toBe(`https://docs.google.com/forms/d/${GID}/viewform?embedded=true`);
    expect(parseEmbedUrl(`https://docs.google.com/forms/d/${GID}/edit`)).toBeUndefined();
    expect(parseEmbedUrl(`https://docs.google.com/forms/d/e/${FORM}/formResponse`)).toBeUndefined();
    expect(parseEmbedUrl('https://forms.gle/AbCdEf123456')).toBeUndefined();
  });

  it('Drive: files (view, open?id=, uc?id=) and folders', () => {
    const file = 'https://drive.google.com/file/d/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw/preview';
    expect(parseEmbedUrl('https://drive.google.com/file/d/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw/view?usp=sharing')).toMatchObject({
      provider: 'google-drive',
      embedUrl: file,
      kind: 'file',
    });
    expect(embedUrl('https://drive.google.com/open?id=1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw')).toBe(file);
    expect(embedUrl('https://drive.google.com/uc?id=1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw&export=download')).toBe(file);
    expect(parseEmbedUrl('https://drive.google.com/drive/folders/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw?usp=sharing')).toMatchObject({
      embedUrl: 'https://drive.google.com/embeddedfolderview?id=1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw#grid',
      kind: 'folder',
    });
    expect(embedUrl('https://drive.google.com/drive/u/0/folders/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw')).toContain('embeddedfolderview');
  });

  it.each([
    ['a short id', 'https://docs.google.com/presentation/d/abc/edit'],
    ['an id with a dot', `https://docs.google.com/document/d/${GID}.x/edit`],
    ['an unknown app', `https://docs.google.com/drawings/d/${GID}/edit`],
    ['a bad published id', 'https://docs.google.com/presentation/d/e/notpacx/pub'],
    ['a Drive file with a bad action', 'https://drive.google.com/file/d/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw/delete'],
    ['a Drive open link without id', 'https://drive.google.com/open'],
    ['Drive on a lookalike host', 'https://drive.google.com.evil.example/file/d/1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVw/view'],
  ])('rejects %s', (_, url) => {
    expect(parseEmbedUrl(url)).toBeUndefined();
  });
});

describe('parseEmbedUrl: Canva, Wordwall, Quizizz/Wayground, Padlet', () => {
  it('Canva view links, keeping the share token; not /edit', () => {
    expect(parseEmbedUrl('https://www.canva.com/design/DAFabc12345/AbCdEfGhIjKl/view?utm_content=x&utm_campaign=designshare')).toMatchObject({
      provider: 'canva',
      embedUrl: 'https://www.canva.com/design/DAFabc12345/AbCdEfGhIjKl/view?embed',
    });
    expect(embedUrl('https://canva.com/design/DAFabc12345/view')).toBe('https://www.canva.com/design/DAFabc12345/view?embed');
    expect(parseEmbedUrl('https://www.canva.com/design/DAFabc12345/edit')).toBeUndefined();
    expect(parseEmbedUrl('https://www.canva.com/design/XYZabc12345/view')).toBeUndefined();
    expect(parseEmbedUrl('https://www.canva.com/design/DAFabc12345/a"b/view')).toBeUndefined();
    expect(parseEmbedUrl('https://canva.link/abc123')).toBeUndefined();
  });

  it('Wordwall embed links (with language, old play links), keeping numeric options only', () => {
    expect(parseEmbedUrl(`https://wordwall.net/embed/${WW}?themeId=41&templateId=3&fontStackId=0`)).toMatchObject({
      provider: 'wordwall',
      embedUrl: `https://wordwall.net/embed/${WW}?themeId=41&templateId=3&fontStackId=0`,
    });
    expect(embedUrl(`https://wordwall.net/id/embed/${WW}?themeId=x&templateId=3&evil=1`)).toBe(`https://wordwall.net/id/embed/${WW}?templateId=3`);
    expect(embedUrl('https://wordwall.net/embed/play/12345/678/910')).toBe('https://wordwall.net/embed/play/12345/678/910');
    expect(
      embedUrl(
        `<iframe style="max-width:100%" src="https://wordwall.net/embed/${WW}?themeId=1&amp;templateId=5&amp;fontStackId=0" width="500" height="380" frameborder="0" allowfullscreen></iframe>`,
      ),
    ).toBe(`https://wordwall.net/embed/${WW}?themeId=1&templateId=5&fontStackId=0`);
    // The public page has a numeric id with no known mapping to the embed id.
    expect(parseEmbedUrl('https://wordwall.net/resource/12345/pecahan')).toBeUndefined();
    expect(parseEmbedUrl('https://wordwall.net/embed/XYZ')).toBeUndefined();
  });

  it('Quizizz and Wayground quizzes → wayground.com/embed', () => {
    const embed = `https://wayground.com/embed/quiz/${QUIZ}`;
    for (const url of [
      `https://quizizz.com/admin/quiz/${QUIZ}/pecahan-kelas-7`,
      `https://quizizz.com/embed/quiz/${QUIZ}`,
      `https://wayground.com/admin/quiz/${QUIZ}`,
      `https://www.wayground.com/admin/quiz/${QUIZ}/pecahan`,
    ]) {
      expect(parseEmbedUrl(url), url).toMatchObject({ provider: 'quizizz', embedUrl: embed });
    }
    expect(parseEmbedUrl('https://quizizz.com/join?gc=123456')).toBeUndefined();
    expect(parseEmbedUrl(`https://quizizz.com/admin/quiz/${QUIZ.slice(0, 20)}zzzz`)).toBeUndefined();
  });

  it('Padlet boards → padlet.com/embed/<id>', () => {
    expect(parseEmbedUrl('https://padlet.com/bu_ratna/pecahan-kelas-7-a1b2c3d4e5f6g7h8')).toMatchObject({
      provider: 'padlet',
      embedUrl: 'https://padlet.com/embed/a1b2c3d4e5f6g7h8',
    });
    expect(embedUrl('https://padlet.com/embed/a1b2c3d4e5f6g7h8')).toBe('https://padlet.com/embed/a1b2c3d4e5f6g7h8');
    expect(parseEmbedUrl('https://padlet.com/bu_ratna')).toBeUndefined();
    expect(parseEmbedUrl('https://padlet.com/bu_ratna/pecahan-X')).toBeUndefined();
  });
});

describe('parseEmbedUrl: GeoGebra and PhET', () => {
  it.each([
    'https://www.geogebra.org/m/mvxcwvnk',
    'https://geogebra.org/m/mvxcwvnk',
    'https://www.geogebra.org/calculator/mvxcwvnk',
    'https://www.geogebra.org/geometry/mvxcwvnk',
    'https://www.geogebra.org/material/show/id/mvxcwvnk',
    'https://www.geogebra.org/material/iframe/id/mvxcwvnk/width/700/height/500/border/888888',
  ])('GeoGebra %s → material/iframe', (url) => {
    expect(parseEmbedUrl(url)).toMatchObject({
      provider: 'geogebra',
      embedUrl: 'https://www.geogebra.org/material/iframe/id/mvxcwvnk',
      href: url,
      frame: true,
    });
  });

  it('GeoGebra: not the app start pages, classroom links or odd ids', () => {
    for (const url of [
      'https://www.geogebra.org/calculator',
      'https://www.geogebra.org/classroom/abcdef12',
      'https://www.geogebra.org/m/abc',
      'https://www.geogebra.org/m/mvxc%22wvnk',
      'https://geogebra.org.evil.example/m/mvxcwvnk',
    ])
      expect(parseEmbedUrl(url), url).toBeUndefined();
  });

  it('PhET: HTML5 simulation files and simulation pages, in the language asked for', () => {
    const file = 'https://phet.colorado.edu/sims/html/fractions-intro/latest/fractions-intro_all.html';
    expect(embedUrl(file)).toBe(file);
    expect(embedUrl(`${file}?locale=in`)).toBe(`${file}?locale=in`);
    expect(embedUrl('https://phet.colorado.edu/sims/html/fractions-intro/1.2.3/fractions-intro_in.html')).toBe(
      'https://phet.colorado.edu/sims/html/fractions-intro/latest/fractions-intro_in.html',
    );
    expect(embedUrl('https://phet.colorado.edu/in/simulations/energy-skate-park-basics')).toBe(
      'https://phet.colorado.edu/sims/html/energy-skate-park-basics/latest/energy-skate-park-basics_all.html?locale=in',
    );
    expect(embedUrl('https://phet.colorado.edu/en/simulations/area-builder')).toBe(
      'https://phet.colorado.edu/sims/html/area-builder/latest/area-builder_all.html',
    );
    expect(parseEmbedUrl('https://phet.colorado.edu/sims/html/fractions-intro/latest/other-sim_all.html')).toBeUndefined();
    expect(parseEmbedUrl('https://phet.colorado.edu/sims/cheerpj/faradays-law/latest/faradays-law.html')).toBeUndefined();
    expect(parseEmbedUrl('https://phet.colorado.edu/in/simulations/Fractions_Intro')).toBeUndefined();
    expect(embedUrl('https://phet.colorado.edu/sims/html/fractions-intro/latest/fractions-intro_all.html?locale=%22%3E')).toBe(file);
  });
});

describe('parseEmbedUrl: PDF', () => {
  it('frames a PDF on the site itself', () => {
    expect(parseEmbedUrl('/files/lkpd-pecahan.pdf')).toMatchObject({ provider: 'pdf', embedUrl: '/files/lkpd-pecahan.pdf', frame: true, aspect: '3:4' });
    expect(embedUrl('/files/LKPD%20Pecahan.PDF#page=2')).toBe('/files/LKPD%20Pecahan.PDF#page=2');
  });

  it('links (does not frame) a PDF on another site, which the CSP would refuse to frame', () => {
    expect(parseEmbedUrl('https://contoh.example/modul/pythagoras.pdf')).toMatchObject({ provider: 'pdf', frame: false });
  });

  it.each([
    ['protocol-relative', '//evil.example/x.pdf'],
    ['http', 'http://contoh.example/x.pdf'],
    ['not a pdf', '/files/lkpd.docx'],
    ['a relative path', 'files/lkpd.pdf'],
    ['a quote in the path', '/files/a".pdf'],
    ['a query', '/files/a.pdf?x=1'],
    ['javascript', 'javascript:alert(1)//.pdf'],
  ])('rejects %s', (_, url) => {
    expect(parseEmbedUrl(url)).toBeUndefined();
  });
});

describe('parseEmbedUrl: anything else', () => {
  it.each([
    ['a lookalike host', `https://youtube.com.evil.example/watch?v=${YT}`],
    ['a lookalike suffix', `https://evilyoutube.com/watch?v=${YT}`],
    ['a subdomain we do not know', `https://music.youtube.com/watch?v=${YT}`],
    ['a trailing-dot host', `https://www.youtube.com./watch?v=${YT}`],
    ['http', `http://www.youtube.com/watch?v=${YT}`],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['credentials in the URL', `https://user:pass@www.youtube.com/watch?v=${YT}`],
    ['a custom port', `https://www.youtube.com:8443/watch?v=${YT}`],
    ['a space', `https://www.youtube.com/watch?v=${YT} onload=x`],
    ['an unrelated site', 'https://contoh.example/belajar'],
    ['the empty string', ''],
    ['not a URL', 'pecahan senilai'],
    ['an iframe without src', '<iframe width="1"></iframe>'],
    ['an iframe of another site', '<iframe src="https://evil.example/x"></iframe>'],
  ])('rejects %s', (_, url) => {
    expect(parseEmbedUrl(url)).toBeUndefined();
  });

  it('never produces an embed address outside the CSP frame-src list', () => {
    const samples = [
      `https://youtu.be/${YT}`,
      `https://docs.google.com/presentation/d/${GID}/edit`,
      `https://drive.google.com/file/d/${GID}/view`,
      'https://www.canva.com/design/DAFabc12345/view',
      `https://wordwall.net/embed/${WW}`,
      `https://quizizz.com/admin/quiz/${QUIZ}`,
      'https://padlet.com/u/x-a1b2c3d4e5f6g7h8',
    ];
    for (const url of samples) {
      const embed = parseEmbedUrl(url);
      expect(embed, url).toBeDefined();
      expect(EMBED_FRAME_HOSTS as readonly string[]).toContain(new URL(embed?.embedUrl ?? '').hostname);
    }
  });
});

describe('the facade HTML', () => {
  it('is a lazy, titled srcdoc iframe (no src) holding one link, with an always-visible link', () => {
    const embed = parseEmbedUrl(`https://youtu.be/${YT}?t=5`);
    if (!embed) throw new Error('unparsed');
    const html = embedHtml(embed, { title: 'Pecahan <senilai> & "sama"', lang: 'id' });
    expect(html).toMatch(
      /^<figure class="embed embed--youtube"><div class="embed-frame embed-frame--16x9"><iframe title="Pecahan &lt;senilai&gt; &amp; &quot;sama&quot;" srcdoc="/,
    );
    const attributeNames = (/<iframe(?:\s+[\w-]+(?:="[^"]*")?)*>/.exec(html)?.[0] ?? '').replace(/="[^"]*"/g, '');
    expect(attributeNames).toBe('<iframe title srcdoc width height loading referrerpolicy allow allowfullscreen>');
    expect(html).not.toContain('<details');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('allowfullscreen');
    // The srcdoc is escaped once for its own parser and once more as an attribute value.
    const srcdoc = /srcdoc="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(srcdoc).not.toMatch(/[<"]/);
    const doc = srcdoc
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(doc).toBe(
      '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pecahan &lt;senilai&gt; &amp; &quot;sama&quot;</title>' +
        `<style>${FACADE_CSS}</style></head><body>` +
        `<a href="https://www.youtube-nocookie.com/embed/${YT}?start=5&amp;autoplay=1" referrerpolicy="strict-origin-when-cross-origin">` +
        `<img src="https://i.ytimg.com/vi/${YT}/hqdefault.jpg" alt="" width="480" height="360" decoding="async" referrerpolicy="no-referrer">` +
        '<span class="t"><span class="ti">Pecahan &lt;senilai&gt; &amp; &quot;sama&quot;</span><span class="p">YouTube</span><span class="a">Tampilkan di halaman ini</span></span></a></body></html>',
    );
    expect(html).toContain(`<figcaption class="embed-link"><a class="embed-open" href="https://youtu.be/${YT}?t=5" target="_blank" rel="noopener">`);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('style=');
    expect(FACADE_CSS).not.toMatch(/[<&]/);
  });

  it('gives other services the same facade without a thumbnail', () => {
    const embed = parseEmbedUrl('https://www.canva.com/design/DAFabc12345/AbCdEfGhIjKl/view');
    if (!embed) throw new Error('unparsed');
    const html = embedHtml(embed, { lang: 'id' });
    expect(html).toContain('<iframe title="Desain Canva" srcdoc="');
    expect(html).toContain('&lt;a href=&quot;https://www.canva.com/design/DAFabc12345/AbCdEfGhIjKl/view?embed&quot;');
    expect(html).not.toContain('autoplay');
    expect(html).not.toContain('&lt;img');
    expect(html).toContain(
      '&lt;span class=&quot;ti&quot;&gt;Desain Canva&lt;/span&gt;&lt;span class=&quot;p&quot;&gt;Canva&lt;/span&gt;&lt;span class=&quot;a&quot;&gt;Tampilkan di halaman ini&lt;/span&gt;',
    );
  });

  it('uses English strings and default titles, and can leave the thumbnail out', () => {
    const embed = parseEmbedUrl(`https://youtu.be/${YT}`);
    if (!embed) throw new Error('unparsed');
    const html = embedHtml(embed, { lang: 'en', thumbnail: false });
    expect(html).toContain('title="YouTube video"');
    expect(html).toContain('Open in YouTube');
    expect(html).not.toContain('i.ytimg.com');
  });

  it('renders a PDF elsewhere as a link card without iframe', () => {
    const embed = parseEmbedUrl('https://contoh.example/modul.pdf');
    if (!embed) throw new Error('unparsed');
    const html = embedHtml(embed);
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('<details');
    expect(html).toContain('href="https://contoh.example/modul.pdf"');
  });

  it('serialises hast the same way a hast consumer would read it', () => {
    const embed = parseEmbedUrl(`https://youtu.be/${YT}`);
    if (!embed) throw new Error('unparsed');
    const tree = embedHast(embed);
    expect(tree.tagName).toBe('figure');
    expect(toHtml(tree)).toBe(embedHtml(embed));
  });
});
