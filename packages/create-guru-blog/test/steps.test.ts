import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Answers, StepError } from '../src/context.ts';
import { runSteps, STEPS } from '../src/index.ts';
import { accent } from '../src/steps/accent.ts';
import { git } from '../src/steps/git.ts';
import { identity } from '../src/steps/identity.ts';
import { install } from '../src/steps/install.ts';
import { nextStepsText } from '../src/steps/next-steps.ts';
import { options } from '../src/steps/options.ts';
import { targetFolder } from '../src/steps/target-folder.ts';
import { template } from '../src/steps/template.ts';
import { write } from '../src/steps/write.ts';
import { CANCEL, recordingExec, tempDir, testContext } from './helpers.ts';

const BLOG_ANSWERS = ['blog-ani', 'blog', 'Blog Bu Ani', 'Ani Lestari', 'SD Negeri 2 Bantul', ['matematika', 'ipa'], 'hutan', 'github-pages', false, false];

async function fillAnswers(ctx: ReturnType<typeof testContext>) {
  for (const step of [targetFolder, template, identity, accent, options]) await step(ctx);
}

describe('targetFolder', () => {
  it('takes the folder flag, or refuses a non-empty folder listing what is there and a free name', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'blog-saya'));
    for (const f of ['rpp-kelas-7.docx', 'foto.jpg']) writeFileSync(join(cwd, 'blog-saya', f), '');
    const ctx = testContext({ cwd, argv: ['blog-saya'] });
    const error = await targetFolder(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StepError);
    expect((error as Error).message).toContain('sudah berisi 2 berkas/folder (foto.jpg, rpp-kelas-7.docx)');
    expect((error as Error).message).toContain('blog-saya-2');

    const ok = testContext({ cwd, argv: ['blog-baru'] });
    await targetFolder(ok);
    expect(ok.projectDir).toBe(join(cwd, 'blog-baru'));
  });

  it('asks again after a bad or occupied name, and defaults to a free blog-saya', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'blog-saya'));
    writeFileSync(join(cwd, 'blog-saya', 'index.html'), '');
    const ctx = testContext({ cwd, answers: ['blog:saya', 'blog-saya', ''] });
    await targetFolder(ctx);
    expect(ctx.prompt.rejected[0]).toContain('karakter yang tidak boleh dipakai (:)');
    expect(ctx.prompt.rejected[1]).toContain('sudah berisi 1 berkas/folder (index.html)');
    expect(ctx.answers.folder).toBe('blog-saya-2');

    const defaults = testContext({ cwd, argv: ['--yes'] });
    await targetFolder(defaults);
    expect(defaults.answers.folder).toBe('blog-saya-2');
  });

  it('speaks English when asked', async () => {
    const ctx = testContext({ argv: ['bad|name', '--lang', 'en'], lang: 'en' });
    await expect(targetFolder(ctx)).rejects.toThrow('characters that cannot be used (|)');
  });
});

describe('template', () => {
  it('offers the bundled templates, blog first, and names the choices for an unknown one', async () => {
    const ctx = testContext({ answers: ['community'] });
    await template(ctx);
    expect(ctx.answers.template).toMatchObject({ name: 'community', kind: 'community' });
    expect(ctx.prompt.asked).toEqual(['Blog seperti apa?']);
    const defaults = testContext({ argv: ['--yes'] });
    await template(defaults);
    expect(defaults.answers.template?.name).toBe('blog');
    const bad = testContext({ argv: ['--template', 'toko'] });
    await expect(template(bad)).rejects.toThrow('Template "toko" tidak ada di versi ini. Pilihan: blog, community.');
  });

  it('community: asks the directory name and organizer, no school or subjects', async () => {
    const ctx = testContext({ argv: ['--template', 'community'], answers: ['Blog Guru IGI Sleman', 'IGI Kabupaten Sleman'] });
    await template(ctx);
    await identity(ctx);
    expect(ctx.prompt.asked).toEqual(['Nama direktori?', 'Penyelenggara (komunitas atau nama Anda)?']);
    expect(ctx.answers).toMatchObject({ title: 'Blog Guru IGI Sleman', author: 'IGI Kabupaten Sleman', school: '', subjects: [] });
  });
});

