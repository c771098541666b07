import { workspaceVitestConfig } from '@guru-blog/testing/vitest';

export default workspaceVitestConfig({
  // Browser tests start Chromium; one file at a time keeps a 2-core CI machine responsive.
  fileParallelism: false,
});
