import { defineMiddleware } from 'astro:middleware';
import { pagefindSession } from './pagefind.ts';

/** Passes each prerendered HTML page to the running Pagefind index (see pagefind.ts). */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const session = pagefindSession();
  if (!session || !context.isPrerendered || !response.headers.get('content-type')?.includes('text/html')) return response;
  const content = await response.clone().text();
  if (content.includes('data-pagefind-body')) session.pending.push(session.index.addHTMLFile({ url: context.url.pathname, content }));
  return response;
});
