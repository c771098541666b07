import { workspaceVitestConfig } from '@guru-blog/testing/vitest';

export default workspaceVitestConfig({ hookTimeout: 180_000, globalSetup: ['test/global-setup.ts'] });
