import type { AstroConfig } from 'astro';

/** `sizes` of an image in the post column, which is 46rem wide (hero and Markdown images). */
export const COLUMN_IMAGE_SIZES = '(max-width: 46rem) 100vw, 46rem';

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
