import { workspaceVitestConfig } from './src/vitest-config.ts';

export default workspaceVitestConfig({
  // beforeAll may have to apt-get install Chromium on a fresh machine.
  hookTimeout: 600_000,
});
