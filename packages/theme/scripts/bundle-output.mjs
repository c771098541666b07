// Shared by the packages' build scripts (theme, community, import): which imports stay imports of
// node_modules, and how esbuild's output is written.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The package's dependencies (and peers, when asked) but those bundled in, with their subpaths. */
export function externalPackages(pkg, { bundled = [], peers = false } = {}) {
  const names = [...Object.keys(pkg.dependencies ?? {}), ...(peers ? Object.keys(pkg.peerDependencies ?? {}) : [])];
  return names.filter((name) => !bundled.includes(name)).flatMap((name) => [name, `${name}/*`]);
}

/**
 * Writes esbuild's output files (a build with `write: false`) each to a temporary file, then
 * renames it: a command already running from dist/ (a fetch, another package's tests) never reads
 * half a file. Returns the paths written.
 */
export function writeOutputFiles(files) {
  for (const file of files) {
    mkdirSync(dirname(file.path), { recursive: true });
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  return files.map((file) => file.path);
}
