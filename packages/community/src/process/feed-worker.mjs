// Entry of the feed worker thread when the pool runs from the TypeScript sources (the repository's
// tests: Node strips the types of files outside node_modules itself). The published package runs
// the bundle dist/feed-worker.mjs instead.
await import('./feed-worker.ts');
