import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The path of a Node.js binary of `version` (older than Guru Blog supports, for the tests of the
 * "please upgrade" message), installed from the npm registry's `node` package into the user's
 * cache when missing, as scripts/run.mjs does for the Node it runs on. Every machine gets the same
 * old Node, whatever its own Node is.
 */
export function oldNode(version = '22.11.0'): string {
  const prefix = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'guru-blog', `node-${version}`);
  const bin = join(prefix, 'node_modules', 'node', 'bin', 'node');
  if (existsSync(bin)) return bin;
  mkdirSync(prefix, { recursive: true });
  const npm = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node@${version}`], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  if (npm.status !== 0 || !existsSync(bin)) throw new Error(`could not install node@${version} from the npm registry:\n${npm.stderr}`);
  return bin;
}
