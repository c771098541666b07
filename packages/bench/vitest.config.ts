import { workspaceVitestConfig } from '@guru-blog/testing/vitest';

export default workspaceVitestConfig({
  // The corpus test renders PNGs with sharp; give slow shared machines room.
  testTimeout: 60_000,
});
