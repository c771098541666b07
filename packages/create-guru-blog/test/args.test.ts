import { describe, expect, it } from 'vitest';
import { ArgsError, parseFlags } from '../src/args.ts';
import { detectLang } from '../src/lang.ts';
import { nodeIsSupported, oldNodeMessage } from '../src/node-version.ts';
import { detectPackageManager, execCommand, installArgs, looksLikeNetworkError, runCommand } from '../src/package-manager.ts';

describe('parseFlags', () => {
  it('reads every prompt flag and the folder', () => {
    const flags = parseFlags([
      'blog-bu-ani',
      '--template',
      'blog',
      '--title',
      'Blog Bu Ani',
      '--author=Ani',
      '--school',
      'SDN 1',
      '--mapel',
      'matematika,ipa',
      '--deploy',
      'netlify',
      '--no-install',
      '--git',
      '--cms',
      '-y',
      '--dry-run',
      '--offline',
      '--lang',
      'en',
    ]);
    expect(flags).toMatchObject({
      folder: 'blog-bu-ani',
      template: 'blog',
      title: 'Blog Bu Ani',
      author: 'Ani',
      school: 'SDN 1',
      mapel: 'matematika,ipa',
      deploy: 'netlify',
      install: false,
      git: true,
      cms: true,
      yes: true,
      dryRun: true,
      offline: true,
      lang: 'en',
    });
  });

  it('leaves unasked toggles undefined and lets the last of --x/--no-x win', () => {
    expect(parseFlags([]).install).toBeUndefined();
    expect(parseFlags(['--install', '--no-install']).install).toBe(false);
    expect(parseFlags(['--no-git', '--git']).git).toBe(true);
  });

  it('parses --dep name=spec, scoped names included', () => {
    expect(parseFlags(['--dep', '@guru-blog/theme=file:/tmp/t.tgz', '--dep', 'astro=^7']).deps).toEqual({
      '@guru-blog/theme': 'file:/tmp/t.tgz',
      astro: '^7',
    });
    expect(() => parseFlags(['--dep', 'astro'])).toThrow(ArgsError);
  });

  it('names an unknown option, a missing value and a second folder', () => {
    const fail = (argv: string[]) => {
      try {
        parseFlags(argv);
      } catch (error) {
        return error as ArgsError;
      }
      throw new Error('expected an error');
    };
    expect(fail(['--judul', 'x'])).toMatchObject({ kind: 'unknownOption', detail: '--judul' });
    expect(fail(['--title'])).toMatchObject({ kind: 'missingValue', detail: '--title' });
    expect(fail(['a', 'b'])).toMatchObject({ kind: 'tooManyFolders', detail: 'a, b' });
  });
});

describe('language', () => {
  it('is Indonesian unless asked or the POSIX locale is English', () => {
    expect(detectLang([], {}).lang).toBe('id');
    expect(detectLang([], { LANG: 'en_US.UTF-8' }).lang).toBe('en');
    expect(detectLang([], { LANG: 'en_US.UTF-8', LC_ALL: 'id_ID.UTF-8' }).lang).toBe('id');
    expect(detectLang([], { LANG: 'C.UTF-8' }).lang).toBe('id');
    expect(detectLang(['--lang', 'EN'], { LANG: 'id_ID' }).lang).toBe('en');
    expect(detectLang(['--lang', 'jv'], {})).toEqual({ lang: 'id', refused: 'jv' });
    expect(detectLang(['--lang=en', '--bogus'], {}).lang).toBe('en');
  });
});

