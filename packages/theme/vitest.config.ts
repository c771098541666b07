import { workspaceVitestConfig } from '@guru-blog/testing/vitest';

export default workspaceVitestConfig({
  hookTimeout: 180_000,
  globalSetup: ['test/global-setup.ts'],
  // Decap's ESM files import without extensions: Vite, not Node, has to load them (config validation test).
  server: { deps: { inline: [/decap-cms-/] } },
});
