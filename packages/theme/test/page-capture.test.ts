import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { capturingPrerenderer, type PageCapture, pagefindUrl } from '../src/integration/page-capture.ts';
import type { SearchPage } from '../src/integration/search-pages.ts';

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
const page = (body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Pecahan</title>${CSP}</head><body>${body}</body></html>`;

/** Astro's default prerenderer as far as the capture sees it: it answers each path with a response. */
function astroLike(responses: Record<string, Response | { response: Response; metadata: unknown }>, torn: string[]): AstroPrerenderer {
  return {
    name: 'astro:default',
    getStaticPaths: async () => [],
    render: async (request) => responses[new URL(request.url).pathname] as Response,
    teardown: async () => {
      torn.push('astro');
    },
  };
}

const routeData = {} as Parameters<AstroPrerenderer['render']>[1]['routeData'];

describe('pagefindUrl', () => {
  it('drops the site base, as Pagefind does for a written file, and decodes the path', () => {
    expect(pagefindUrl('http://localhost/blog/posts/a/', '/blog')).toBe('/posts/a/');
    expect(pagefindUrl('http://localhost/blog/posts/a/', '/blog/')).toBe('/posts/a/');
    expect(pagefindUrl('http://localhost/blog', '/blog')).toBe('/');
    expect(pagefindUrl('http://localhost/blogger/x/', '/blog')).toBe('/blogger/x/');
    expect(pagefindUrl('http://localhost/posts/kaf%C3%A9/', '/')).toBe('/posts/kafé/');
  });
});

describe('capturingPrerenderer', () => {
  it('moves the CSP first and keeps the searchable part of a marked HTML page, with its URL', async () => {
    const torn: string[] = [];
    const searched: SearchPage[] = [];
    const capture: PageCapture = { moveCspMeta: true, search: (page) => searched.push(page), base: '/blog' };
    const html = page('<header>Menu</header><article data-pagefind-body><h1>Pecahan</h1></article>');
    const prerenderer = capturingPrerenderer(
      astroLike({ '/blog/posts/pecahan/': new Response(html, { headers: { 'content-type': 'text/html' } }) }, torn),
      capture,
      () => torn.push('theme'),
    );
    const response = (await prerenderer.render(new Request('http://localhost/blog/posts/pecahan/'), { routeData })) as Response;
    const written = await response.text();
    expect(written.indexOf(CSP)).toBe(written.indexOf('<meta charset="utf-8">') + '<meta charset="utf-8">'.length);
    expect(searched).toEqual([{ url: '/posts/pecahan/', content: expect.stringContaining('<article data-pagefind-body><h1>Pecahan</h1></article>') }]);
    expect(searched[0]?.content).not.toContain('Menu');
    await prerenderer.teardown?.();
    expect(torn).toEqual(['astro', 'theme']);
  });

  it('passes other responses through unchanged, and keeps the metadata of an incremental build', async () => {
    const searched: SearchPage[] = [];
    const capture: PageCapture = { moveCspMeta: true, search: (page) => searched.push(page), base: '/' };
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);
    const prerenderer = capturingPrerenderer(
      astroLike(
        {
          '/og.png': new Response(bytes, { headers: { 'content-type': 'image/png' } }),
          '/tags/': { response: new Response(page('<ul><li>daftar</li></ul>'), { headers: { 'content-type': 'text/html' } }), metadata: { m: 1 } },
        },
        [],
      ),
      capture,
      () => {},
    );
    const png = (await prerenderer.render(new Request('http://localhost/og.png'), { routeData })) as Response;
    expect(new Uint8Array(await png.arrayBuffer())).toEqual(bytes);
    const tags = (await prerenderer.render(new Request('http://localhost/tags/'), { routeData })) as { response: Response; metadata: unknown };
    expect(tags.metadata).toEqual({ m: 1 });
    expect(await tags.response.text()).toContain(`<meta charset="utf-8">${CSP}`);
    // A page that marks nothing for search is not given to Pagefind.
    expect(searched).toEqual([]);
  });
});
