// Runs a Guru Blog CLI written in TypeScript without a build step: checks the Node version (in the
// user's language), then lets Node strip the types — itself, or through a load hook for files
// under node_modules, where Node refuses to strip them. Shared by `guru-blog` and `guru-community`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

/** English when --lang en is given or the POSIX locale is English; Indonesian otherwise. */
function english(argv) {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (flag === 'en' || flag === 'id') return flag === 'en';
  return (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase().startsWith('en');
}

/**
 * Imports `entry` (a .ts or built .mjs file URL) and runs its exported `run(argv)`, whose result is
 * the exit code. `roots` are the folders whose .ts files may need stripping (the CLI's package and
 * the Guru Blog packages it imports); none for a built entry.
 */
export async function launch({ entry, roots, argv = process.argv.slice(2), script }) {
  const fail = (id, en) => {
    process.stderr.write(`${english(argv) ? en : id}\n`);
    process.exit(1);
  };
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    fail(
      `Guru Blog membutuhkan Node.js 22.12 atau lebih baru (terpasang: ${process.version}).\nUnduh di https://nodejs.org (pilih versi LTS), pasang, tutup terminal ini, lalu jalankan perintahnya lagi di terminal baru.`,
      `Guru Blog needs Node.js 22.12 or newer (installed: ${process.version}).\nDownload it from https://nodejs.org (choose the LTS version), install it, close this terminal, then run the command again in a new one.`,
    );
  }
  if (!enableTypeStripping(roots)) {
    if (!inNodeModules(roots) && !process.env.GURU_BLOG_STRIP_TYPES) {
      // Node 22.12–22.14: type stripping exists behind a flag; run the script again with it.
      const flags = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];
      const child = spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(script), ...argv], {
        stdio: 'inherit',
        env: { ...process.env, GURU_BLOG_STRIP_TYPES: '1' },
      });
      if (child.signal) process.kill(process.pid, child.signal);
      process.exit(child.status ?? 1);
    }
    fail(
      `Guru Blog membutuhkan Node.js 22.15 atau lebih baru untuk perintah ini (terpasang: ${process.version}).\nUnduh di https://nodejs.org (pilih versi LTS), pasang, lalu jalankan perintahnya lagi.`,
      `This command needs Node.js 22.15 or newer (installed: ${process.version}).\nDownload it from https://nodejs.org (choose the LTS version), install it, then run the command again.`,
    );
  }
  const { run } = await import(entry.href);
  process.exitCode = await run(argv);
}

/**
 * Makes the .ts files under `roots` (folder URLs) importable in this thread: Node strips their
 * types itself, except under node_modules, where it refuses and a load hook does it (Node ≥ 22.15).
 * Worker threads call it too, since hooks belong to the thread that registered them. False when
 * this Node can do neither.
 */
export function enableTypeStripping(roots) {
  if (roots.length === 0) return true; // built JavaScript: nothing to strip
  if (!inNodeModules(roots) && process.features.typescript) return true;
  if (typeof nodeModule.registerHooks !== 'function' || typeof nodeModule.stripTypeScriptTypes !== 'function') return false;
  const strip = nodeModule.stripTypeScriptTypes;
  const emitWarning = process.emitWarning;
  nodeModule.registerHooks({
    load(url, context, nextLoad) {
      if (!url.endsWith('.ts') || !roots.some((root) => url.startsWith(root.href))) return nextLoad(url, context);
      process.emitWarning = () => {}; // "stripTypeScriptTypes is experimental" means nothing to a teacher
      try {
        return { format: 'module', source: strip(readFileSync(new URL(url), 'utf8')), shortCircuit: true };
      } finally {
        process.emitWarning = emitWarning;
      }
    },
  });
  return true;
}

/** Whether any of `roots` lies under node_modules, where Node refuses to strip types. */
function inNodeModules(roots) {
  return roots.some((root) => fileURLToPath(root).split(/[\\/]/).includes('node_modules'));
}
