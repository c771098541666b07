// Before a CLI loads: the commands that run Astro need the Node the site's installed Astro
// declares. On an older Node they run again on a suitable one (fetched once into
// ~/.cache/guru-blog) or stop naming the version to install, never with Astro's English error.
// Shared by the `guru-blog` and `guru-community` launchers.
import { relaunchOnSuitableNode } from './bootstrap.mjs';
import { astroNodeFloor } from './floor.mjs';

export function suitableNodeFirst({ script, argv, commands, prefix, env = process.env, cwd = process.cwd() }) {
  if (!commands.includes(argv.find((a) => !a.startsWith('-')) ?? '')) return;
  const need = astroNodeFloor(cwd);
  if (!need) return; // no Astro here: the command itself says what is missing
  relaunchOnSuitableNode({ need, script, argv, env, prefix });
}
