// Entry of the feed worker thread. Plain JavaScript because, installed under node_modules, the
// package's .ts files load only once the type-stripping hook is in place in this thread too.
import { enableTypeStripping } from '@guru-blog/theme/launch-ts';

if (!enableTypeStripping([new URL('../../', import.meta.url)])) throw new Error('this Node.js cannot run TypeScript files; Node.js 22.15 or newer is needed');
await import('./feed-worker.ts');
