import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The bin folder of Node `version` ("20", "22.14.0") from the npm registry's `node` package,
 * installed once into ~/.cache/guru-blog/test-node/<version> (later runs reuse it), so tests can
 * run the way a teacher's older Node would.
 */
export function oldNode(version: string): { bin: string; version: string } {
  const prefix = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'guru-blog', 'test-node', version);
  const bin = join(prefix, 'node_modules', 'node', 'bin');
  if (!existsSync(join(bin, 'node'))) {
    mkdirSync(prefix, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node@${version}`], {
      stdio: 'inherit',
    });
    if (r.status !== 0 || !existsSync(join(bin, 'node'))) throw new Error(`could not install node@${version} from the npm registry into ${prefix}`);
  }
  const installed = JSON.parse(readFileSync(join(prefix, 'node_modules', 'node', 'package.json'), 'utf8')) as { version: string };
  return { bin, version: installed.version };
}