describe('identity', () => {
  it('asks title, name, school and subjects', async () => {
    const ctx = testContext({ answers: ['Blog Bu Ani', 'Ani', '', ['matematika', 'ipa']] });
    await identity(ctx);
    expect(ctx.answers).toMatchObject({ title: 'Blog Bu Ani', author: 'Ani', school: '', subjects: ['matematika', 'ipa'] });
    expect(ctx.prompt.asked).toHaveLength(4);
  });

  it('takes flags, resolving subject aliases and names', async () => {
    const ctx = testContext({ argv: ['--title', ' Blog ', '--author', 'Ani', '--school', 'MTs 1', '--mapel', 'MTK, Bahasa Indonesia ,pjok,mtk'] });
    await identity(ctx);
    expect(ctx.answers).toMatchObject({ title: 'Blog', subjects: ['matematika', 'bahasa-indonesia', 'pjok'] });
    expect(ctx.prompt.asked).toEqual([]);
  });

  it('refuses an unknown subject with a suggestion, and an empty title', async () => {
    await expect(identity(testContext({ argv: ['--yes', '--mapel', 'matematik'] }))).rejects.toThrow(
      /--mapel: Mapel "matematik" tidak dikenal\. Maksud Anda "matematika"\?/,
    );
    await expect(identity(testContext({ argv: ['--yes', '--title', '  '] }))).rejects.toThrow('--title: Judul blog tidak boleh kosong.');
    await expect(identity(testContext({ argv: ['--yes', '--author', 'x'.repeat(121)] }))).rejects.toThrow('maksimal 120');
  });

  it('with --yes, defaults the name from git config and the title from the name', async () => {
    const { exec } = recordingExec({ 'git config': [{ code: 0, output: 'Ratna Sari\n' }] });
    const ctx = testContext({ argv: ['--yes'], exec });
    await identity(ctx);
    expect(ctx.answers).toMatchObject({ title: 'Blog Ratna Sari', author: 'Ratna Sari', subjects: [] });
    const none = testContext({ argv: ['--yes'], exec: recordingExec({ 'git config': [{ code: 1, output: '' }] }).exec });
    await identity(none);
    expect(none.answers).toMatchObject({ title: 'Blog Guru', author: 'Nama Guru' });
  });
});

describe('accent', () => {
  it('asks for one of the theme’s colour presets, senja first', async () => {
    const ctx = testContext({ argv: ['--template', 'blog'], answers: ['anggrek'] });
    await template(ctx);
    await accent(ctx);
    expect(ctx.answers.accent).toBe('anggrek');
    expect(ctx.prompt.asked).toEqual(['Warna utama blog?']);
  });

  it('takes --warna, keeps senja with --yes, and names the presets for a colour that is not one', async () => {
    const flag = testContext({ argv: ['--template', 'blog', '--warna', 'Samudra'], answers: [] });
    await template(flag);
    await accent(flag);
    expect(flag.answers.accent).toBe('samudra');
    const defaults = testContext({ argv: ['--template', 'blog', '--yes'], answers: [] });
    await template(defaults);
    await accent(defaults);
    expect(defaults.answers.accent).toBe('senja');
    const bad = testContext({ argv: ['--template', 'blog', '--warna', 'merah'], answers: [] });
    await template(bad);
    await expect(accent(bad)).rejects.toThrow('Warna "merah" tidak ada. Pilih salah satu: senja, samudra, hutan, anggrek, kunyit');
  });
});

describe('options', () => {
  it('does not ask about a CMS the template lacks, and says so when --cms is given', async () => {
    const ctx = testContext({ argv: ['--template', 'community', '--cms', '--deploy', 'gh-pages', '--no-install', '--no-git'] });
    await template(ctx);
    await options(ctx);
    expect(ctx.answers).toMatchObject({ cms: false, deploy: 'github-pages', install: false, git: false });
    expect(ctx.prompt.text_('warn')).toContain('CMS di browser belum tersedia untuk template "community"');
  });

  it('a blog gets the browser CMS unless the teacher says no', async () => {
    const yes = testContext({ argv: ['--template', 'blog', '--yes', '--deploy', 'netlify'] });
    await template(yes);
    await options(yes);
    expect(yes.answers.cms).toBe(true);
    const no = testContext({ argv: ['--template', 'blog', '--no-cms', '--deploy', 'netlify', '--no-install', '--no-git'] });
    await template(no);
    await options(no);
    expect(no.answers.cms).toBe(false);
  });

  it('asks deploy, install and git; refuses an unknown deploy target', async () => {
    const ctx = testContext({ argv: ['--template', 'blog', '--no-cms'], answers: ['cloudflare-pages', true, false] });
    await template(ctx);
    await options(ctx);
    expect(ctx.answers).toMatchObject({ deploy: 'cloudflare-pages', install: true, git: false });
    const bad = testContext({ argv: ['--template', 'blog', '--deploy', 'vercel'] });
    await template(bad);
    await expect(options(bad)).rejects.toThrow('Tujuan terbit "vercel" tidak dikenal. Pilihan: netlify, github-pages, cloudflare-pages, all, none.');
  });
});

