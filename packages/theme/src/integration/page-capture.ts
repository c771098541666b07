// On a static site the theme sees each page as Astro renders it, through Astro's prerenderer: it
// moves the CSP <meta> to the top of <head> and hands what search needs of the page to Pagefind,
// before the page is written. Doing both after the build meant reading every written page again (twice, and
// writing it once more): at 1,000 posts about 0.6 s of a 5 s build.
import type { AstroPrerenderer, PrerenderResult } from 'astro';
import { cspMetaFirst } from './csp-first.ts';
import { type SearchPage, searchableHtml } from './search-pages.ts';

export interface PageCapture {
  /** Move the CSP <meta> first in <head> (the site's CSP is on). */
  moveCspMeta: boolean;
  /** Takes each page's share for search as it is rendered, when search is on. */
  search?: (page: SearchPage) => void;
  /** The site's `base`, which page URLs carry and Pagefind's do not. */
  base: string;
}

/** The page's address as Pagefind makes it from the written file: without the site's base. */
export function pagefindUrl(requestUrl: string, base: string): string {
  const { pathname } = new URL(requestUrl);
  const trimmed = base.replace(/\/+$/, '');
  const path = trimmed && (pathname === trimmed || pathname.startsWith(`${trimmed}/`)) ? pathname.slice(trimmed.length) : pathname;
  return decodeURI(path || '/');
}

/** Astro's prerenderer, with each HTML page passed through the capture before it is written. */
export function capturingPrerenderer(astroDefault: AstroPrerenderer, capture: PageCapture, teardown: () => void): AstroPrerenderer {
  const transform = async (request: Request, response: Response): Promise<Response> => {
    if (!(response.headers.get('content-type') ?? '').includes('text/html') || !response.body) return response;
    let html = Buffer.from(await response.arrayBuffer());
    if (capture.moveCspMeta) html = cspMetaFirst(html);
    const searchable = capture.search && searchableHtml(html);
    if (searchable) capture.search?.({ url: pagefindUrl(request.url, capture.base), content: searchable });
    return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return {
    ...astroDefault,
    name: `${astroDefault.name}+guru-blog`,
    async render(request, options) {
      const rendered = await astroDefault.render(request, options);
      if (rendered instanceof Response) return transform(request, rendered);
      const result: PrerenderResult = { ...rendered, response: await transform(request, rendered.response) };
      return result;
    },
    async teardown() {
      await astroDefault.teardown?.();
      teardown();
    },
  };
}
