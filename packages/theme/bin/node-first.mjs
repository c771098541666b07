// Before the CLI loads: `guru-blog dev|build|preview|check` run Astro, so they need the Node the
// blog's installed Astro declares. On an older Node they run again on a suitable one (fetched once
// into ~/.cache/guru-blog) or stop naming the version to install, never with Astro's English error.
import { fileURLToPath } from 'node:url';
import { astroNodeFloor, compareVersions, relaunchOnSuitableNode } from '../src/node/index.mjs';

const ASTRO_COMMANDS = new Set(['dev', 'build', 'preview', 'check']);

/** Node's own TypeScript support under node_modules starts in 22.15 (registerHooks). */
const CLI_FLOOR_INSTALLED = '22.15.0';
const CLI_FLOOR = '22.12.0';

export function suitableNodeFirst({ root, script, argv, env = process.env, cwd = process.cwd() }) {
  if (!ASTRO_COMMANDS.has(argv.find((a) => !a.startsWith('-')) ?? '')) return;
  const astro = astroNodeFloor(cwd);
  if (!astro) return; // no Astro here: the command itself says what is missing
  const cli = fileURLToPath(root).split(/[\\/]/).includes('node_modules') ? CLI_FLOOR_INSTALLED : CLI_FLOOR;
  const need = compareVersions(cli, astro.floor) > 0 ? { ...astro, floor: cli } : astro;
  relaunchOnSuitableNode({ need, script, argv, env, prefix: '[guru-blog] ' });
}
