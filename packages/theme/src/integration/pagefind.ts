import type { AstroIntegrationLogger } from 'astro';

/**
 * Indexes the built site with Pagefind's Node API (no second CLI process). Only elements marked
 * `data-pagefind-body` are indexed, so lists, tag pages and the 404 page stay out of results.
 */
export async function indexWithPagefind(dir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${dir.replace(/\/$/, '')}/pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    logger.info(`Pagefind indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}
