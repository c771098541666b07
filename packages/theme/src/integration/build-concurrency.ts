import type { AstroConfig } from 'astro';

/**
 * Pages built at once. Astro renders one page at a time by default and waits for each file to be
 * written before it renders the next: on a blog's 1,000 posts the main thread sat idle for 60% of
 * page rendering. With four pages in flight the writes overlap the rendering, and the whole build
 * took 15% less (5.5 → 4.6 s, text-only posts, alternating runs on 2 cores; 4, 6 and 8 did
 * alike). A site that sets `build.concurrency` itself keeps its value.
 */
export const PAGES_IN_FLIGHT = 4;

export function buildConfig(config: AstroConfig): { build?: { concurrency: number } } {
  // 1 is Astro's default: a site that asks for 1 explicitly cannot be told apart from one that left it.
  return config.build.concurrency === 1 ? { build: { concurrency: PAGES_IN_FLIGHT } } : {};
}
