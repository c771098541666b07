// Removes this run's copy of the shared lesson-markdown build (lesson-markdown-build.ts) when the
// whole run ends: two test files read it in parallel, so neither may remove it on its own.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COPY_PREFIX } from './lesson-markdown-build.ts';

export function teardown(): void {
  // Here, in the vitest process itself, its pid is the run's id that the workers derive.
  rmSync(join(tmpdir(), `${COPY_PREFIX}${process.pid}`), { recursive: true, force: true });
}
