/**
 * Pagefind by itself, on the pages the theme built, with nothing else running: what search costs
 * at the least, whatever the build does around it. Split into adding the pages (parsing and
 * indexing, which the build overlaps with rendering) and writing the bundle (left for after the
 * last page), with the bytes it was given, as ratios against the bare build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.ts';

export type PagefindAlone = {
  pages: number;
  /** Bytes of HTML given to Pagefind. */
  bytes: number;
  addMs: number;
  /** CPU time of Pagefind's binary while adding, and while writing; undefined without /proc. */
  addCpuMs?: number;
  writeMs: number;
  writeCpuMs?: number;
};

const RUNNER = fileURLToPath(new URL('./pagefind-alone-run.ts', import.meta.url));

export async function pagefindAlone(dist: string, scratch: string): Promise<PagefindAlone | undefined> {
  const m = await measure(process.execPath, [RUNNER, dist, join(scratch, 'pagefind-alone')], { cwd: scratch });
  if (m.exitCode !== 0) {
    console.log(`  Pagefind alone failed (exit ${m.exitCode}): ${m.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return undefined;
  }
  return JSON.parse(m.stdout.trim().split('\n').pop() as string) as PagefindAlone;
}

/** "Pagefind alone at 1000: …" with each figure also as a share of the bare build's wall time. */
export function pagefindAloneLine(n: number, alone: PagefindAlone, bareMs: number): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s = ${(ms / bareMs).toFixed(2)}× bare`;
  const step = (ms: number, cpuMs: number | undefined) => `${s(ms)}${cpuMs === undefined ? '' : ` (CPU ${s(cpuMs)})`}`;
  return (
    `Pagefind alone at ${n}: ${alone.pages} pages, ${(alone.bytes / 1e6).toFixed(1)} MB given; ` +
    `adding ${step(alone.addMs, alone.addCpuMs)}, writing ${step(alone.writeMs, alone.writeCpuMs)}; together ${s(alone.addMs + alone.writeMs)}`
  );
}
