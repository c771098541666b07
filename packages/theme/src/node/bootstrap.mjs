// The private Node bootstrap shared by a blog's scripts (through the guru-blog launcher) and the
// monorepo's scripts/run.mjs: when this Node is older than the installed Astro declares, fetch
// Node from the npm registry's `node` package into a cache folder (once) and run again with it,
// said in one line; or, when that is not possible or not wanted, stop with a message naming the
// version to install. Plain JavaScript: it runs on the old Node it replaces.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { detectLang } from '../kit/lang.mjs';
import { createTranslator } from '../kit/translate.mjs';
import { meetsFloor } from './floor.mjs';
import { en, id } from './messages.mjs';

/** The Node line fetched: the current LTS, which every Astro 7 accepts. */
export const NODE_MAJOR = 24;

/** ~/.cache/guru-blog (or $XDG_CACHE_HOME/guru-blog): shared by every blog and the monorepo. */
export function cacheRoot(env = process.env) {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'guru-blog');
}

const nodeBinary = (prefix) => join(prefix, 'node_modules', 'node', 'bin', process.platform === 'win32' ? 'node.exe' : 'node');

/** The version of the Node installed under `prefix`, if any. */
function installedVersion(prefix) {
  if (!existsSync(nodeBinary(prefix))) return undefined;
  try {
    return JSON.parse(readFileSync(join(prefix, 'node_modules', 'node', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/**
 * A Node binary of at least `floor`: this one, or the cached `node@NODE_MAJOR` (installed from
 * the npm registry when missing or too old). `say` gets the one line telling what happens.
 * Returns undefined when the download failed or is switched off (GURU_BLOG_NO_NODE_DOWNLOAD=1).
 */
export function ensureNode({ floor, astro, env = process.env, t, say }) {
  if (meetsFloor(process.version, floor)) return { node: process.execPath, version: process.version.slice(1) };
  const prefix = join(cacheRoot(env), `node-${NODE_MAJOR}`);
  const vars = { current: process.version, astro, floor, major: NODE_MAJOR, dir: prefix };
  const have = installedVersion(prefix);
  if (have && meetsFloor(have, floor)) {
    say(t('node.using', { ...vars, version: have }));
    return { node: nodeBinary(prefix), version: have };
  }
  if (env.GURU_BLOG_NO_NODE_DOWNLOAD) return undefined;
  say(t('node.fetching', vars));
  mkdirSync(prefix, { recursive: true });
  const args = ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `node@${NODE_MAJOR}`];
  const r = spawnSync('npm', args, { stdio: ['ignore', 'ignore', 'inherit'], env, shell: process.platform === 'win32' });
  const version = installedVersion(prefix);
  if (r.status !== 0 || !version || !meetsFloor(version, floor)) {
    say(t('node.fetchFailed', vars));
    return undefined;
  }
  return { node: nodeBinary(prefix), version };
}

/** The bootstrap's translator, in the language of `--lang` or the locale. */
export function bootstrapTranslator(argv, env) {
  return createTranslator({ id, en }, detectLang(argv, env).lang);
}

/**
 * Runs `script argv` again on a Node that meets `need.floor` when this one does not: on success
 * the process exits with the child's code; when no suitable Node can be had, it prints which to
 * install and exits 1. Returns only when this Node is fine.
 */
export function relaunchOnSuitableNode({ need, script, argv, env = process.env, prefix = '' }) {
  if (meetsFloor(process.version, need.floor)) return;
  const t = bootstrapTranslator(argv, env);
  const say = (line) => process.stderr.write(`${prefix}${line}\n`);
  // A child that is still too old would loop: stop instead.
  const found = env.GURU_BLOG_NODE_RELAUNCHED ? undefined : ensureNode({ floor: need.floor, astro: need.astro, env, t, say });
  if (!found) {
    say(t('node.install', { current: process.version, astro: need.astro, floor: need.floor, major: NODE_MAJOR }));
    process.exit(1);
  }
  const childEnv = { ...env, PATH: `${dirname(found.node)}${delimiter}${env.PATH ?? ''}`, GURU_BLOG_NODE_RELAUNCHED: '1' };
  const child = spawnSync(found.node, [script, ...argv], { stdio: 'inherit', env: childEnv });
  if (child.signal) process.kill(process.pid, child.signal);
  process.exit(child.status ?? 1);
}
