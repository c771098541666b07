import { workspaceVitestConfig } from '@guru-blog/testing/vitest';

export default workspaceVitestConfig({ hookTimeout: 180_000 });
