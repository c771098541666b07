import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { js, renderAstroConfig } from '../src/render/astro-config.ts';
import { renderDeployFiles } from '../src/render/deploy.ts';
import { BLOG_SCRIPTS, CMS_DEPENDENCIES, renderPackageJson } from '../src/render/package-json.ts';
import { renderReadme } from '../src/render/readme.ts';
import { jenjangOfSchool, renderSampleLesson } from '../src/render/sample-lesson.ts';
import { loadTemplates } from '../src/templates.ts';
import { TEMPLATES_DIR } from './helpers.ts';

const evaluate = (literal: string) => new Function(`return ${literal}`)() as unknown;

describe('astro.config.mjs', () => {
  it('writes any typed text as a safe literal', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a typed "${x}" must stay text in the written config
    for (const value of ["Blog Bu Ani's", 'kutip "ganda"', 'garis\\miring', 'baris\nbaru', '${x} `y`', '\u2028', "\\'", 'é ñ 中文']) {
      expect(evaluate(js(value))).toBe(value);
    }
    expect(evaluate(js(['matematika', "o'clock"]))).toEqual(['matematika', "o'clock"]);
    expect(js('a')).toBe("'a'");
  });

  it('holds the answers, and where the address comes from per host', () => {
    const base = { title: 'Blog', author: 'Ani', school: 'SMP 1', subjects: ['ipa'], devCommand: 'npm run dev' };
    const netlify = renderAstroConfig({ ...base, deploy: 'netlify' });
    expect(netlify).toContain('site: process.env.URL,');
    expect(netlify).toContain("school: 'SMP 1',");
    expect(netlify).toContain("subjects: ['ipa'],");
    expect(renderAstroConfig({ ...base, deploy: 'github-pages' })).toContain('site: process.env.SITE_URL,');
    const none = renderAstroConfig({ ...base, school: '', deploy: 'none' });
    expect(none).toContain("// site: 'https://");
    expect(none).not.toContain('school:');
  });
});

describe('package.json', () => {
  it('is valid JSON with the scripts and dependencies', () => {
    const pkg = JSON.parse(renderPackageJson({ name: 'blog-ani', scripts: BLOG_SCRIPTS, dependencies: { astro: '^7.3.5', '@guru-blog/theme': '^0.1.0' } }));
    expect(pkg).toMatchObject({ name: 'blog-ani', private: true, type: 'module', engines: { node: '>=22.12.0' } });
    expect(Object.keys(pkg.dependencies)).toEqual(['@guru-blog/theme', 'astro']);
    expect(pkg.scripts).toMatchObject({
      dev: 'guru-blog dev',
      build: 'guru-blog build',
      preview: 'guru-blog preview',
      check: 'guru-blog check',
      'lesson:new': 'guru-blog new lesson',
    });
  });

  it("the blog template's dependencies follow the example site's, so they cannot drift", () => {
    const example = JSON.parse(readFileSync(new URL('../../../examples/guru-matematika/package.json', import.meta.url), 'utf8'));
    for (const template of loadTemplates(TEMPLATES_DIR)) {
      for (const [name, range] of Object.entries(template.dependencies)) expect(example.dependencies[name], `${template.name}: ${name}`).toBe(range);
    }
    // The example runs the CMS end-to-end test on exactly these versions.
    for (const [name, range] of Object.entries(CMS_DEPENDENCIES)) expect(example.dependencies[name], `cms: ${name}`).toBe(range);
  });

  it('wires the browser CMS only when chosen, with the backend of the deploy answer and no secret', () => {
    const base = { title: 'Blog', author: 'Ani', school: '', subjects: [], devCommand: 'npm run dev' };
    expect(renderAstroConfig({ ...base, deploy: 'netlify', cms: false })).not.toContain('cms');
    const netlify = renderAstroConfig({ ...base, deploy: 'netlify', cms: true });
    expect(netlify).toContain("cms: { backend: { name: 'github', branch: 'main' } },");
    const pages = renderAstroConfig({ ...base, deploy: 'github-pages', cms: true });
    expect(pages).toContain("baseUrl: 'https://oauth-blog-anda.workers.dev'");
    expect(renderAstroConfig({ ...base, deploy: 'none', cms: true })).toContain('cms: true,');
    for (const text of [netlify, pages]) expect(text).not.toMatch(/secret|token|client_id/i);
  });
});