describe('package manager', () => {
  it('is detected from the user agent that launched us', () => {
    expect(detectPackageManager('pnpm/12.21.0 npm/? node/v24.1.0 linux x64')).toEqual({ name: 'pnpm', major: 12 });
    expect(detectPackageManager('yarn/1.22.22 npm/? node/v22.12.0 win32 x64')).toEqual({ name: 'yarn', major: 1 });
    expect(detectPackageManager('bun/1.3.0 npm/? node/v24.3.0 darwin arm64')).toEqual({ name: 'bun', major: 1 });
    expect(detectPackageManager('npm/11.6.0 node/v24.1.0 linux x64 workspaces/false')).toEqual({ name: 'npm', major: 11 });
    expect(detectPackageManager(undefined)).toEqual({ name: 'npm' });
  });

  it('gives install arguments and the commands a teacher types', () => {
    expect(installArgs({ name: 'npm' }, true)).toEqual(['install', '--no-audit', '--no-fund', '--prefer-offline']);
    expect(installArgs({ name: 'pnpm', major: 12 }, false)).toEqual(['install']);
    expect(installArgs({ name: 'yarn', major: 4 }, true)).toEqual(['install']);
    expect(installArgs({ name: 'yarn', major: 1 }, true)).toEqual(['install', '--prefer-offline']);
    expect(runCommand('npm', 'dev')).toBe('npm run dev');
    expect(runCommand('pnpm', 'dev')).toBe('pnpm dev');
    expect(runCommand('bun', 'dev')).toBe('bun run dev');
    expect(execCommand('npm', 'guru-blog')).toBe('npx guru-blog');
    expect(execCommand('pnpm', 'guru-blog')).toBe('pnpm exec guru-blog');
  });

  it('tells network failures from package failures', () => {
    expect(looksLikeNetworkError('npm error code ENOTFOUND\nnpm error request to https://registry.npmjs.org/astro failed')).toBe(true);
    expect(looksLikeNetworkError('ERR_PNPM_META_FETCH_FAIL GET https://registry.npmjs.org/astro: request to … failed, reason: getaddrinfo EAI_AGAIN')).toBe(
      true,
    );
    expect(looksLikeNetworkError('npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/@guru-blog%2ftheme')).toBe(false);
    expect(looksLikeNetworkError('npm error code ERESOLVE')).toBe(false);
  });
});

describe('Node version', () => {
  it('needs 22.12 or newer', () => {
    expect(nodeIsSupported('v22.12.0')).toBe(true);
    expect(nodeIsSupported('v24.0.0')).toBe(true);
    expect(nodeIsSupported('v22.11.9')).toBe(false);
    expect(nodeIsSupported('v20.19.0')).toBe(false);
    expect(nodeIsSupported('18.0.0')).toBe(false);
  });

  it('explains the upgrade in Indonesian, or English when asked', () => {
    const id = oldNodeMessage([], {}, 'v20.11.1');
    expect(id).toContain('v20.11.1');
    expect(id).toContain('22.12.0');
    expect(id).toContain('Cara memperbarui');
    expect(id).toContain('https://nodejs.org');
    expect(oldNodeMessage(['--lang', 'en'], {}, 'v18.0.0')).toContain('How to upgrade');
  });
});

describe('subjects', () => {
  it('reads names that hold commas, lists of names, and both together', async () => {
    const { parseSubjects } = await import('../src/subjects.ts');
    expect(parseSubjects('Pendidikan Jasmani, Olahraga, dan Kesehatan')).toEqual({ ok: true, slugs: ['pjok'] });
    expect(parseSubjects('ipa, Pendidikan Jasmani, Olahraga, dan Kesehatan, matematika')).toEqual({ ok: true, slugs: ['ipa', 'pjok', 'matematika'] });
    expect(parseSubjects('ipa, matemtika')).toEqual({ ok: false, value: 'matemtika', suggestion: 'matematika' });
  });

  it('ranks an exact short name first when searching: "ipa" is IPA before IPAS', async () => {
    const { rankChoices, subjectChoices } = await import('@guru-blog/theme/prompts');
    const ranked = rankChoices('ipa', subjectChoices('id')).map((c) => c.value);
    expect(ranked[0]).toBe('ipa');
    expect(ranked).toContain('ipas');
    expect(rankChoices('IPS', subjectChoices('id'))[0]?.value).toBe('ips');
    expect(rankChoices('', subjectChoices('id'))).toHaveLength(subjectChoices('id').length);
  });
});
