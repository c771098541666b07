import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Whether Pagefind's program runs on this computer, found by starting it through Pagefind's npm
 * runner with `--version`. Given a program that cannot start (a platform it has no build for, an
 * install without optional packages, an antivirus that removed the file), Pagefind's library
 * prints a stack trace and the build stops halfway in English; this lets the theme say so first,
 * in the site's language. Started when the build starts and awaited before the first page, so it
 * runs while Astro syncs content. Resolves to undefined when it runs, else to what went wrong.
 */
export function pagefindRuns(): Promise<string | undefined> {
  // Pagefind's package exports only its library: its runner is found beside it, on the paths
  // Node would search for the package.
  const paths = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const runner = paths.map((dir) => join(dir, 'pagefind', 'lib', 'runner', 'bin.cjs')).find((file) => existsSync(file));
  if (!runner) return Promise.resolve('pagefind is not installed');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [runner, '--version'], { windowsHide: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let said = '';
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
    });
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code) => resolve(code === 0 ? undefined : said.trim().split('\n')[0] || `exit ${code}`));
  });
}
