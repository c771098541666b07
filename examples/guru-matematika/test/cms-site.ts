// A throw-away copy of the example for the CMS test: Decap's file server writes into it, and it is
// rebuilt afterwards. It sits inside the example's folder so Node and Vite find the example's
// node_modules by walking up, exactly as in a teacher's blog.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const example = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
export const siteDir = join(example, '.cms-e2e');

/** Copies the example's sources (not its build) into `.cms-e2e/`, plus `extra` files. */
export function copyExample(extra: Record<string, string> = {}): void {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(example, entry))) cpSync(join(example, entry), join(siteDir, entry), { recursive: true });
  }
  for (const [path, content] of Object.entries(extra)) {
    mkdirSync(dirname(join(siteDir, path)), { recursive: true });
    cpSync(writeTemp(content), join(siteDir, path));
  }
}

function writeTemp(content: string): string {
  const file = join(siteDir, `.tmp-${Math.random().toString(36).slice(2)}`);
  require('node:fs').writeFileSync(file, content);
  return file;
}

function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: siteDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} exited ${code}:\n${output.slice(-4000)}`))));
  });
}

/** `astro build` of the copy, with the editor pointed at the file server's port. */
export function buildCopy(cmsPort: number): Promise<string> {
  const astro = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
  // vitest sets NODE_ENV=test, which would bundle React's development build into the editor.
  return run(process.execPath, [astro, 'build'], { GURU_BLOG_CMS_PORT: String(cmsPort), ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' });
}

export interface FileServer {
  port: number;
  stop(): Promise<void>;
}

/** Decap's local backend in file mode, bound to 127.0.0.1, writing into the copy. */
export function startDecapServer(port: number): Promise<FileServer> {
  const entry = require.resolve('decap-server');
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [entry], {
      cwd: siteDir,
      env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: siteDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes('listening on')) resolve({ port, stop: () => stop(child) });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`decap-server exited ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill();
  });
}

/** Waits for a file to appear (or change) on disk: what the editor wrote, never a fixed sleep. */
export async function waitForFile(dir: string, accept: (name: string, text: string) => boolean, timeout = 30_000): Promise<{ name: string; text: string }> {
  const until = Date.now() + timeout;
  for (;;) {
    if (existsSync(dir)) {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (!statSync(path).isFile()) continue;
        const text = readFileSync(path, 'utf8');
        if (accept(name, text)) return { name, text };
      }
    }
    if (Date.now() > until) throw new Error(`No matching file appeared in ${dir} within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Frontmatter and body of a Markdown file, split as Astro splits them. */
export function splitFrontmatter(text: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { yaml: '', body: text };
  return { yaml: match[1]!, body: text.slice(match[0].length) };
}
