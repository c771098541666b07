import type { AstroConfig } from 'astro';
import { describe, expect, it } from 'vitest';
import { buildConfig, PAGES_IN_FLIGHT } from '../src/integration/build-concurrency.ts';

const withConcurrency = (concurrency: number) => ({ build: { concurrency } }) as AstroConfig;

describe('pages built at once', () => {
  it("raises Astro's default of one page at a time, and keeps a site's own choice", () => {
    expect(PAGES_IN_FLIGHT).toBeGreaterThan(1);
    expect(buildConfig(withConcurrency(1))).toEqual({ build: { concurrency: PAGES_IN_FLIGHT } });
    expect(buildConfig(withConcurrency(2))).toEqual({});
    expect(buildConfig(withConcurrency(12))).toEqual({});
  });
});
