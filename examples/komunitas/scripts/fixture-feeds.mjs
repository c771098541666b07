// Feeds of the example's fictional members, rendered from fixtures/blogs.json in the format each
// member's platform uses (Blogger Atom, WordPress RSS, JSON Feed), plus one broken and one gone.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

export const FIXTURE_PORT = 47411;
const data = JSON.parse(readFileSync(new URL('../fixtures/blogs.json', import.meta.url), 'utf8'));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
// One post carries what a compromised blog might send; the site must show none of it.
const HOSTILE = '<script>alert("xss-komunitas")</script><img src="https://x.example/a.png" onerror="alert(\'xss-komunitas\')">';

function postUrl(member, date, title) {
  const [y, m, d] = date.split('-');
  if (member.format === 'atom') return `${member.blog}/${y}/${m}/${slug(title)}.html`;
  if (member.format === 'rss') return `${member.blog}/${y}/${m}/${d}/${slug(title)}/`;
  return `${member.blog}/${slug(title)}/`;
}

const body = (member, i, text) => `<p>${esc(text)}</p>${member.id === 'budi-santoso' && i === 1 ? HOSTILE : ''}`;

function atom(member) {
  const entries = member.posts.map(([date, title, text], i) => {
    const url = postUrl(member, date, title);
    return `<entry><id>tag:blogger.com,1999:blog-${member.id}.post-${i}</id><published>${date}T08:00:00.000+07:00</published><updated>${date}T08:00:00.000+07:00</updated><title type="text">${esc(title)}</title><content type="html">${esc(body(member, i, text))}</content><link rel="replies" type="text/html" href="${url}#comment-form" title="0 Komentar"/><link rel="alternate" type="text/html" href="${url}" title="${esc(title)}"/><author><name>${esc(member.title)}</name></author></entry>`;
  });
  return `<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'><id>tag:blogger.com,1999:blog-${member.id}</id><updated>2026-11-20T08:00:00.000+07:00</updated><title type='text'>${esc(member.title)}</title><link rel='alternate' type='text/html' href='${member.blog}/'/>${entries.join('')}</feed>`;
}

function rss(member) {
  const items = member.posts.map(([date, title, text], i) => {
    const url = postUrl(member, date, title);
    return `<item><title>${esc(title)}</title><link>${url}</link><guid isPermaLink="false">${member.blog}/?p=${100 + i}</guid><pubDate>${new Date(`${date}T08:00:00+07:00`).toUTCString()}</pubDate><description><![CDATA[${text.slice(0, 120)} […]]]></description><content:encoded><![CDATA[${body(member, i, text)}]]></content:encoded></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(member.title)}</title><link>${member.blog}</link><description>${esc(member.title)}</description><generator>https://wordpress.org/?v=6.8</generator>${items.join('')}</channel></rss>`;
}

function json(member) {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: member.title,
    home_page_url: `${member.blog}/`,
    items: member.posts.map(([date, title, text], i) => ({
      id: `${member.id}-${i}`,
      url: postUrl(member, date, title),
      title,
      content_html: body(member, i, text),
      date_published: `${date}T08:00:00+07:00`,
    })),
  });
}

/** [status, content type, body] for a member's feed. */
export function feedResponse(id) {
  const member = data.members.find((m) => m.id === id);
  if (!member || member.format === 'gone') return [member ? 410 : 404, 'text/plain', 'gone'];
  if (member.format === 'broken') return [200, 'text/html', '<!DOCTYPE html><html><head><title>Error 500</title></head><body>Database error</body></html>'];
  if (member.format === 'atom') return [200, 'application/atom+xml; charset=UTF-8', atom(member)];
  if (member.format === 'rss') return [200, 'application/rss+xml; charset=UTF-8', rss(member)];
  return [200, 'application/feed+json', json(member)];
}

/** Serves every member's feed at http://127.0.0.1:FIXTURE_PORT/<id>/feed. */
export function serveFixtures(port = FIXTURE_PORT) {
  const server = createServer((req, res) => {
    const id = /^\/([a-z0-9-]+)\/feed$/.exec(req.url ?? '')?.[1] ?? '';
    const [status, type, text] = feedResponse(id);
    res.writeHead(status, { 'content-type': type });
    res.end(text);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${port} on 127.0.0.1 is in use; the example's members.yaml points its feeds there`) : error),
    );
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
