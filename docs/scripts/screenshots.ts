// `pnpm --filter @guru-blog/docs screenshots`: refreshes src/assets/screenshots/ from the built
// example sites (build them first: `pnpm --filter guru-matematika --filter komunitas build`).
import { fileURLToPath } from 'node:url';
import { takeScreenshots } from '../src/screenshots/take.ts';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const out = fileURLToPath(new URL('../src/assets/screenshots/', import.meta.url));
const { taken, skipped } = await takeScreenshots(examples, out);
for (const { file } of taken) console.log(`wrote ${file}`);
for (const shot of skipped) console.log(`skipped ${shot.site}${shot.path} (no ${shot.whenExists} yet)`);