describe('write', () => {
  it('writes the site and never overwrites a file that is already there', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'blog-ani', '.vscode'), { recursive: true });
    writeFileSync(join(cwd, 'blog-ani', '.vscode', 'extensions.json'), '{"mine":true}');
    const ctx = testContext({ cwd, answers: BLOG_ANSWERS });
    await fillAnswers(ctx);
    await write(ctx);
    const dir = join(cwd, 'blog-ani');
    expect(readFileSync(join(dir, '.vscode', 'extensions.json'), 'utf8')).toBe('{"mine":true}');
    expect(ctx.prompt.text_('warn')).toContain('.vscode/extensions.json: sudah ada, dibiarkan');
    expect(readdirSync(dir).sort()).toEqual([
      '.github',
      '.gitignore',
      '.nvmrc',
      '.vscode',
      'README.md',
      'astro.config.mjs',
      'package.json',
      'public',
      'src',
      'tsconfig.json',
    ]);
    expect(readFileSync(join(dir, 'src', 'content', 'posts', 'selamat-datang.md'), 'utf8')).toContain('Halo! Saya Ani Lestari.');
    expect(readFileSync(join(dir, 'src', 'content', 'posts', 'selamat-datang.md'), 'utf8')).toContain('pubDate: 2026-07-15');
    const lesson = readFileSync(join(dir, 'src', 'content', 'lessons', 'contoh-modul-ajar-matematika.md'), 'utf8');
    expect(lesson).toMatch(/^jenjang: sd$/m); // from "SD Negeri 2 Bantul"
    expect(lesson).not.toMatch(/^draft:/m);
  });

  it('never follows a .vscode symlink out of the folder; a .git symlink gets no git init', async () => {
    const cwd = tempDir();
    const outside = tempDir('cgb-outside-');
    mkdirSync(join(cwd, 'blog-ani'));
    symlinkSync(outside, join(cwd, 'blog-ani', '.vscode'), 'dir');
    symlinkSync(outside, join(cwd, 'blog-ani', '.git'), 'dir');
    const { exec, calls } = recordingExec();
    const ctx = testContext({ cwd, answers: BLOG_ANSWERS, exec });
    await fillAnswers(ctx);
    (ctx.answers as Answers).git = true;
    await write(ctx);
    await git(ctx);
    expect(readdirSync(outside)).toEqual([]);
    expect(ctx.prompt.text_('warn')).toContain(
      '.vscode adalah pintasan (symlink) ke luar folder blog; .vscode/extensions.json tidak ditulis ke sana. Hapus pintasan itu bila berkas ini diperlukan.',
    );
    expect(ctx.prompt.text_('warn')).toContain('.git di folder ini adalah pintasan (symlink) ke tempat lain, jadi Git tidak disiapkan.');
    expect(calls.filter((c) => c.cwd === join(cwd, 'blog-ani'))).toEqual([]);
    expect(existsSync(join(cwd, 'blog-ani', 'package.json'))).toBe(true);
  });

  it.each([
    ['EROFS', 'Folder {dir} hanya bisa dibaca, jadi blog tidak bisa ditulis di sana. Pilih folder lain (misalnya di Dokumen), lalu jalankan perintahnya lagi.'],
    [
      'ENOSPC',
      'Disk penuh: blog tidak bisa ditulis ke {dir}. Kosongkan ruang disk (blog baru butuh sekitar 300 MB setelah dependensi terpasang), lalu jalankan perintahnya lagi.',
    ],
    ['EACCES', 'Tidak ada izin menulis di {dir}. Pilih folder milik Anda (misalnya di Dokumen), lalu jalankan perintahnya lagi.'],
  ])('a disk failing with %s mid-way gives one sentence and leaves nothing behind', async (code, message) => {
    const cwd = tempDir();
    const ctx = testContext({ cwd, answers: BLOG_ANSWERS });
    let writes = 0;
    ctx.disk = {
      mkdir: (path) => mkdirSync(path, { recursive: true }),
      writeNew: (path, content) => {
        if (++writes > 3) throw Object.assign(new Error(`${code}: raw error, write '${path}'`), { code });
        writeFileSync(path, content, { flag: 'wx' });
      },
    };
    const steps = [targetFolder, template, identity, accent, options, write];
    expect(await runSteps(ctx, steps)).toBe(1);
    const dir = join(cwd, 'blog-ani');
    expect(ctx.prompt.text_('error')).toBe(message.replace('{dir}', dir));
    expect(ctx.prompt.text_('error')).not.toContain(code);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('with --dry-run lists files and commands and writes nothing', async () => {
    const cwd = tempDir();
    const ctx = testContext({ cwd, argv: ['--dry-run', '--install', '--git'], answers: ['blog-ani', 'blog', 'Blog', 'Ani', '', [], 'senja', 'netlify'] });
    await fillAnswers(ctx);
    await write(ctx);
    expect(readdirSync(cwd)).toEqual([]);
    expect(ctx.prompt.text_('note')).toContain('netlify.toml');
    expect(ctx.prompt.text_('note')).toContain('npm install --no-audit --no-fund');
    expect(ctx.prompt.text_('note')).toContain('git init -b main');
  });
});

