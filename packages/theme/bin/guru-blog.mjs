#!/usr/bin/env node
// Launcher for the `guru-blog` CLI. The CLI is TypeScript (src/cli/) run without a build step:
// Node strips the types. This file only checks the Node version and picks how the types get stripped.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const english = (() => {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
  if (flag === 'en' || flag === 'id') return flag === 'en';
  return (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase().startsWith('en');
})();
const fail = (id, en) => {
  process.stderr.write(`${english ? en : id}\n`);
  process.exit(1);
};

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  fail(
    `Guru Blog membutuhkan Node.js 22.12 atau lebih baru (terpasang: ${process.version}).\nUnduh di https://nodejs.org (pilih versi LTS), pasang, tutup terminal ini, lalu jalankan perintahnya lagi di terminal baru.`,
    `Guru Blog needs Node.js 22.12 or newer (installed: ${process.version}).\nDownload it from https://nodejs.org (choose the LTS version), install it, close this terminal, then run the command again in a new one.`,
  );
}

const root = new URL('../', import.meta.url);
// Node refuses to strip types of files under node_modules, which is where an installed theme lives.
const inNodeModules = fileURLToPath(root).split(/[\\/]/).includes('node_modules');

if (inNodeModules || !process.features.typescript) {
  if (typeof nodeModule.registerHooks === 'function' && typeof nodeModule.stripTypeScriptTypes === 'function') {
    // Node ≥ 22.15: strip the types of this package's own .ts files ourselves.
    const strip = nodeModule.stripTypeScriptTypes;
    const emitWarning = process.emitWarning;
    nodeModule.registerHooks({
      load(url, context, nextLoad) {
        if (!url.startsWith(root.href) || !url.endsWith('.ts')) return nextLoad(url, context);
        process.emitWarning = () => {}; // "stripTypeScriptTypes is experimental" means nothing to a teacher
        try {
          return { format: 'module', source: strip(readFileSync(new URL(url), 'utf8')), shortCircuit: true };
        } finally {
          process.emitWarning = emitWarning;
        }
      },
    });
  } else if (!inNodeModules && !process.env.GURU_BLOG_STRIP_TYPES) {
    // Node 22.12–22.14: type stripping exists behind a flag; run this file again with it.
    const flags = ['--experimental-strip-types', '--disable-warning=ExperimentalWarning'];
    const child = spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...argv], {
      stdio: 'inherit',
      env: { ...process.env, GURU_BLOG_STRIP_TYPES: '1' },
    });
    if (child.signal) process.kill(process.pid, child.signal);
    process.exit(child.status ?? 1);
  } else {
    fail(
      `Guru Blog membutuhkan Node.js 22.15 atau lebih baru untuk perintah ini (terpasang: ${process.version}).\nUnduh di https://nodejs.org (pilih versi LTS), pasang, lalu jalankan perintahnya lagi.`,
      `This command needs Node.js 22.15 or newer (installed: ${process.version}).\nDownload it from https://nodejs.org (choose the LTS version), install it, then run the command again.`,
    );
  }
}

const { run } = await import(new URL('src/cli/index.ts', root).href);
process.exitCode = await run(argv);
