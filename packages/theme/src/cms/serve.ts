// `guru-blog cms` (`npm run cms` in a blog): the site and Decap's local file server, both on
// 127.0.0.1 only, so a teacher edits in the browser without any account.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { createTranslator, type Lang } from '../i18n/index.ts';
import { ASTRO_QUIET } from '../node/index.mjs';
import { DEFAULT_LOCAL_PORT } from './markers.ts';

export const LOOPBACK = '127.0.0.1';

/** The first free port from `start` on 127.0.0.1 (8081 is Decap's default; a second blog takes the next). */
export async function findPort(start: number = DEFAULT_LOCAL_PORT, tries = 20): Promise<number> {
  for (let port = start; port < start + tries; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, LOOPBACK, () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${start} to ${start + tries - 1}`);
}

export interface Launch {
  command: string;
  args: string[];
  env: Record<string, string>;
}

/**
 * decap-server in file mode, bound to 127.0.0.1: by default it listens on every interface as an
 * unauthenticated file-write API, and its git mode would commit the whole working tree.
 */
export function fileServerLaunch(siteRoot: string, port: number): Launch {
  const require = createRequire(join(siteRoot, 'package.json'));
  return {
    command: process.execPath,
    args: [require.resolve('decap-server')],
    env: { PORT: String(port), BIND_HOST: LOOPBACK, MODE: 'fs', GIT_REPO_DIRECTORY: siteRoot, LOG_LEVEL: 'info' },
  };
}

/** `astro dev` on 127.0.0.1, told the file server's port so /admin/ talks to it. */
export function siteLaunch(siteRoot: string, fileServerPort: number): Launch {
  const require = createRequire(join(siteRoot, 'package.json'));
  const astro = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
  return { command: process.execPath, args: [astro, 'dev', '--host', LOOPBACK], env: { ...ASTRO_QUIET, GURU_BLOG_CMS_PORT: String(fileServerPort) } };
}

/** Astro prints the address it serves on; the editor is at /admin/ below it (base path included). */
export function adminUrl(astroOutput: string): string | undefined {
  // Escape codes colour the line; they are removed before matching.
  const plain = stripVTControlCharacters(astroOutput);
  const match = /https?:\/\/127\.0\.0\.1:\d+(\/[^\s]*)?/.exec(plain);
  if (!match) return undefined;
  return `${match[0].replace(/\/$/, '')}/admin/`;
}

export interface ServeIo {
  cwd: string;
  lang: Lang;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  start?: (launch: Launch, cwd: string) => ChildProcess;
}

const startProcess = (launch: Launch, cwd: string) =>
  spawn(launch.command, launch.args, { cwd, env: { ...process.env, ...launch.env }, stdio: ['inherit', 'pipe', 'pipe'] });

/** Runs both until either stops or the teacher presses Ctrl+C; resolves with the exit code. */
export async function serveCms(io: ServeIo): Promise<number> {
  const t = createTranslator(io.lang);
  const start = io.start ?? startProcess;
  io.stdout(`${t('cms.cli.starting')}\n`);
  const port = await findPort();
  const children: { name: string; child: ChildProcess }[] = [
    { name: 'decap-server', child: start(fileServerLaunch(io.cwd, port), io.cwd) },
    { name: 'astro dev', child: start(siteLaunch(io.cwd, port), io.cwd) },
  ];
  let announced = false;
  let seen = '';
  const site = children[1]!.child;
  site.stdout?.on('data', (chunk: Buffer) => {
    io.stdout(chunk.toString());
    if (announced) return;
    seen += chunk.toString();
    const url = adminUrl(seen);
    if (url) {
      announced = true;
      io.stdout(`\n${t('cms.cli.open', { url })}\n\n`);
    }
  });
  site.stderr?.on('data', (chunk: Buffer) => io.stderr(chunk.toString()));
  // The file server's own log (every file it writes) stays quiet unless it fails.
  const server = children[0]!.child;
  let serverLog = '';
  server.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk));
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk));

  return new Promise<number>((resolve) => {
    let done = false;
    const stopAll = (code: number) => {
      if (done) return;
      done = true;
      for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(code);
    };
    const onSignal = () => {
      io.stdout(`${t('cms.cli.stopped')}\n`);
      stopAll(0);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    for (const { name, child } of children) {
      child.on('exit', (code) => {
        if (done) return;
        if (name === 'decap-server' && serverLog) io.stderr(serverLog);
        io.stderr(`${t('cms.cli.failed', { name, code: String(code ?? 'signal') })}\n`);
        stopAll(code || 1);
      });
    }
  });
}