describe('install', () => {
  async function ready(argv: string[], execResults: Parameters<typeof recordingExec>[0], reachable = true) {
    const recorder = recordingExec(execResults);
    const ctx = testContext({ argv: ['blog', '--yes', ...argv], exec: recorder.exec, registryReachable: reachable });
    await fillAnswers(ctx);
    return { ctx, calls: recorder.calls };
  }

  it('installs with the launching package manager', async () => {
    const { ctx, calls } = await ready([], {});
    ctx.pm = { name: 'pnpm', major: 12 };
    await install(ctx);
    expect(calls.find((c) => c.command === 'pnpm')?.args).toEqual(['install']);
    expect(ctx.outcome.installed).toBe(true);
  });

  it('--offline prefers the cache and says so', async () => {
    const { ctx, calls } = await ready(['--offline'], {});
    await install(ctx);
    expect(calls.find((c) => c.command === 'npm')?.args).toContain('--prefer-offline');
    expect(ctx.prompt.text_('info')).toContain('Mode luring');
  });

  it('goes offline by itself when the registry does not answer', async () => {
    const { ctx, calls } = await ready([], {}, false);
    await install(ctx);
    expect(calls.find((c) => c.command === 'npm')?.args).toContain('--prefer-offline');
    expect(ctx.prompt.text_('warn')).toContain('tidak terjangkau');
  });

  it('retries once from the cache after a network failure; a final failure keeps the files and says what to run', async () => {
    const { ctx, calls } = await ready([], {
      'npm install': [
        { code: 1, output: 'npm error code ETIMEDOUT' },
        { code: 1, output: 'npm error code ENOTCACHED' },
      ],
    });
    await install(ctx);
    const installs = calls.filter((c) => c.command === 'npm');
    expect(installs).toHaveLength(2);
    expect(installs[1]?.args).toContain('--prefer-offline');
    expect(ctx.outcome.installed).toBe(false);
    expect(ctx.prompt.text_('warn')).toContain('Sebagian paket belum ada di cache');
  });

  it('does not retry a failure that is not the network', async () => {
    const { ctx, calls } = await ready([], { 'npm install': [{ code: 1, output: 'npm error code ERESOLVE' }] });
    await install(ctx);
    expect(calls.filter((c) => c.command === 'npm')).toHaveLength(1);
    expect(ctx.prompt.text_('warn')).toContain('Pemasangan dependensi gagal (kode 1)');
  });
});

