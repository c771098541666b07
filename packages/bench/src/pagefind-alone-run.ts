/**
 * Child process of pagefind-alone.ts: gives Pagefind the pages of a built site exactly as the
 * theme does (searchPages), then has it write its bundle, and prints how long each step took and
 * how much CPU Pagefind's binary spent on it.
 */
import { rmSync } from 'node:fs';
import { searchPages } from '@guru-blog/theme/search';
import * as pagefind from 'pagefind';
import { processCpuMs, processTree } from './measure.ts';

/**
 * CPU time (ms) of this process's descendants: Pagefind's binary, which its close() kills, so its
 * time never reaches a parent's rusage. Undefined where /proc is missing.
 */
function descendantsCpuMs(): number | undefined {
  if (processCpuMs(process.pid) === undefined) return undefined;
  let ms = 0;
  for (const pid of processTree(process.pid)) {
    if (pid === process.pid) continue;
    const used = processCpuMs(pid);
    if (used === undefined) return undefined;
    ms += used;
  }
  return ms;
}

const [dist, out] = process.argv.slice(2) as [string, string];
const pages = searchPages(dist);
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
const start = { at: performance.now(), cpu: descendantsCpuMs() };
const results = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
const added = { at: performance.now(), cpu: descendantsCpuMs() };
rmSync(out, { recursive: true, force: true });
const write = await index.writeFiles({ outputPath: out });
const written = { at: performance.now(), cpu: descendantsCpuMs() };
await pagefind.close();
const failures = [...results.flatMap((r) => r.errors), ...write.errors];
if (failures.length) throw new Error(failures.join('; '));
const cpu = (from: { cpu?: number }, to: { cpu?: number }) => (from.cpu === undefined || to.cpu === undefined ? undefined : to.cpu - from.cpu);
console.log(
  JSON.stringify({
    pages: pages.length,
    bytes: pages.reduce((sum, page) => sum + Buffer.byteLength(page.content), 0),
    addMs: added.at - start.at,
    addCpuMs: cpu(start, added),
    writeMs: written.at - added.at,
    writeCpuMs: cpu(added, written),
  }),
);
