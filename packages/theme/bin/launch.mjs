// Starts a Guru Blog CLI built into dist/ (guru-blog, guru-community). Plain JavaScript that any
// Node.js can read, so an old Node gets the reason and the fix in the user's language, not a crash.

import { readFileSync } from 'node:fs';
import { detectLang } from '../src/kit/lang.mjs';
import { createTranslator } from '../src/kit/translate.mjs';
import { floorOfRange, meetsFloor } from '../src/node/floor.mjs';
import { en, id } from '../src/node/messages.mjs';

/** The lowest Node.js the theme's package runs on: its `engines.node`, the one place it is written. */
const FLOOR = floorOfRange(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node) ?? '22.12.0';

/** Imports the built `entry` (a file URL) and runs its `run(argv)`, whose result is the exit code. */
export async function launch(entry, argv = process.argv.slice(2)) {
  if (!meetsFloor(process.versions.node, FLOOR)) {
    // The kit's one rule: --lang, then LC_ALL, LC_MESSAGES, LANG (an unknown --lang falls back to the locale).
    const t = createTranslator({ id, en }, detectLang(argv, process.env).lang);
    process.stderr.write(`${t('node.tooOld', { floor: FLOOR, current: process.version })}\n`);
    process.exit(1);
  }
  let run;
  try {
    ({ run } = await import(entry.href));
  } catch (error) {
    // Only in a checkout of the repository: the published packages contain dist/.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(entry.pathname.split('/').pop())) throw error;
    process.stderr.write(`${new URL(entry).pathname} is missing; run \`pnpm build\` in the repository first.\n`);
    process.exit(1);
  }
  process.exitCode = await run(argv);
}