describe('git', () => {
  async function ready(results: Parameters<typeof recordingExec>[0]) {
    const recorder = recordingExec(results);
    const ctx = testContext({ argv: ['blog', '--yes'], exec: recorder.exec });
    await fillAnswers(ctx);
    return { ctx, calls: recorder.calls };
  }

  it('inits on main, adds and commits', async () => {
    const { ctx, calls } = await ready({ 'git rev-parse': [{ code: 128, output: 'fatal: not a git repository' }] });
    await git(ctx);
    expect(calls.filter((c) => c.command === 'git').map((c) => c.args[0])).toEqual(['config', 'rev-parse', 'init', 'add', 'commit']);
    expect(ctx.outcome.gitCommitted).toBe(true);
  });

  it('explains a missing Git, an existing repository and a missing identity', async () => {
    const missing = await ready({ 'git rev-parse': [{ code: 127, output: '' }] });
    await git(missing.ctx);
    expect(missing.ctx.prompt.text_('warn')).toContain('Git tidak ditemukan');

    const inside = await ready({ 'git rev-parse': [{ code: 0, output: 'true\n' }] });
    await git(inside.ctx);
    expect(inside.ctx.prompt.text_('info')).toContain('sudah berada di dalam repositori Git');
    expect(inside.calls.some((c) => c.args[0] === 'init')).toBe(false);

    const noIdentity = await ready({
      'git rev-parse': [{ code: 128, output: '' }],
      'git commit': [{ code: 128, output: 'Author identity unknown\n*** Please tell me who you are.' }],
    });
    await git(noIdentity.ctx);
    expect(noIdentity.ctx.prompt.text_('warn')).toContain('git config --global user.name');
  });
});

describe('next steps', () => {
  it('follow the package manager, the folder and what already happened', async () => {
    const cwd = tempDir();
    const ctx = testContext({ cwd, argv: ['Blog Bu Ani', '--yes', '--mapel', 'ipa', '--deploy', 'github-pages'] });
    ctx.pm = { name: 'pnpm', major: 12 };
    await fillAnswers(ctx);
    ctx.outcome.samplePost = 'src/content/posts/selamat-datang.md';
    const text = nextStepsText(ctx);
    expect(text).toContain('cd "Blog Bu Ani"');
    expect(text).toContain('pnpm install');
    expect(text).toContain('pnpm dev');
    expect(text).toContain('http://localhost:4321/');
    expect(text).toContain('pnpm exec guru-blog new lesson --mapel ipa');
    expect(text).toContain('Settings → Pages');
    ctx.outcome.installed = true;
    expect(nextStepsText(ctx)).not.toContain('pnpm install');
  });
});

describe('runSteps', () => {
  it('a cancel before writing leaves nothing and exits 130', async () => {
    const cwd = tempDir();
    const ctx = testContext({ cwd, answers: ['blog-ani', 'blog', 'Blog', CANCEL] });
    expect(await runSteps(ctx, STEPS)).toBe(130);
    expect(readdirSync(cwd)).toEqual([]);
    expect(ctx.prompt.text_('outro')).toContain('Tidak ada berkas yang ditulis');
  });

  it('a cancel after writing removes exactly what was written', async () => {
    const cwd = tempDir();
    const controller = new AbortController();
    const ctx = testContext({ cwd, answers: BLOG_ANSWERS });
    (ctx as { signal: AbortSignal }).signal = controller.signal;
    const abortAfterWrite = async () => controller.abort();
    const steps = [...STEPS.slice(0, STEPS.indexOf(write) + 1), abortAfterWrite, ...STEPS.slice(STEPS.indexOf(write) + 1)];
    expect(await runSteps(ctx, steps)).toBe(130);
    expect(existsSync(join(cwd, 'blog-ani'))).toBe(false);
    expect(ctx.prompt.text_('outro')).toContain('dihapus lagi');
  });

  it('the whole run with answers typed writes a site with those answers', async () => {
    const cwd = tempDir();
    const ctx = testContext({ cwd, answers: BLOG_ANSWERS });
    expect(await runSteps(ctx, STEPS)).toBe(0);
    const answers = ctx.answers as Answers;
    expect(answers.subjects).toEqual(['matematika', 'ipa']);
    const config = readFileSync(join(cwd, 'blog-ani', 'astro.config.mjs'), 'utf8');
    expect(config).toContain("title: 'Blog Bu Ani'");
    expect(config).toContain("subjects: ['matematika', 'ipa']");
    expect(config).toContain("accent: 'hutan',");
    expect(config).toContain('base: process.env.BASE_PATH');
  });
});
