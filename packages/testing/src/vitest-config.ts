// The vitest settings every workspace package shares; each passes only what differs.
import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

export function workspaceVitestConfig(test: NonNullable<ViteUserConfig['test']> = {}) {
  return mergeConfig(
    defineConfig({
      test: {
        include: ['test/**/*.test.ts'],
        // The JSON report lets `npm test` print one total line for the whole workspace.
        reporters: ['default', 'json'],
        outputFile: { json: '.vitest/results.json' },
        // Builds, browsers and real servers are slow on a shared 2-core machine.
        testTimeout: 120_000,
        hookTimeout: 300_000,
      },
    }),
    defineConfig({ test }),
  );
}
