// Before the CLI loads: `guru-blog dev|build|preview|check` run Astro, so they need the Node the
// blog's installed Astro declares (src/node/first.mjs, shared with guru-community).
import { suitableNodeFirst as first } from '../src/node/first.mjs';

const ASTRO_COMMANDS = ['dev', 'build', 'preview', 'check'];

export function suitableNodeFirst({ script, argv, env, cwd }) {
  first({ script, argv, env, cwd, commands: ASTRO_COMMANDS, prefix: '[guru-blog] ' });
}
