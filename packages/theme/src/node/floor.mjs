// The Node a blog needs is the one its Astro declares: `engines.node` of the astro package really
// installed (astro 7.3 says >=22.12.0, 7.4.1 >=22.22.0, 7.4.2+ >=22.23.4). This file is the one
// place that reads it; the blog's scripts, the scaffolder and the monorepo's bootstrap all ask here.
// Plain JavaScript (types in floor.d.mts): it runs on the old Node it is there to detect.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** "v22.14.0" or "22.14.0" → [22, 14, 0]. */
export function versionParts(version) {
  return String(version)
    .replace(/^v/, '')
    .split('.')
    .slice(0, 3)
    .map((n) => Number.parseInt(n, 10) || 0);
}

export function compareVersions(a, b) {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

export const meetsFloor = (version, floor) => compareVersions(version, floor) >= 0;

/**
 * The lowest version an `engines.node` range allows: ">=22.12.0" → "22.12.0"; "^20.19.0 || >=22.12.0"
 * → "20.19.0" (the lowest alternative). Undefined for a range without a lower bound.
 */
export function floorOfRange(range) {
  let lowest;
  for (const alternative of String(range).split('||')) {
    // "<23" alone has no lower bound and does not match; ">=22.12.0 <23" gives 22.12.0.
    const m = /^(?:>=|>|\^|~|=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(alternative.trim());
    if (!m) continue;
    const version = `${m[1]}.${m[2] ?? 0}.${m[3] ?? 0}`;
    if (!lowest || compareVersions(version, lowest) < 0) lowest = version;
  }
  return lowest;
}

/**
 * The astro installed for the project in `dir` (resolved as Node would from there) and the Node
 * floor its `engines.node` sets; undefined when no astro is installed there yet.
 */
export function astroNodeFloor(dir) {
  let file;
  try {
    file = createRequire(join(resolve(dir), 'package.json')).resolve('astro/package.json');
  } catch {
    return undefined;
  }
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const floor = floorOfRange(pkg.engines?.node ?? '');
  return floor ? { astro: pkg.version, floor } : undefined;
}

/**
 * The same from a pnpm lockfile, for a checkout not installed yet: the highest floor of every astro
 * version the lockfile pins (a workspace may hold more than one).
 */
export function lockfileAstroFloor(lockText) {
  let found;
  const re = /^ {2}'?astro@(\d+\.\d+\.\d+[^:'(]*)'?:\n((?: {4}.*\n)+)/gm;
  for (let m = re.exec(lockText); m; m = re.exec(lockText)) {
    const engines = /engines: \{node: '([^']+)'/.exec(m[2]);
    const floor = engines && floorOfRange(engines[1]);
    if (floor && (!found || compareVersions(floor, found.floor) > 0)) found = { astro: m[1], floor };
  }
  return found;
}
