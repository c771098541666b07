import { workspaceVitestConfig } from '@guru-blog/testing/vitest';

export default workspaceVitestConfig({
  // The build and browser tests share one built site: one file at a time.
  fileParallelism: false,
});
