// Starts a Guru Blog CLI built into dist/ (guru-blog, guru-community). Plain JavaScript that any
// Node.js can read, so an old Node gets the reason and the fix in the user's language, not a crash.

import { readFileSync } from 'node:fs';
import { floorOfRange, meetsFloor } from '../src/node/floor.mjs';

/** The lowest Node.js the theme's package runs on: its `engines.node`, the one place it is written. */
const FLOOR = floorOfRange(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines.node) ?? '22.12.0';

/** English when --lang en is given or the POSIX locale is English; Indonesian otherwise. */
function english(argv) {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (flag === 'en' || flag === 'id') return flag === 'en';
  return (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase().startsWith('en');
}

/** Imports the built `entry` (a file URL) and runs its `run(argv)`, whose result is the exit code. */
export async function launch(entry, argv = process.argv.slice(2)) {
  if (!meetsFloor(process.versions.node, FLOOR)) {
    const floor = FLOOR;
    process.stderr.write(
      english(argv)
        ? `Guru Blog needs Node.js ${floor} or newer (installed: ${process.version}).\nDownload it from https://nodejs.org (choose the LTS version), install it, close this terminal, then run the command again in a new one.\n`
        : `Guru Blog membutuhkan Node.js ${floor} atau lebih baru (terpasang: ${process.version}).\nUnduh di https://nodejs.org (pilih versi LTS), pasang, tutup terminal ini, lalu jalankan perintahnya lagi di terminal baru.\n`,
    );
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
