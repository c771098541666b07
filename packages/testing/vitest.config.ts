import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The JSON report lets `npm test` print one total line for the whole workspace.
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest/results.json' },
    // Browser start-up and axe runs are slow on shared 2-core machines.
    testTimeout: 60_000,
    // beforeAll may have to apt-get install Chromium on a fresh machine.
    hookTimeout: 600_000,
  },
});