describe('deploy files', () => {
  it('Netlify gets netlify.toml with the build command and Node', () => {
    const [file] = renderDeployFiles('netlify', { name: 'pnpm', major: 12 });
    expect(file?.path).toBe('netlify.toml');
    expect(file?.content).toContain('command = "pnpm run build"');
    expect(file?.content).toContain('publish = "dist"');
    expect(file?.content).toContain('NODE_VERSION = "24"');
  });

  it('GitHub Pages gets a workflow that parses and passes the address to the build', () => {
    for (const pm of ['npm', 'pnpm', 'yarn', 'bun'] as const) {
      const [file] = renderDeployFiles('github-pages', { name: pm });
      expect(file?.path).toBe('.github/workflows/deploy.yml');
      const workflow = parseYaml(file!.content);
      const steps = workflow.jobs.build.steps as { run?: string; env?: Record<string, string>; uses?: string }[];
      const build = steps.find((s) => s.run?.endsWith('run build'));
      // biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub Actions expressions, not JavaScript
      expect(build?.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
      expect(steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact'))).toBe(true);
      expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    }
  });

  it('Cloudflare Pages and "none" need no file', () => {
    expect(renderDeployFiles('cloudflare-pages', { name: 'npm' })).toEqual([]);
    expect(renderDeployFiles('none', { name: 'npm' })).toEqual([]);
  });
});

describe('README', () => {
  it('uses the package manager and puts the chosen host first', () => {
    const readme = renderReadme({
      title: 'Blog Bu Ani',
      pm: { name: 'pnpm' },
      deploy: 'cloudflare-pages',
      samplePost: 'src/content/posts/selamat-datang.md',
      lessonExample: { mapel: 'ipa', kelas: 7 },
    });
    expect(readme).toMatch(/^# Blog Bu Ani/);
    expect(readme).toContain('pnpm install');
    expect(readme).toContain('pnpm dev');
    expect(readme).toContain('pnpm exec guru-blog new lesson --mapel ipa --kelas 7 --jenis modul-ajar --judul "Judul Pelajaran"');
    expect(readme.indexOf('### Cloudflare Pages')).toBeLessThan(readme.indexOf('### Netlify'));
    // How to put a video or an applet in a post, as the theme supports it.
    expect(readme).toMatch(/GeoGebra, atau PhET sendirian di satu baris/);
    expect(readme).toContain('`<iframe …>`');
  });
});

describe('sample lesson', () => {
  it('reads the jenjang from the school name', () => {
    expect(jenjangOfSchool('SMP Negeri 3 Yogyakarta')).toBe('smp');
    expect(jenjangOfSchool('MTs Al-Hikmah')).toBe('smp');
    expect(jenjangOfSchool('SDN 1 Bantul')).toBe('sd');
    expect(jenjangOfSchool('MA Negeri 1 Sleman')).toBe('sma');
    expect(jenjangOfSchool('SMK Negeri 2 Depok')).toBe('smk');
    expect(jenjangOfSchool('TK Pertiwi')).toBe('paud');
    expect(jenjangOfSchool('Sekolah Alam')).toBeUndefined();
  });

  it("is the theme's skeleton for the first subject, published, at a jenjang the subject is taught", () => {
    const today = new Date(2026, 6, 15);
    const ipa = renderSampleLesson('ipa', 'SMP Negeri 1', today);
    expect(ipa.path).toBe('src/content/lessons/contoh-modul-ajar-ilmu-pengetahuan-alam.md');
    expect(ipa.content).toMatch(/^subject: ipa$/m);
    expect(ipa.content).toMatch(/^jenjang: smp$/m);
    expect(ipa.content).toMatch(/^grades: \[7\]$/m);
    expect(ipa.content).toMatch(/^procedure:/m); // the science family's own section
    expect(ipa.content).not.toMatch(/^draft:/m);
    // Biologi is not an SD subject: the school's jenjang gives way to the subject's.
    expect(renderSampleLesson('biologi', 'SD Negeri 1', today).content).toMatch(/^jenjang: sma$/m);
  });

  it("gives the README's `new lesson` example a grade the subject is taught in, which the CLI accepts", async () => {
    const { planLesson } = await import('@guru-blog/theme/scaffold');
    const today = new Date(2026, 6, 15);
    // IPAS is taught from grade 3 (a fixed --kelas 7 was refused); PAUD has no grades.
    const cases = [
      ['ipas', 'SD Negeri 1', 3],
      ['ipa', 'SMP Negeri 1', 7],
      ['pembelajaran-paud', 'TK Pertiwi', undefined],
    ] as const;
    for (const [subject, school, kelas] of cases) {
      const lesson = renderSampleLesson(subject, school, today);
      expect({ mapel: lesson.mapel, kelas: lesson.kelas }, subject).toEqual({ mapel: subject, kelas });
      const readme = renderReadme({
        title: 'Blog',
        pm: { name: 'npm' },
        deploy: 'none',
        samplePost: 'src/content/posts/selamat-datang.md',
        lessonExample: { mapel: lesson.mapel, ...(lesson.kelas ? { kelas: lesson.kelas } : {}) },
      });
      const flags = kelas === undefined ? `--mapel ${subject} --jenis` : `--mapel ${subject} --kelas ${kelas} --jenis`;
      expect(readme).toContain(`npx guru-blog new lesson ${flags} modul-ajar --judul "Judul Pelajaran"`);
      expect(() =>
        planLesson({ mapel: subject, ...(kelas ? { kelas: String(kelas) } : {}), jenis: 'modul-ajar', judul: 'Judul Pelajaran' }, today),
      ).not.toThrow();
    }
  });
});

describe('template values in sentences', () => {
  it('lets a name that ends with a full stop end the sentence: no "S.Pd.."', async () => {
    const { fill } = await import('../src/plan.ts');
    expect(fill('Halo! Saya {{author}}. Di blog ini', { author: 'Ani Lestari, S.Pd.' })).toBe('Halo! Saya Ani Lestari, S.Pd. Di blog ini');
    expect(fill('Halo! Saya {{author}}. Di blog ini', { author: 'Ani Lestari' })).toBe('Halo! Saya Ani Lestari. Di blog ini');
    expect(fill('{{ unknown }} tetap', {})).toBe('{{ unknown }} tetap');
  });

  it("gives every subject a welcome post without another subject's material, and one place for images", async () => {
    const post = readFileSync(new URL('../../../templates/blog/src/content/posts/selamat-datang.md', import.meta.url), 'utf8');
    expect(post).not.toMatch(/pecahan/i);
    expect(post).toContain('![keterangan](./gambar.jpg)');
    const skeleton = readFileSync(new URL('../../theme/src/cli/skeletons/post.ts', import.meta.url), 'utf8');
    expect(skeleton).toContain('![keterangan gambar](./nama-gambar.jpg)');
    expect(skeleton).not.toContain('assets/');
  });
});
