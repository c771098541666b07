import { workspaceVitestConfig } from '@guru-blog/testing/vitest';

export default workspaceVitestConfig({ testTimeout: 180_000, hookTimeout: 300_000 });
