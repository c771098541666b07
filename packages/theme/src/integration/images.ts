import type { AstroConfig } from 'astro';

/**
 * `sizes` of an image in the post column (hero and Markdown images): the column is 44rem wide with
 * 1rem padding each side, so 100vw − 2rem on a phone and 42rem beyond.
 */
export const COLUMN_IMAGE_SIZES = '(max-width: 44rem) calc(100vw - 2rem), 42rem';

/**
 * The width a phone needs: the budget Android phones most readers have are 720 px wide (HD+), at
 * 360–411 CSS px; with the padding that is at most about 660 px. A desktop column at 1× needs
 * 704 px. A 480 or 640 px file is too small for either, so the browser would skip it.
 */
export const PHONE_IMAGE_WIDTH = 720;

/**
 * AVIF at sharp's default effort (4) takes about 2.3 s per 960 px hero image on a 2-core laptop;
 * effort 0 takes 0.07 s, for files still smaller than WebP at the same quality (measured: 15 KB
 * AVIF vs 16 KB WebP at 960 px). Teachers build on school laptops, so the theme lowers the
 * default, unless the site configured AVIF itself.
 */
export function imageConfig(config: AstroConfig): Partial<AstroConfig['image']> | undefined {
  const service = config.image.service;
  if (!service.entrypoint.includes('sharp')) return undefined;
  const own = (service.config ?? {}) as Record<string, unknown>;
  if (own.avif) return undefined;
  return { service: { ...service, config: { ...own, avif: { effort: 0 } } } };
}
