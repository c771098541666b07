// Before the CLI loads: `guru-blog dev|build|preview|check` run Astro, so they need the Node the
// blog's installed Astro declares. On an older Node they run again on a suitable one (fetched once
// into ~/.cache/guru-blog) or stop naming the version to install, never with Astro's English error.
import { astroNodeFloor, relaunchOnSuitableNode } from '../src/node/index.mjs';

const ASTRO_COMMANDS = new Set(['dev', 'build', 'preview', 'check']);

export function suitableNodeFirst({ script, argv, env = process.env, cwd = process.cwd() }) {
  if (!ASTRO_COMMANDS.has(argv.find((a) => !a.startsWith('-')) ?? '')) return;
  const need = astroNodeFloor(cwd);
  if (!need) return; // no Astro here: the command itself says what is missing
  relaunchOnSuitableNode({ need, script, argv, env, prefix: '[guru-blog] ' });
}
