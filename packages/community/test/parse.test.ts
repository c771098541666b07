import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedFeed } from '../src/model.ts';
import { parseFeedDate } from '../src/parse/dates.ts';
import { decodeFeed } from '../src/parse/decode.ts';
import { FeedParseError, parseFeed } from '../src/parse/parse-feed.ts';
import { absolutizeHtml } from '../src/parse/urls.ts';

const NOW = new Date('2024-06-01T00:00:00Z');

function fixture(name: string, feedUrl: string, contentType?: string): ParsedFeed {
  const { text } = decodeFeed(readFileSync(new URL(`./fixtures/feeds/${name}`, import.meta.url)), contentType);
  return parseFeed(text, feedUrl, NOW);
}

function parseError(run: () => unknown): FeedParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error('expected a FeedParseError');
}

const rss = (items: string, channel = '') => `<?xml version="1.0"?><rss version="2.0"><channel><title>Uji</title>${channel}${items}</channel></rss>`;
const atom = (entries: string) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>Uji</title><id>urn:uji</id>${entries}</feed>`;

describe('parseFeed: Blogger Atom', () => {
  const feed = fixture('blogger-atom.xml', 'https://catatanbusari.blogspot.com/feeds/posts/default');

  it('reads the feed and takes the rel="alternate" link, not the replies link listed first', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Catatan Bu Sari');
    expect(feed.siteUrl).toBe('https://catatanbusari.blogspot.com/');
    expect(feed.ttlMinutes).toBeUndefined();
    expect(feed.items.map((item) => item.url)).toEqual([
      'https://catatanbusari.blogspot.com/2024/05/belajar-pecahan-dengan-kue-lapis.html',
      'https://catatanbusari.blogspot.com/2024/05/blog-post.html',
    ]);
  });

  it('normalizes an entry: tag: id, dates with offset, categories, author, media:thumbnail', () => {
    expect(feed.items[0]).toEqual({
      id: 'tag:blogger.com,1999:blog-4815162342001122334.post-7001234567890123456',
      title: 'Belajar Pecahan dengan Kue Lapis',
      url: 'https://catatanbusari.blogspot.com/2024/05/belajar-pecahan-dengan-kue-lapis.html',
      published: new Date('2024-05-20T00:30:00.000Z'),
      updated: new Date('2024-05-20T01:15:30.123Z'),
      contentHtml:
        '<div class="separator"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhKueLapis/s1600/kue-lapis.jpg"><img border="0" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhKueLapis/s320/kue-lapis.jpg" width="320" /></a></div><p>Anak-anak kelas 4 membagi kue lapis menjadi 8 bagian sama besar. &quot;Bu, kalau saya makan 3 potong, berarti 3/8 ya?&quot;</p>',
      categories: ['Matematika', 'Kelas 4'],
      author: 'Sari Wulandari',
      image: 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEhKueLapis/s72-c/kue-lapis.jpg',
    });
  });

  it('keeps an empty title as "" and makes protocol-relative image URLs https', () => {
    const [, untitled] = feed.items;
    expect(untitled?.title).toBe('');
    expect(untitled?.contentHtml).toBe('<p>Foto kegiatan literasi pagi hari ini.</p><img src="https://1.bp.blogspot.com/-AbCdEf/literasi.jpg" />');
    expect(untitled?.categories).toEqual([]);
    expect(untitled?.image).toBeUndefined();
  });
});

describe('parseFeed: WordPress RSS 2.0', () => {
  const feed = fixture('wordpress-rss.xml', 'https://ruangkelasburina.id/feed/');
  const [post, pantun] = feed.items;

  it('reads channel title (entities decoded), site URL and ttl', () => {
    expect(feed).toMatchObject({ format: 'rss', title: 'Ruang Kelas Bu Rina – Bahasa Indonesia SMP', siteUrl: 'https://ruangkelasburina.id/', ttlMinutes: 60 });
  });

  it('uses the guid as id even when it is no permalink, and the link as URL', () => {
    expect(post?.id).toBe('https://ruangkelasburina.id/?p=1287');
    expect(post?.url).toBe('https://ruangkelasburina.id/2024/05/menulis-teks-deskripsi/');
    expect(post?.title).toBe('Menulis Teks Deskripsi: “Pasar Tradisional” & Observasi Lapangan');
    expect(post?.published).toEqual(new Date('2024-05-14T03:00:12Z'));
    expect(post?.author).toBe('Rina Kartika');
    expect(post?.categories).toEqual(['Bahasa Indonesia', 'Kelas 7']);
  });

  it('makes src, srcset and href in content:encoded absolute against the post URL', () => {
    expect(post?.contentHtml).toBe(
      '<p>Minggu ini siswa kelas 7 mengamati <strong>Pasar Beringharjo</strong>.</p>\n' +
        '<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="https://ruangkelasburina.id/wp-content/uploads/2024/05/pasar-1024x683.jpg" alt="Siswa di pasar" srcset="https://ruangkelasburina.id/wp-content/uploads/2024/05/pasar-1024x683.jpg 1024w, https://ruangkelasburina.id/wp-content/uploads/2024/05/pasar-300x200.jpg 300w, https://ruangkelasburina.id/wp-content/uploads/2024/05/pasar-768x512.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px" /></figure>\n' +
        '<p>Unduh <a href="https://ruangkelasburina.id/2024/05/menulis-teks-deskripsi/lkpd-teks-deskripsi.pdf">LKPD</a> atau lihat <a href="https://kemdikbud.go.id/">sumber</a> dan <a href="https://ruangkelasburina.id/2024/05/menulis-teks-deskripsi/#tujuan">tujuan</a>.</p>',
    );
    expect(post?.summaryHtml).toBe(
      'Siswa kelas 7 mengamati pasar tradisional lalu menulis teks deskripsi. <a href="https://ruangkelasburina.id/2024/05/menulis-teks-deskripsi/">Baca selengkapnya</a> &#8230;',
    );
  });

  it('takes an image enclosure and leaves contentHtml empty without content:encoded', () => {
    expect(pantun).toEqual({
      id: 'https://ruangkelasburina.id/?p=1279',
      title: 'Pantun Jenaka untuk Kelas 8',
      url: 'https://ruangkelasburina.id/2024/05/pantun-jenaka/',
      published: new Date('2024-05-06T07:30:00Z'),
      summaryHtml: 'Berbalas pantun di depan kelas.',
      categories: ['Sastra'],
      author: 'Rina Kartika',
      image: 'https://ruangkelasburina.id/wp-content/uploads/2024/05/pantun.jpg',
    });
    expect(pantun?.contentHtml).toBeUndefined();
  });
});

describe('parseFeed: JSON Feed 1.1', () => {
  const feed = fixture('json-feed-1.1.json', 'https://pojokmatematika.netlify.app/feed.json');
  const [cubes, video, unsafe] = feed.items;

  it('reads the feed and resolves relative url, image and content against the feed and post', () => {
    expect(feed).toMatchObject({ format: 'json', title: 'Pojok Matematika Pak Ahmad', siteUrl: 'https://pojokmatematika.netlify.app/' });
    expect(cubes).toEqual({
      id: 'https://pojokmatematika.netlify.app/posts/bangun-ruang/',
      title: 'Bangun Ruang dari Kardus Bekas',
      url: 'https://pojokmatematika.netlify.app/posts/bangun-ruang/',
      published: new Date('2024-04-22T02:00:00Z'),
      updated: new Date('2024-04-23T03:15:00Z'),
      contentHtml:
        '<p>Siswa membuat kubus dan balok dari kardus.</p><p><img src="https://pojokmatematika.netlify.app/posts/bangun-ruang/gambar/kubus.jpg" alt="Kubus"></p>',
      summaryHtml: '<p>Proyek bangun ruang kelas 5.</p>',
      categories: ['matematika', 'kelas 5', 'p5'],
      author: 'Ahmad Fauzi',
      image: 'https://pojokmatematika.netlify.app/images/kubus-cover.jpg',
    });
  });

  it('escapes content_text into paragraphs and falls back to external_url, banner_image and the feed author', () => {
    expect(video).toMatchObject({
      id: '42',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      contentHtml: '<p>Trik perkalian 11.<br>Contoh: 11 × 23 = 253 &amp; 11 × 45 = 495 &lt;mudah&gt;!</p>',
      image: 'https://pojokmatematika.netlify.app/images/perkalian.png',
      author: 'Ahmad Fauzi',
    });
  });

  it('drops a javascript: URL and collapses whitespace in titles', () => {
    expect(unsafe?.url).toBeUndefined();
    expect(unsafe?.id).toBe('javascript-link');
    expect(unsafe?.title).toBe('Latihan Soal Pecahan');
    expect(unsafe?.published).toEqual(new Date('2024-04-01T00:00:00Z'));
  });
});

describe('parseFeed: RDF (RSS 1.0)', () => {
  const feed = fixture('rdf-rss1.xml', 'http://sejarahkita.web.id/index.rdf');

  it('reads items with dc:date, dc:creator, dc:subject and content:encoded', () => {
    expect(feed).toMatchObject({ format: 'rdf', title: 'Sejarah Kita', siteUrl: 'http://sejarahkita.web.id/' });
    expect(feed.items).toEqual([
      {
        id: 'http://sejarahkita.web.id/arsip/sumpah-pemuda.html',
        title: 'Sumpah Pemuda 1928',
        url: 'http://sejarahkita.web.id/arsip/sumpah-pemuda.html',
        published: new Date('2023-10-28T01:00:00Z'),
        contentHtml: '<p>Kongres Pemuda II di <a href="http://sejarahkita.web.id/arsip/batavia.html">Batavia</a>.</p>',
        summaryHtml: 'Bahan ajar tentang Kongres Pemuda II.',
        categories: ['Sejarah'],
        author: 'Dewi Lestari',
      },
      {
        id: 'http://sejarahkita.web.id/arsip/proklamasi.html',
        title: 'Detik-detik Proklamasi',
        url: 'http://sejarahkita.web.id/arsip/proklamasi.html',
        published: new Date('2023-08-17T00:00:00Z'),
        summaryHtml: 'Rekonstruksi peristiwa 16–17 Agustus 1945.',
        categories: [],
      },
    ]);
  });
});

describe('parseFeed: Atom with xml:base', () => {
  const feed = fixture('atom-xml-base.xml', 'https://guruipa.sch.id/feed.atom');
  const [photosynthesis, ricefield] = feed.items;

  it('resolves the feed and entry links against the feed xml:base', () => {
    expect(feed.title).toBe('Jurnal Guru IPA & Lingkungan');
    expect(feed.siteUrl).toBe('https://guruipa.sch.id/jurnal/');
    expect(photosynthesis?.url).toBe('https://guruipa.sch.id/jurnal/2024/03/fotosintesis.html');
    expect(photosynthesis?.image).toBe('https://guruipa.sch.id/media/daun.jpg');
  });

  it("resolves xhtml content against the content's own xml:base and escapes a text summary", () => {
    expect(photosynthesis?.title).toBe('Fotosintesis sederhana di kelas 7');
    expect(photosynthesis?.contentHtml).toBe(
      '<p>Lihat <a href="https://guruipa.sch.id/jurnal/2024/03/lembar-kerja.pdf">lembar kerja</a> dan <img src="https://guruipa.sch.id/jurnal/gambar/daun.png" srcset="https://guruipa.sch.id/jurnal/gambar/daun.png 1x, https://guruipa.sch.id/jurnal/gambar/daun@2x.png 2x" alt="Daun"/>.</p>',
    );
    expect(photosynthesis?.summaryHtml).toBe('<p>Percobaan daun &amp; cahaya: 5 &lt; 7.</p>');
    expect(photosynthesis?.categories).toEqual(['IPA', 'smp']);
    expect(photosynthesis?.author).toBe('Pak Budi Santoso');
  });

  it("uses an entry's xml:base for its link and content, and <updated> when <published> is missing", () => {
    expect(ricefield).toMatchObject({
      url: 'https://arsip.guruipa.sch.id/ekosistem-sawah',
      contentHtml: '<p><a href="https://arsip.guruipa.sch.id/peta.html">Peta</a></p>',
      published: new Date('2024-02-20T08:00:00Z'),
      updated: new Date('2024-02-20T08:00:00Z'),
    });
  });
});

describe('parseFeed: encodings end to end', () => {
  it('reads an ISO-8859-1 feed through its declaration', () => {
    const feed = fixture('iso-8859-1-rss.xml', 'https://kafeliterasi.sch.id/rss.xml');
    expect(feed.title).toBe('Kafe Literasi « SMA Negeri 3 Malang »');
    expect(feed.items[0]).toMatchObject({
      id: 'https://kafeliterasi.sch.id/resensi-cafe.html',
      title: 'Resensi: Café di Ujung Jalan',
      summaryHtml: 'Suhu ruangan 30°C, ½ gelas kopi, dan novel yang naïve.',
    });
  });

  it('reads an undeclared windows-1252 feed', () => {
    const feed = fixture('windows-1252-rss.xml', 'https://ekonomibumaria.blogspot.com/feeds/posts/default?alt=rss');
    expect(feed.title).toBe('Ekonomi Kelas XI – Bu Maria');
    expect(feed.items[0]?.title).toBe('“Harga Buku €5” – Belajar Kurs');
  });

  it('reads a UTF-16 feed with BOM', () => {
    const feed = fixture('utf-16le-bom-atom.xml', 'https://basajawa.web.id/feed.xml');
    expect(feed.title).toBe('Guru Bahasa Jawa: Aksara ꦗꦮ');
    expect(feed.items).toEqual([
      {
        id: 'tag:basajawa.web.id,2024:aksara-jawa',
        title: 'Nulis Aksara Jawa: ꦲꦤꦕꦫꦏ',
        url: 'https://basajawa.web.id/aksara-jawa/',
        published: new Date('2024-02-21T01:00:00Z'),
        updated: new Date('2024-02-21T01:00:00Z'),
        summaryHtml: '<p>Hanacaraka kanggo kelas 5 — “gampang”.</p>',
        categories: [],
      },
    ]);
  });
});

describe('parseFeed: broken documents', () => {
  it('recovers the complete items of a truncated feed', () => {
    const feed = fixture('truncated-rss.xml', 'https://kelasinspirasi.blogspot.com/feeds/posts/default?alt=rss');
    expect(feed.title).toBe('Kelas Inspirasi Bu Lina');
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      ['Bermain Balok Warna', 'https://kelasinspirasi.blogspot.com/2024/02/bermain-balok-warna.html'],
      ['Mengenal Huruf Lewat Lagu', 'https://kelasinspirasi.blogspot.com/2024/02/mengenal-huruf.html'],
    ]);
  });

  it('reads bare & and HTML entities such as &nbsp; and &mdash;', () => {
    const feed = fixture('bare-ampersand-rss.xml', 'https://senibudaya.sch.id/feed');
    expect(feed.title).toBe('Guru Seni & Budaya');
    expect(feed.siteUrl).toBe('https://senibudaya.sch.id/?lang=id&page=1');
    expect(feed.items[0]).toMatchObject({
      id: 'https://senibudaya.sch.id/?p=12&lang=id',
      title: 'Tari Saman & Tari Piring — Perbandingan',
      summaryHtml: 'Gerak & makna & iringan\u00a0musik © 2024 &unknownentity; selesai.',
    });
  });

  it('reads a feed after a PHP warning printed before <?xml', () => {
    const text = `<br />\n<b>Warning</b>:  Cannot modify header information in <b>/var/www/wp-includes/feed-rss2.php</b><br />\n${rss('<item><title>Tetap terbaca</title><link>https://x.sch.id/a</link></item>')}`;
    expect(parseFeed(text, 'https://x.sch.id/feed/', NOW).items.map((item) => item.title)).toEqual(['Tetap terbaca']);
  });

  it('fails on a feed cut before its first complete item', () => {
    const error = parseError(() => parseFeed('<?xml version="1.0"?><rss version="2.0"><channel><title>Putus di teng', 'https://x.sch.id/feed', NOW));
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/^malformed RSS feed: /);
  });
});

describe('parseFeed: ids, duplicates and dates', () => {
  const duplicates = fixture('duplicate-ids-rss.xml', 'https://sdmuh-contoh.sch.id/feed.xml');

  it('keeps the first item of each id: guid, else link, else a hash of title and date', () => {
    expect(duplicates.items.map((item) => [item.id, item.title])).toEqual([
      ['sdmuh-post-77', 'Jadwal PPDB 2024/2025'],
      ['https://sdmuh-contoh.sch.id/libur-idulfitri', 'Libur Idulfitri'],
      [expect.stringMatching(/^sha256:[0-9a-f]{32}$/), 'Pengumuman tanpa tautan'],
    ]);
    expect(duplicates.items[2]?.summaryHtml).toBe('Rapat komite hari Sabtu.');
  });

  it('gives the same hash id to the same title and date on every parse', () => {
    const again = parseFeed(
      rss('<item><title>Pengumuman tanpa tautan</title><pubDate>Fri, 29 Mar 2024 01:00:00 GMT</pubDate><description>Lain</description></item>'),
      'https://lain.sch.id/feed',
      NOW,
    );
    expect(again.items[0]?.id).toBe(duplicates.items[2]?.id);
  });

  it('clamps future dates, reads broken forms and drops invalid ones', () => {
    const feed = fixture('future-dates-rss.xml', 'https://geografi.guru.or.id/blog/feed.xml');
    expect(feed.siteUrl).toBe('https://geografi.guru.or.id/blog/');
    expect(feed.items.map((item) => [item.url, item.published?.toISOString()])).toEqual([
      ['https://geografi.guru.or.id/blog/gerhana-2031.html', '2024-06-01T00:00:00.000Z'],
      ['https://geografi.guru.or.id/blog/hari-bumi.html', '2024-04-22T03:00:00.000Z'],
      ['https://geografi.guru.or.id/blog/peta.html', '2024-04-17T14:30:00.000Z'],
      ['https://geografi.guru.or.id/blog/hugo.html', undefined],
      ['https://geografi.guru.or.id/blog/ambigu.html', undefined],
      ['https://geografi.guru.or.id/blog/dc-date.html', '2024-03-28T01:15:00.000Z'],
      ['https://geografi.guru.or.id/blog/bukan-tanggal.html', undefined],
    ]);
  });
});

describe('parseFeed: links', () => {
  it('prefers a text/html alternate and never takes replies, self or edit', () => {
    const feed = parseFeed(
      atom(`<entry><id>1</id><title>A</title><updated>2024-01-01T00:00:00Z</updated>
        <link rel="replies" type="text/html" href="https://b.id/a#comments"/>
        <link rel="self" href="https://b.id/feeds/1"/><link rel="edit" href="https://b.id/feeds/1/edit"/>
        <link rel="alternate" type="application/pdf" href="https://b.id/a.pdf"/>
        <link rel="alternate" type="text/html" href="https://b.id/a.html"/></entry>
        <entry><id>2</id><title>B</title><updated>2024-01-01T00:00:00Z</updated><link rel="replies" href="https://b.id/b#c"/><link href="/b.html"/></entry>
        <entry><id>3</id><title>C</title><updated>2024-01-01T00:00:00Z</updated><link rel="replies" href="https://b.id/c#c"/></entry>`),
      'https://b.id/feeds/posts/default',
      NOW,
    );
    expect(feed.items.map((item) => item.url)).toEqual(['https://b.id/a.html', 'https://b.id/b.html', undefined]);
  });

  it('resolves a relative channel link and item link against the feed URL', () => {
    const feed = parseFeed(rss('<item><title>A</title><link>2024/a.html</link></item>', '<link>../</link>'), 'https://g.id/blog/rss/feed.xml', NOW);
    expect(feed.siteUrl).toBe('https://g.id/blog/');
    expect(feed.items[0]?.url).toBe('https://g.id/blog/rss/2024/a.html');
  });

  it('uses a guid as URL when it is a permalink, and only http(s) links at all', () => {
    const feed = parseFeed(
      rss(
        '<item><guid isPermaLink="true">/p/1</guid><title>A</title></item>' +
          '<item><guid>https://g.id/p/2</guid><title>B</title></item>' +
          '<item><guid>post-3</guid><title>C</title></item>' +
          '<item><guid isPermaLink="false">https://g.id/p/4</guid><title>D</title></item>' +
          '<item><title>E</title><link>mailto:guru@g.id</link></item>',
      ),
      'https://g.id/feed',
      NOW,
    );
    expect(feed.items.map((item) => item.url)).toEqual(['https://g.id/p/1', 'https://g.id/p/2', undefined, undefined, undefined]);
  });

  it('finds images in media:content (not a Gravatar avatar) and media:group', () => {
    const feed = parseFeed(
      rss(
        '<item><title>A</title><link>https://g.id/a</link><media:content url="https://0.gravatar.com/avatar/abc?s=96" medium="image"/><media:content url="/uploads/peta.png" medium="image"/></item>' +
          '<item><title>B</title><link>https://g.id/b</link><enclosure url="https://g.id/b.mp3" type="audio/mpeg" length="1"/><media:group><media:content url="https://g.id/b.webp"/></media:group></item>',
      ).replace('<rss version="2.0">', '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">'),
      'https://g.id/feed',
      NOW,
    );
    expect(feed.items.map((item) => item.image)).toEqual(['https://g.id/uploads/peta.png', 'https://g.id/b.webp']);
  });
});

describe('parseFeed: titles, categories and authors as plain text', () => {
  it('decodes double-escaped entities and strips tags, but keeps Atom type="text" literal', () => {
    const feed = parseFeed(
      atom(`<entry><id>1</id><updated>2024-01-01T00:00:00Z</updated><title type="html">Rumus &lt;b&gt;H&lt;sub&gt;2&lt;/sub&gt;O&lt;/b&gt; &amp;amp; air</title></entry>
        <entry><id>2</id><updated>2024-01-01T00:00:00Z</updated><title type="text">Tag &lt;br&gt; di HTML &amp;amp;</title></entry>`),
      'https://x.id/feed',
      NOW,
    );
    expect(feed.items.map((item) => item.title)).toEqual(['Rumus H2O & air', 'Tag <br> di HTML &amp;']);
  });

  it('cleans RSS categories and authors and removes duplicates', () => {
    const feed = parseFeed(
      rss(
        '<item><title>A &amp;amp; B</title><link>https://x.id/a</link><author>guru@x.id (Budi Santoso)</author><category><![CDATA[Seni &amp; Budaya]]></category><category> Seni &amp; Budaya </category><category></category></item>',
      ),
      'https://x.id/feed',
      NOW,
    );
    expect(feed.items[0]).toMatchObject({ title: 'A & B', categories: ['Seni & Budaya'], author: 'Budi Santoso' });
  });
});

describe('parseFeed: documents that are no feed', () => {
  it.each([
    ['', 'empty', 'empty document'],
    ['  \n\t ', 'empty', 'empty document'],
    [
      '<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"></html>',
      'html',
      'HTML page, not a feed',
    ],
    ['<!-- cache --><HTML><body>Maaf</body></HTML>', 'html', 'HTML page, not a feed'],
    ['<br />\n<b>Notice</b>: Undefined index<br />\n<!DOCTYPE html><html><body>Error</body></html>', 'html', 'HTML page, not a feed'],
    ['<?xml version="1.0"?><opml version="2.0"><head/><body/></opml>', 'not-feed', 'XML document with root <opml>, not a feed'],
    ['{"nama": "bukan feed"}', 'not-feed', 'JSON document, not a JSON Feed'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [', 'malformed', expect.stringMatching(/^malformed JSON: /)],
    ['404 Not Found', 'not-feed', 'not a feed: the text starts with "404 Not Found"'],
  ])('names %j', (text, kind, message) => {
    const error = parseError(() => parseFeed(text, 'https://x.id/feed', NOW));
    expect(error.kind).toBe(kind);
    expect(error.message).toEqual(message);
  });

  it('names the empty file and the HTML page fixtures', () => {
    expect(parseError(() => fixture('empty.xml', 'https://x.id/feed')).message).toBe('empty document');
    const html = parseError(() => fixture('html-page.html', 'https://guruhebat.id/'));
    expect([html.name, html.kind, html.message]).toEqual(['FeedParseError', 'html', 'HTML page, not a feed']);
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Tue, 14 May 2024 03:00:12 +0000', '2024-05-14T03:00:12.000Z'],
    ['Tue, 14 May 24 10:00:12 +07:00', '2024-05-14T03:00:12.000Z'],
    ['14 May 2024 10:00 GMT', '2024-05-14T10:00:00.000Z'],
    ['Tue, 14 May 2024 10:00:00 EST', '2024-05-14T15:00:00.000Z'],
    ['Selasa, 14 Mei 2024 10.00 WIB', '2024-05-14T03:00:00.000Z'],
    ['17 Agustus 2024 09:00 WITA', '2024-08-17T01:00:00.000Z'],
    ['Des 1, 2023 3:05 PM', '2023-12-01T15:05:00.000Z'],
    ['2024-05-14T10:00:00.123456+07:00', '2024-05-14T03:00:00.123Z'],
    ['2024-05-14T10:00:00+0700', '2024-05-14T03:00:00.000Z'],
    ['2024-05-14 10:00', '2024-05-14T10:00:00.000Z'],
    ['2024-05-14', '2024-05-14T00:00:00.000Z'],
    ['2024-05-14 10:00:00 WIB', '2024-05-14T03:00:00.000Z'],
    ['25/12/2023', '2023-12-25T00:00:00.000Z'],
    ['2023/12/25 08:00', '2023-12-25T08:00:00.000Z'],
    ['14.05.24', '2024-05-14T00:00:00.000Z'],
  ])('reads %j', (raw, iso) => {
    expect(parseFeedDate(raw)?.toISOString()).toBe(iso);
  });

  it.each(['', 'kemarin', '05/03/2024', '2024-02-30T10:00:00Z', 'Mon, 01 Jan 0001 00:00:00 +0000', '1970-01-01T00:00:00Z', '2024-13-01'])(
    'rejects %j',
    (raw) => {
      expect(parseFeedDate(raw)).toBeUndefined();
    },
  );
});

describe('absolutizeHtml', () => {
  const base = 'https://guru.id/2024/05/post/';

  it('rewrites href, src and srcset in any quoting, and nothing else', () => {
    expect(absolutizeHtml(`<a href=lkpd.pdf title="src=x.png">a</a><img src='../x.png' data-src="y.png"><source srcset="a.jpg 1x,b.jpg 2x">`, base)).toBe(
      '<a href="https://guru.id/2024/05/post/lkpd.pdf" title="src=x.png">a</a><img src="https://guru.id/2024/05/x.png" data-src="y.png"><source srcset="https://guru.id/2024/05/post/a.jpg 1x, https://guru.id/2024/05/post/b.jpg 2x">',
    );
  });

  it('leaves other schemes, text and entity-encoded queries alone', () => {
    expect(absolutizeHtml('<a href="mailto:g@guru.id">src="a"</a><a href="?a=1&amp;b=2">q</a><img src="data:image/png;base64,AA">', base)).toBe(
      '<a href="mailto:g@guru.id">src="a"</a><a href="https://guru.id/2024/05/post/?a=1&amp;b=2">q</a><img src="data:image/png;base64,AA">',
    );
  });

  it('keeps commas inside srcset URLs', () => {
    expect(absolutizeHtml('<img srcset="/c/w_300,h_200/x.jpg 300w, /c/w_600,h_400/x.jpg 600w">', base)).toBe(
      '<img srcset="https://guru.id/c/w_300,h_200/x.jpg 300w, https://guru.id/c/w_600,h_400/x.jpg 600w">',
    );
  });
});
