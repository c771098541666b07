import { workspaceVitestConfig } from '@guru-blog/testing/vitest';

export default workspaceVitestConfig({ testTimeout: 180_000 });
