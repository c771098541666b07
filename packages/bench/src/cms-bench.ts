/**
 * The browser editor's cost (`--only cms`): the gzip size of the /admin/ bundle, what it adds to a
 * site's build (the theme site on the same corpus with `cms` off and on, alternating run by run),
 * and the time from opening /admin/ on 127.0.0.1 to its sign-in button and to the collection list.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchBrowser, newIsolatedPage, serveStatic } from '@guru-blog/testing';
import { type BenchArgs, runsFor } from './args.ts';
import { generateCorpus } from './corpus.ts';
import { measure } from './measure.ts';
import { astroBin, REPO_ROOT, WORK_DIR } from './paths.ts';
import { cleanSite, prepareSite } from './sites.ts';
import { median } from './stats.ts';

const N = 100;
const FILE_SERVER_PORT = 18_181;

function build(siteDir: string, cms: boolean) {
  cleanSite(siteDir);
  const env = { ...process.env, GURU_BENCH_SEARCH: '0', GURU_BENCH_CMS: cms ? '1' : '0', GURU_BLOG_CMS_PORT: String(FILE_SERVER_PORT), NODE_ENV: 'production' };
  return measure(process.execPath, [astroBin(), 'build'], { cwd: siteDir, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
}

/** decap-server in file mode on 127.0.0.1, as `guru-blog cms` starts it. */
function startFileServer(siteDir: string) {
  const require = createRequire(join(REPO_ROOT, 'packages/theme/package.json'));
  const child = spawn(process.execPath, [require.resolve('decap-server')], {
    cwd: siteDir,
    env: { ...process.env, PORT: String(FILE_SERVER_PORT), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: siteDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<() => void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('listening on')) resolve(() => child.kill());
    });
    child.on('exit', (code) => reject(new Error(`decap-server exited ${code}: ${out}`)));
  });
}

async function timeToEditor(dist: string, siteDir: string, runs: number) {
  const server = await serveStatic(dist, { gzip: true });
  const stop = await startFileServer(siteDir);
  const browser = await launchBrowser();
  const login: number[] = [];
  const list: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { page, close } = await newIsolatedPage(browser, { viewport: { width: 1280, height: 800 } });
      page.setDefaultTimeout(120_000);
      const start = performance.now();
      await page.goto(`${server.url}/admin/`);
      const signIn = page.getByRole('button', { name: 'Masuk' });
      await signIn.waitFor();
      login.push(performance.now() - start);
      await signIn.click();
      await page.getByRole('link', { name: 'Konten' }).first().waitFor();
      list.push(performance.now() - start);
      await close();
    }
  } finally {
    await browser.close();
    await server.close();
    stop();
  }
  return { login: median(login), list: median(list) };
}

export async function runCmsBench(args: BenchArgs): Promise<boolean> {
  console.log('\n== Browser editor (/admin/) ==');
  mkdirSync(WORK_DIR, { recursive: true });
  const corpusDir = join(WORK_DIR, `corpus-${N}`);
  await generateCorpus({ n: N, seed: args.seed, outDir: corpusDir });
  const siteDir = join(WORK_DIR, `theme-cms-${N}`);
  prepareSite('theme', siteDir, corpusDir);
  const runs = runsFor(args, N);
  const off: number[] = [];
  const on: number[] = [];
  let ok = true;
  for (let i = 0; i < runs; i++) {
    for (const cms of [false, true]) {
      const m = await build(siteDir, cms);
      ok &&= m.exitCode === 0;
      (cms ? on : off).push(m.wallMs);
    }
  }
  const dist = join(siteDir, 'dist');
  // The scripts the admin page loads, whatever they are named (the theme ships the editor prebuilt).
  const adminPage = readFileSync(join(dist, 'admin', 'index.html'), 'utf8');
  const admin = [...adminPage.matchAll(/<script[^>]*\ssrc="\/([^"?#]+)"/g)].map((m) => m[1] as string);
  const bytes = admin.map((f) => readFileSync(join(dist, f)));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gzip = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  const brotli = bytes.reduce((n, b) => n + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0);
  const others = readdirSync(dist).includes('index.html') && !/admin|decap/i.test(readFileSync(join(dist, 'index.html'), 'utf8'));
  const editor = await timeToEditor(dist, siteDir, runs);
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(
    `admin bundle: ${kib(raw)} raw, ${kib(gzip)} gzip -9, ${kib(brotli)} brotli -11 (${admin.length} file(s)); other pages load none of it: ${others}`,
  );
  console.log(
    `build at N=${N}, cms off / on (median of ${runs}): ${(median(off) / 1000).toFixed(1)} / ${(median(on) / 1000).toFixed(1)} s, ratio ${(median(on) / median(off)).toFixed(2)}`,
  );
  console.log(
    `time to the editor on 127.0.0.1 (median of ${runs}): sign-in button ${(editor.login / 1000).toFixed(2)} s, collection list ${(editor.list / 1000).toFixed(2)} s`,
  );
  return ok && others;
}
