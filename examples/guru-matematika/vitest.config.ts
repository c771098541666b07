import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The JSON report lets `npm test` print one total line for the whole workspace.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Browser tests start Chromium; one file at a time keeps a 2-core CI machine responsive.
    fileParallelism: false,
  },
});
