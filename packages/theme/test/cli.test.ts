// The `guru-blog` CLI: the real bin spawned with this Node in temporary folders, plus the pure
// functions behind it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { oldNode } from '@guru-blog/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Family, minutesPerJp, PROFILE_SETS, SUBJECTS } from '../src/catalog/index.ts';
import { parseCli } from '../src/cli/args.ts';
import { CliError, type Io } from '../src/cli/context.ts';
import { run } from '../src/cli/index.ts';
import {
  academicYearOf,
  checkPlacement,
  formatGrades,
  inferJenjang,
  isoDate,
  parseDocType,
  parseGrades,
  parseJenjang,
  resolveSubject,
  semesterOf,
} from '../src/cli/lesson-input.ts';
import { translator } from '../src/cli/messages.ts';
import { planLesson } from '../src/cli/new-lesson.ts';
import { parseTags } from '../src/cli/new-post.ts';
import { buildActivities, jpPerMeeting, meetingParts, splitMinutes } from '../src/cli/skeletons/activities.ts';
import { KIND_PLACEHOLDERS, materiBody, SKELETONS, sectionComments, sectionData } from '../src/cli/skeletons/index.ts';
import { toFrontmatter } from '../src/cli/skeletons/yaml.ts';
import { slugFromTitle } from '../src/cli/slug.ts';
import { TEMPLATES_DIR, templateFiles } from '../src/cli/write-templates.ts';
import { detectLang } from '../src/kit/index.ts';
import { FAMILY_DEFINITIONS } from '../src/lessons/families/index.ts';
import { SCRIPTED_CANCEL, type ScriptedAnswer, ScriptedPrompter } from '../src/prompts/index.ts';

const BIN = fileURLToPath(new URL('../bin/guru-blog.mjs', import.meta.url));
const THEME = fileURLToPath(new URL('..', import.meta.url));
const TODAY = isoDate(new Date());
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guru-blog-cli-'));
  temps.push(dir);
  return dir;
}

/** Runs the real bin; the locale is Indonesian unless the test says otherwise. */
function cli(args: string[], cwd: string, env: Record<string, string> = {}, bin = BIN) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'id_ID.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Step = string | { text: string; minutes?: number };
type Part = { minutes: number; steps: Step[] };
type Lesson = Record<string, unknown> & {
  activities: { meeting: number; opening: Part; core: Part; closing: Part }[];
  timeAllocation: { jp: number; meetings: number; minutesPerJp?: number };
};

function readLesson(file: string): { data: Lesson; body: string } {
  const [, yaml, body] = readFileSync(file, 'utf8').split(/^---$/m);
  return { data: parse(yaml!) as Lesson, body: body! };
}

const headings = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

/** The section fields each family's frontmatter must have, in page order (the theme's families). */
const FAMILY_CASES: { family: Family; mapel: string; kelas: string; jenis: string; jenjang: string; grades: number[]; fields: string[] }[] = [
  { family: 'math', mapel: 'Matematika', kelas: '7', jenis: 'modul-ajar', jenjang: 'smp', grades: [7], fields: ['formulas', 'workedExamples', 'exercises'] },
  {
    family: 'science',
    mapel: 'IPAS',
    kelas: '3,4',
    jenis: 'rpm',
    jenjang: 'sd',
    grades: [3, 4],
    fields: ['tools', 'labMaterials', 'safety', 'procedure', 'observationTable', 'conclusion'],
  },
  { family: 'language', mapel: 'bahasa-indonesia', kelas: '10', jenis: 'rpp', jenjang: 'sma', grades: [10], fields: ['readingText', 'vocabulary', 'audio'] },
  { family: 'social', mapel: 'sejarah', kelas: '11,12', jenis: 'rpm', jenjang: 'sma', grades: [11, 12], fields: ['historicalSources', 'maps', 'timeline'] },
  {
    family: 'pjok',
    mapel: 'Penjas',
    kelas: '5',
    jenis: 'modul-ajar',
    jenjang: 'sd',
    grades: [5],
    fields: ['equipment', 'warmUp', 'movementActivities', 'fieldSafety'],
  },
  { family: 'arts', mapel: 'seni-rupa', kelas: '8', jenis: 'rpm', jenjang: 'smp', grades: [8], fields: ['artMedia', 'works', 'appreciation'] },
  { family: 'informatics', mapel: 'KKA', kelas: '5,6', jenis: 'rpm', jenjang: 'sd', grades: [5, 6], fields: ['codeExamples', 'unplugged'] },
  { family: 'religion-civics', mapel: 'PPKn', kelas: '9', jenis: 'modul-ajar', jenjang: 'smp', grades: [9], fields: ['values', 'discussion'] },
  { family: 'general', mapel: 'konsentrasi-keahlian', kelas: '11', jenis: 'rpm', jenjang: 'smk', grades: [11], fields: [] },
];

/** Every family field any lesson may have (none of another family's may appear). */
const ALL_FIELDS = Object.values(FAMILY_DEFINITIONS).flatMap((f) => f.sections.map((s) => s.field));

/** The comment lines written right above a top-level key. */
function commentAbove(text: string, key: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.startsWith(`${key}:`));
  const comments: string[] = [];
  for (let i = at - 1; i >= 0 && lines[i]!.startsWith('# '); i--) comments.unshift(lines[i]!.slice(2));
  return comments.join('\n');
}

describe('guru-blog new lesson (spawned)', () => {
  const cwd = tempDir();

  for (const c of FAMILY_CASES) {
    it(`writes a ${c.family} ${c.jenis} skeleton for ${c.mapel} kelas ${c.kelas}`, () => {
      const title = `Uji ${c.family}: "kutip" & #tanda`;
      const out = cli(['new', 'lesson', '--mapel', c.mapel, '--kelas', c.kelas, '--jenis', c.jenis, '--judul', title, '--jp', '3', '--pertemuan', '2'], cwd);
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0);
      const file = join(cwd, 'src/content/lessons', `${slugFromTitle(title)}.md`);
      expect(out.stdout).toContain(`src/content/lessons/${slugFromTitle(title)}.md`);

      const { data, body } = readLesson(file);
      const subject = SUBJECTS.find((s) => s.slug === data.subject)!;
      expect(subject.family).toBe(c.family);
      expect(data).toMatchObject({
        title,
        topic: title,
        docType: c.jenis,
        jenjang: c.jenjang,
        grades: c.grades,
        license: 'CC-BY-SA-4.0',
        date: TODAY,
        draft: true,
      });
      expect(data.curriculum).toBe(c.jenis === 'rpm' ? 'merdeka-pm' : 'merdeka');
      expect(data.timeAllocation).toEqual({ jp: 3, meetings: 2 });
      expect((data.objectives as string[]).length).toBeGreaterThan(0);
      expect(Object.keys(data.assessment as object)).toEqual(['diagnostic', 'formative', 'summative']);

      const set = PROFILE_SETS[c.jenis === 'rpm' ? 'dimensi-profil-lulusan' : 'profil-pelajar-pancasila'];
      const profile = data.profileDimensions as string[];
      expect(profile.length).toBeGreaterThan(0);
      for (const key of profile) expect(set.dimensions.map((d) => d.key)).toContain(key);

      // Minutes: each part is the sum of its steps; all meetings fit jp × minutesPerJp.
      expect(data.activities).toHaveLength(2);
      let total = 0;
      for (const meeting of data.activities) {
        for (const part of [meeting.opening, meeting.core, meeting.closing]) {
          const steps = part.steps.map((s) => (typeof s === 'string' ? 0 : (s.minutes ?? 0)));
          expect(steps.every((m) => m > 0)).toBe(true);
          expect(steps.reduce((a, b) => a + b, 0)).toBe(part.minutes);
          total += part.minutes;
        }
      }
      const perJp = minutesPerJp(c.jenjang as 'sd')!;
      expect(total).toBeLessThanOrEqual(3 * perJp);
      expect(total).toBe(3 * perJp);

      // The family's sections are frontmatter fields, in page order, each with a comment saying what to write.
      expect(FAMILY_DEFINITIONS[c.family].sections.map((s) => s.field)).toEqual(c.fields);
      const text = readFileSync(file, 'utf8');
      const keys = Object.keys(data);
      expect(keys.filter((k) => ALL_FIELDS.includes(k))).toEqual(c.fields);
      if (c.fields.length) expect(keys.slice(keys.indexOf('activities') + 1, keys.indexOf('assessment'))).toEqual(c.fields);
      for (const field of c.fields) {
        const value = data[field];
        expect(value, field).toBeTruthy();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
        expect(commentAbove(text, field), field).toMatch(/^(.+\n)*[^:\n]+: \S/);
      }
      if (c.fields.length) expect(commentAbove(text, c.fields[0]!)).toContain('Bagian khusus mapel ini');

      // The body is one "Materi" guidance paragraph: no `##` sections duplicating the fields.
      expect(headings(body)).toEqual([]);
      expect(body.trim()).toMatch(/^_Tulis materi di sini: [^\n]+_$/);
      expect(body).not.toContain('<details');
    });
  }

  it("writes each section in its kind's shape: table, qa with answers, code, paragraphs", () => {
    const lesson = (family: Family) => readLesson(join(cwd, 'src/content/lessons', `${slugFromTitle(`Uji ${family}: "kutip" & #tanda`)}.md`));
    const science = lesson('science').data;
    expect(science.observationTable).toEqual({
      caption: expect.any(String),
      columns: ['No.', 'Perlakuan', 'Hasil Pengamatan', 'Keterangan'],
      rows: [
        [1, '', '', ''],
        [2, '', '', ''],
        [3, '', '', ''],
      ],
    });
    expect(readFileSync(join(cwd, 'src/content/lessons', `${slugFromTitle('Uji science: "kutip" & #tanda')}.md`), 'utf8')).toContain(
      '  columns: [No., Perlakuan, Hasil Pengamatan, Keterangan]\n  rows:\n    - [1, "", "", ""]\n',
    );
    expect(typeof science.conclusion).toBe('string');

    const math = lesson('math').data as Record<string, { question: string; answer?: string }[]>;
    expect(math.formulas).toEqual([expect.stringMatching(/\\frac\{a\}\{b\}/)]);
    for (const field of ['workedExamples', 'exercises']) {
      expect(math[field]!.length).toBeGreaterThan(0);
      for (const item of math[field]!) expect(item).toEqual({ question: expect.stringMatching(/^Tulis /), answer: expect.stringMatching(/^Tulis /) });
    }
    const mathText = readFileSync(join(cwd, 'src/content/lessons', `${slugFromTitle('Uji math: "kutip" & #tanda')}.md`), 'utf8');
    expect(commentAbove(mathText, 'exercises')).toContain('dicetak di halaman terakhir "Kunci Jawaban"');
    expect(commentAbove(mathText, 'workedExamples')).toContain('$x^2 + 1$');

    const [code] = lesson('informatics').data.codeExamples as { language: string; code: string }[];
    expect(code!.language).toBe('python');
    expect(code!.code.split('\n').length).toBeGreaterThan(2);
    expect((lesson('language').data.readingText as string).split('\n\n').length).toBeGreaterThan(1);
    expect(lesson('social').data.timeline).toEqual(expect.arrayContaining([{ when: expect.anything(), event: expect.any(String) }]));
  });

  it('refuses to overwrite: exit 1, file unchanged, the message names the file and another --judul', () => {
    const args = ['new', 'lesson', '--mapel', 'matematika', '--kelas', '7', '--jenis', 'rpm', '--judul', 'Pecahan Senilai'];
    expect(cli(args, cwd).code).toBe(0);
    const file = join(cwd, 'src/content/lessons/pecahan-senilai.md');
    writeFileSync(file, 'catatan guru yang tidak boleh hilang\n');
    const again = cli(args, cwd);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('src/content/lessons/pecahan-senilai.md');
    expect(again.stderr).toContain('sudah ada');
    expect(again.stderr).toContain('--judul "Pecahan Senilai 2"');
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('catatan guru yang tidak boleh hilang\n');
  });

  it('suggests the nearest subject for a typo and says how to list them', () => {
    const out = cli(['new', 'lesson', '--mapel', 'matemtika', '--kelas', '7', '--jenis', 'rpm', '--judul', 'Salah Ketik'], cwd);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("mapel 'matemtika' tidak dikenal; maksud Anda 'matematika'?");
    expect(out.stderr).toContain('guru-blog mapel');
    expect(existsSync(join(cwd, 'src/content/lessons/salah-ketik.md'))).toBe(false);
  });

  it('refuses a kelas the subject or jenjang does not have, saying where it is taught', () => {
    const ipas = cli(['new', 'lesson', '--mapel', 'ipas', '--kelas', '8', '--jenis', 'rpm', '--judul', 'Kelas Salah'], cwd);
    expect(ipas.code).toBe(1);
    expect(ipas.stderr).toContain('tidak diajarkan di SMP');
    expect(ipas.stderr).toContain('SD kelas 3–6');
    const fisika = cli(['new', 'lesson', '--mapel', 'fisika', '--kelas', '7', '--jenis', 'rpm', '--judul', 'Kelas Salah'], cwd);
    expect(fisika.stderr).toContain('SMA kelas 10–12');
    const lanjut = cli(['new', 'lesson', '--mapel', 'matematika-tingkat-lanjut', '--kelas', '10', '--jenis', 'rpm', '--judul', 'Kelas Salah'], cwd);
    expect(lanjut.code).toBe(1);
    expect(lanjut.stderr).toContain('tidak diajarkan di kelas 10 SMA');
    expect(lanjut.stderr).toContain('SMA kelas 11–12');
    const jenjang = cli(['new', 'lesson', '--mapel', 'matematika', '--kelas', '8', '--jenjang', 'sd', '--jenis', 'rpm', '--judul', 'Kelas Salah'], cwd);
    expect(jenjang.code).toBe(1);
    expect(jenjang.stderr).toContain('kelas 8 bukan kelas SD (SD: kelas 1–6)');
    const phases = cli(['new', 'lesson', '--mapel', 'matematika', '--kelas', '4,5', '--jenis', 'rpm', '--judul', 'Kelas Salah'], cwd);
    expect(phases.stderr).toContain('fase yang berbeda (B, C)');
    expect(existsSync(join(cwd, 'src/content/lessons/kelas-salah.md'))).toBe(false);
  });

  it('infers SMK for grade 13 and for SMK-only subjects, and honours --jenjang and --dir', () => {
    const out = cli(['new', 'lesson', '--mapel', 'pkl', '--kelas', '13', '--jenis', 'modul-ajar', '--judul', 'Laporan PKL', '--dir', 'materi/rpp'], cwd);
    expect(out.code).toBe(0);
    const { data } = readLesson(join(cwd, 'materi/rpp/laporan-pkl.md'));
    expect(data).toMatchObject({ subject: 'praktik-kerja-lapangan', jenjang: 'smk', grades: [13] });
    const ma = cli(
      ['new', 'lesson', '--mapel', 'fikih', '--kelas', 'X', '--jenjang', 'MA', '--jenis', 'rpp', '--judul', 'Fikih Muamalah', '--semester', '2'],
      cwd,
    );
    expect(ma.code).toBe(0);
    expect(readLesson(join(cwd, 'src/content/lessons/fikih-muamalah.md')).data).toMatchObject({ jenjang: 'sma', grades: [10], semester: 2 });
  });

  it('writes a PAUD plan without grades or JP', () => {
    const out = cli(['new', 'lesson', '--mapel', 'TK', '--jenis', 'rpp', '--judul', 'Mengenal Warna'], cwd);
    expect(out.code).toBe(0);
    const { data } = readLesson(join(cwd, 'src/content/lessons/mengenal-warna.md'));
    expect(data).toMatchObject({ subject: 'pembelajaran-paud', jenjang: 'paud', grades: [] });
    expect(data.timeAllocation).toBeUndefined();
  });

  it('keeps the typed name of a catch-all subject as subjectLabel', () => {
    expect(cli(['new', 'lesson', '--mapel', 'Bahasa Jawa', '--kelas', '4', '--jenis', 'modul-ajar', '--judul', 'Aksara Jawa'], cwd).code).toBe(0);
    expect(readLesson(join(cwd, 'src/content/lessons/aksara-jawa.md')).data).toMatchObject({ subject: 'bahasa-daerah', subjectLabel: 'Bahasa Jawa' });
  });
});

describe('guru-blog usage errors, help, mapel, English (spawned)', () => {
  const cwd = tempDir();

  it('exits 2 for usage errors, with a hint and no stack trace', () => {
    const unknown = cli(['new', 'lesson', '--judl', 'x'], cwd);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("opsi '--judl' tidak dikenal");
    const missing = cli(['new', 'lesson', '--mapel', 'matematika', '--kelas', '7'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--jenis, --judul');
    const unquoted = cli(['new', 'lesson', '--mapel', 'matematika', '--kelas', '7', '--jenis', 'rpm', '--judul', 'Pecahan', 'Senilai'], cwd);
    expect(unquoted.code).toBe(2);
    expect(unquoted.stderr).toContain("'Senilai' tidak diharapkan");
    const command = cli(['buat'], cwd);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("perintah 'buat' tidak dikenal");
    const jenis = cli(['new', 'lesson', '--mapel', 'matematika', '--kelas', '7', '--jenis', 'silabus', '--judul', 'x'], cwd);
    expect(jenis.code).toBe(2);
    expect(jenis.stderr).toContain('modul-ajar, rpp, rpm');
    for (const out of [unknown, missing, unquoted, command, jenis]) expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(cwd, 'src'))).toBe(false);
  });

  it('prints Indonesian help for --help and new --help', () => {
    const main = cli(['--help'], cwd);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Pemakaian:');
    expect(main.stdout).toContain('guru-blog new lesson');
    const sub = cli(['new', '--help'], cwd);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--pertemuan <n>');
    expect(sub.stdout).toContain('File yang sudah ada tidak pernah ditimpa.');
    expect(cli(['new', 'lesson', '--help'], cwd).stdout).toBe(sub.stdout);
  });

  it('lists all 58 subjects, and those of one jenjang', () => {
    const out = cli(['mapel'], cwd);
    expect(out.code).toBe(0);
    const rows = out.stdout.split('\n').filter((line) => /^[a-z0-9-]+ {2,}\S/.test(line));
    expect(rows).toHaveLength(58);
    expect(rows.map((r) => r.split(' ')[0])).toEqual(SUBJECTS.map((s) => s.slug));
    expect(out.stdout).toContain('58 mapel.');
    const smp = cli(['mapel', '--jenjang', 'smp'], cwd);
    const smpRows = smp.stdout.split('\n').filter((line) => /^[a-z0-9-]+ {2,}\S/.test(line));
    expect(smpRows.length).toBe(SUBJECTS.filter((s) => s.jenjang.includes('smp')).length);
    expect(smpRows.every((r) => r.includes('SMP'))).toBe(true);
  });

  it('lists the subjects when --mapel has no value', () => {
    const out = cli(['new', 'lesson', '--mapel', '--kelas', '7', '--jenis', 'rpm', '--judul', 'x'], cwd);
    expect(out.code).toBe(2);
    expect(out.stdout).toContain('matematika');
    expect(out.stdout.split('\n').filter((line) => /^[a-z0-9-]+ {2,}\S/.test(line))).toHaveLength(58);
    expect(out.stderr).toContain('--mapel matematika');
  });

  it('speaks English with --lang en or an English locale; --lang id wins over the locale', () => {
    const flag = cli(['new', 'lesson', '--mapel', 'matemtika', '--kelas', '7', '--jenis', 'rpm', '--judul', 'x', '--lang', 'en'], cwd);
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain("Error: unknown subject (mapel) 'matemtika'; did you mean 'matematika'?");
    const locale = cli(['--help'], cwd, { LANG: 'en_US.UTF-8' });
    expect(locale.stdout).toContain('Usage:');
    const all = cli(['mapel'], cwd, { LC_ALL: 'en_GB.UTF-8' });
    expect(all.stdout).toContain('58 subjects.');
    expect(all.stdout).toContain('Matematika (Mathematics)');
    expect(cli(['--help', '--lang', 'id'], cwd, { LANG: 'en_US.UTF-8' }).stdout).toContain('Pemakaian:');
    expect(cli(['--lang', 'de'], cwd).code).toBe(2);
  });
});

describe('guru-blog new lesson without all its options (spawned, no terminal)', () => {
  const cwd = tempDir();
  const EXAMPLE = 'Contoh: guru-blog new lesson --mapel matematika --kelas 7 --jenis rpm --judul "Pecahan Senilai"';

  it('names the missing options with an example, in both languages', () => {
    const id = cli(['new', 'lesson', '--mapel', 'ipa'], cwd);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe(`Galat: opsi wajib belum diisi: --kelas, --jenis, --judul\n${EXAMPLE}\n`);
    const en = cli(['new', 'lesson', '--mapel', 'ipa', '--lang', 'en'], cwd);
    expect(en.stderr).toBe(
      'Error: required options missing: --kelas, --jenis, --judul\nExample: guru-blog new lesson --mapel matematika --kelas 7 --jenis rpm --judul "Pecahan Senilai"\n',
    );
  });

  it('says to add -- when npm kept the options for itself (npm run lesson:new --mapel ipa)', () => {
    const env = { npm_lifecycle_event: 'lesson:new', npm_config_mapel: 'ipa', npm_config_judul: 'Zat dan Wujudnya' };
    const out = cli(['new', 'lesson'], cwd, env);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      `Galat: opsi wajib belum diisi: --mapel, --kelas, --jenis, --judul\n${EXAMPLE}\n` +
        'npm mengambil opsi --mapel ipa --judul "Zat dan Wujudnya" untuk dirinya sendiri. Tulis -- sebelum opsi, misalnya: npm run lesson:new -- --mapel ipa --judul "Zat dan Wujudnya"\n',
    );
  });
});

describe('guru-blog new post (spawned)', () => {
  const cwd = tempDir();

  it('writes a draft post skeleton and refuses to overwrite it', () => {
    const out = cli(['new', 'post', '--judul', 'Hari Pertama: Yes!', '--tags', 'refleksi, kelas 7,,refleksi'], cwd);
    expect(out.code).toBe(0);
    const file = join(cwd, 'src/content/posts/hari-pertama-yes.md');
    expect(out.stdout).toContain('src/content/posts/hari-pertama-yes.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`pubDate: ${TODAY}\n`);
    const data = parse(text.split(/^---$/m)[1]!);
    expect(data).toEqual({ title: 'Hari Pertama: Yes!', description: '', pubDate: TODAY, tags: ['refleksi', 'kelas 7'], draft: true });

    const again = cli(['new', 'post', '--judul', 'Hari Pertama: Yes!'], cwd);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('src/content/posts/hari-pertama-yes.md');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('refuses lesson options', () => {
    const out = cli(['new', 'post', '--judul', 'x', '--mapel', 'matematika'], cwd);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("'--mapel' tidak dipakai oleh 'new post'");
  });
});

describe('guru-blog launcher', () => {
  it('runs from an installed package under node_modules: the built CLI, without the TypeScript sources', () => {
    const site = tempDir();
    const pkg = join(site, 'node_modules/@guru-blog/theme');
    mkdirSync(pkg, { recursive: true });
    // What the package publishes for its CLI: the launcher, the build, and the plain-JavaScript
    // modules the launcher reads (the Node floor, the kit's language rule and translator).
    mkdirSync(join(pkg, 'src'), { recursive: true });
    for (const part of ['bin', 'dist', 'src/node', 'src/kit', 'package.json']) cpSync(join(THEME, part), join(pkg, part), { recursive: true });
    symlinkSync(realpathSync(join(THEME, 'node_modules/yaml')), join(site, 'node_modules/yaml'), 'dir');
    const out = cli(
      ['new', 'lesson', '--mapel', 'ipa', '--kelas', '7', '--jenis', 'rpm', '--judul', 'Zat dan Wujudnya'],
      site,
      {},
      join(pkg, 'bin/guru-blog.mjs'),
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(readLesson(join(site, 'src/content/lessons/zat-dan-wujudnya.md')).data).toMatchObject({ subject: 'ipa', jenjang: 'smp' });
  });

  it('tells in Indonesian, or in English, how to upgrade an old Node.js (22.11, from the npm registry)', () => {
    const old = oldNode('22.11.0');
    const result = spawnSync(old, [BIN, '--help'], { encoding: 'utf8', env: { ...process.env, LANG: 'id_ID.UTF-8', LC_ALL: '' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Guru Blog membutuhkan Node.js 22.12.0 atau lebih baru (terpasang: v22.11.0)');
    expect(result.stderr).toContain('https://nodejs.org');
    const english = spawnSync(old, [BIN, 'new', 'post', '--lang', 'en'], { encoding: 'utf8', env: { ...process.env, LANG: 'id_ID.UTF-8', LC_ALL: '' } });
    expect(english.stderr).toContain('Guru Blog needs Node.js 22.12.0 or newer (installed: v22.11.0)');
  }, 300_000);

  it("picks the old-Node message's language by the kit's one rule: --lang, then LC_ALL, LC_MESSAGES, LANG", () => {
    const old = oldNode('22.11.0');
    const cases: { argv: string[]; env: Record<string, string>; lang: 'id' | 'en' }[] = [
      { argv: ['--help'], env: { LANG: 'en_US.UTF-8' }, lang: 'en' },
      { argv: ['new', 'post', '--lang=en'], env: { LANG: 'id_ID.UTF-8' }, lang: 'en' },
      { argv: ['--lang=EN'], env: { LANG: 'id_ID.UTF-8' }, lang: 'en' },
      { argv: ['--lang', 'id'], env: { LANG: 'en_US.UTF-8' }, lang: 'id' },
      // An unknown --lang is not guessed at: the locale decides (the CLI then refuses the value).
      { argv: ['--lang', 'de'], env: { LANG: 'en_US.UTF-8' }, lang: 'en' },
      // After `--` a word is not an option.
      { argv: ['new', 'post', '--', '--lang=en'], env: { LANG: 'id_ID.UTF-8' }, lang: 'id' },
      { argv: ['--help'], env: { LC_ALL: 'en_GB.UTF-8', LANG: 'id_ID.UTF-8' }, lang: 'en' },
      { argv: ['--help'], env: { LC_ALL: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' }, lang: 'id' },
      { argv: ['--help'], env: { LC_MESSAGES: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' }, lang: 'en' },
      { argv: ['--help'], env: { LC_ALL: 'C', LANG: 'en_US.UTF-8' }, lang: 'id' },
    ];
    const first = {
      id: 'Guru Blog membutuhkan Node.js 22.12.0 atau lebih baru (terpasang: v22.11.0).',
      en: 'Guru Blog needs Node.js 22.12.0 or newer (installed: v22.11.0).',
    };
    for (const { argv, env, lang } of cases) {
      const label = `${argv.join(' ')} ${JSON.stringify(env)}`;
      expect(detectLang(argv, env).lang, label).toBe(lang);
      const result = spawnSync(old, [BIN, ...argv], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
      expect(result.status, label).toBe(1);
      expect(result.stderr.split('\n')[0], label).toBe(first[lang]);
    }
  }, 300_000);
});

describe('guru-blog dev', () => {
  it("starts the site's Astro without telemetry and without Astro's English upgrade advice", () => {
    const site = tempDir();
    const astro = join(site, 'node_modules/astro');
    mkdirSync(join(astro, 'bin'), { recursive: true });
    writeFileSync(join(astro, 'package.json'), JSON.stringify({ name: 'astro', version: '7.3.5', type: 'module' }));
    // A stand-in that says how it was started.
    writeFileSync(
      join(astro, 'bin/astro.mjs'),
      'console.log(JSON.stringify({ argv: process.argv.slice(2), update: process.env.ASTRO_DISABLE_UPDATE_CHECK, telemetry: process.env.ASTRO_TELEMETRY_DISABLED }));\n',
    );
    const quiet = cli(['dev', '--port', '4400'], site, { ASTRO_DISABLE_UPDATE_CHECK: '', ASTRO_TELEMETRY_DISABLED: '' });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(JSON.parse(quiet.stdout)).toEqual({ argv: ['dev', '--port', '4400'], update: 'true', telemetry: '1' });
  });
});

describe('run() with injected io', () => {
  function io(cwd: string, answers?: ScriptedAnswer[], env: Record<string, string> = {}): Io & { out: string; err: string; prompt: ScriptedPrompter } {
    const prompt = new ScriptedPrompter(answers ?? []);
    const self = {
      cwd,
      env: { LANG: 'id_ID.UTF-8', ...env },
      now: () => new Date(2025, 7, 4, 9, 30),
      out: '',
      err: '',
      prompt,
      stdout: (text: string) => {
        self.out += text;
      },
      stderr: (text: string) => {
        self.err += text;
      },
      ...(answers ? { prompter: async () => prompt } : {}),
    };
    return self;
  }

  it('asks for missing options on a terminal, each answer checked as its flag is, and uses the injected date', async () => {
    const cwd = tempDir();
    const terminal = io(cwd, ['pjok', '14', '4', 'rpm', '', 'Lompat Jauh']);
    expect(await run(['new', 'lesson'], terminal), terminal.err).toBe(0);
    expect(terminal.prompt.asked).toEqual([
      'Mata pelajaran?',
      'Kelas berapa? (mis. 7, atau 7,8)',
      'Kelas berapa? (mis. 7, atau 7,8)',
      'Jenis dokumen?',
      'Judul pelajaran?',
      'Judul pelajaran?',
    ]);
    expect(terminal.prompt.rejected).toEqual([
      "kelas '14' tidak dikenal; tulis angka 1–13, misalnya --kelas 7 atau --kelas 7,8",
      'Belum diisi; tulis dulu, lalu tekan Enter.',
    ]);
    const { data } = readLesson(join(cwd, 'src/content/lessons/lompat-jauh.md'));
    expect(data).toMatchObject({ subject: 'pjok', grades: [4], jenjang: 'sd', date: '2025-08-04', semester: 1, academicYear: '2025/2026' });
  });

  it('asks only what the flags left out, and says what npm kept for itself before asking', async () => {
    const cwd = tempDir();
    const env = { npm_lifecycle_event: 'lesson:new', npm_config_mapel: 'ipa' };
    const terminal = io(cwd, ['ipa', 'Zat dan Wujudnya'], env);
    expect(await run(['new', 'lesson', '--kelas', '7', '--jenis', 'rpm'], terminal)).toBe(0);
    expect(terminal.prompt.asked).toEqual(['Mata pelajaran?', 'Judul pelajaran?']);
    expect(terminal.prompt.text_('warn')).toBe(
      'npm mengambil opsi --mapel ipa untuk dirinya sendiri. Tulis -- sebelum opsi, misalnya: npm run lesson:new -- --mapel ipa',
    );
    expect(readLesson(join(cwd, 'src/content/lessons/zat-dan-wujudnya.md')).data).toMatchObject({ subject: 'ipa', grades: [7], docType: 'rpm' });
  });

  it('Ctrl-C at a question writes nothing and says so', async () => {
    const cwd = tempDir();
    const terminal = io(cwd, ['matematika', SCRIPTED_CANCEL]);
    expect(await run(['new', 'lesson'], terminal)).toBe(130);
    expect(terminal.err).toBe('Dibatalkan; tidak ada berkas yang dibuat.\n');
    expect(existsSync(join(cwd, 'src'))).toBe(false);
  });

  it('without a terminal names the missing flags with an example', async () => {
    const terminal = io(tempDir());
    expect(await run(['new', 'lesson', '--mapel', 'matematika'], terminal)).toBe(2);
    expect(terminal.err).toContain('opsi wajib belum diisi: --kelas, --jenis, --judul');
  });

  it('new post asks for the title', async () => {
    const cwd = tempDir();
    const terminal = io(cwd, ['', 'Belajar di Kebun']);
    expect(await run(['new', 'post'], terminal)).toBe(0);
    expect(terminal.prompt.asked).toEqual(['Judul tulisan?', 'Judul tulisan?']);
    expect(existsSync(join(cwd, 'src/content/posts/belajar-di-kebun.md'))).toBe(true);
  });
});

describe('pure functions', () => {
  const t = translator('id');
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof CliError) return { code: error.code, message: error.render(t) };
      throw error;
    }
    return undefined;
  };

  it('parseGrades: numbers, lists, ranges, Roman numerals', () => {
    expect(parseGrades('7')).toEqual([7]);
    expect(parseGrades('8, 7,7')).toEqual([7, 8]);
    expect(parseGrades('10-12')).toEqual([10, 11, 12]);
    expect(parseGrades('VII')).toEqual([7]);
    expect(parseGrades('kelas XIII')).toEqual([13]);
    for (const bad of ['abc', '0', '14', '9-7', '', '1-2-3']) expect(code(() => parseGrades(bad))?.code, bad).toBe(2);
  });

  it('parseDocType, parseJenjang', () => {
    expect(parseDocType('Modul Ajar')).toBe('modul-ajar');
    expect(parseDocType('modul')).toBe('modul-ajar');
    expect(parseDocType('RPM')).toBe('rpm');
    expect(code(() => parseDocType('silabus'))?.code).toBe(2);
    expect(parseJenjang('SMP')).toBe('smp');
    expect(parseJenjang('MTs')).toBe('smp');
    expect(parseJenjang('MAK')).toBe('smk');
    expect(code(() => parseJenjang('kuliah'))?.code).toBe(2);
  });

  it('resolveSubject: slug, name, alias; a typo gets a suggestion', () => {
    expect(resolveSubject('PPKn').subject.slug).toBe('pendidikan-pancasila');
    expect(resolveSubject('Bahasa Indonesia').subject.slug).toBe('bahasa-indonesia');
    expect(resolveSubject('informatika')).toEqual({ subject: SUBJECTS.find((s) => s.slug === 'informatika') });
    expect(resolveSubject('PLH')).toMatchObject({ subjectLabel: 'PLH' });
    expect(code(() => resolveSubject('matemtika'))).toEqual({
      code: 1,
      message: "mapel 'matemtika' tidak dikenal; maksud Anda 'matematika'?\nLihat daftar mapel: guru-blog mapel",
    });
    expect(code(() => resolveSubject('zzzzzz'))?.message).toBe("mapel 'zzzzzz' tidak dikenal\nLihat daftar mapel: guru-blog mapel");
  });

  it('inferJenjang: SD, SMP, SMA by default for 10–12, SMK for 13 and SMK-only subjects', () => {
    const s = (slug: string) => SUBJECTS.find((x) => x.slug === slug)!;
    expect(inferJenjang([3], s('matematika'))).toBe('sd');
    expect(inferJenjang([7, 8], s('matematika'))).toBe('smp');
    expect(inferJenjang([10], s('matematika'))).toBe('sma');
    expect(inferJenjang([13], s('matematika'))).toBe('smk');
    expect(inferJenjang([10], s('dasar-program-keahlian'))).toBe('smk');
    expect(inferJenjang([], s('pembelajaran-paud'))).toBe('paud');
    expect(code(() => inferJenjang([6, 7], s('matematika')))?.message).toContain('jenjang yang berbeda');
  });

  it('checkPlacement: grade 13 only in SMK, subjects only where taught', () => {
    const s = (slug: string) => SUBJECTS.find((x) => x.slug === slug)!;
    expect(code(() => checkPlacement(s('matematika'), 'sma', [13]))?.message).toBe('kelas 13 bukan kelas SMA (SMA: kelas 10–12)');
    expect(code(() => checkPlacement(s('informatika'), 'sd', [4]))?.message).toBe(
      'Informatika (informatika) tidak diajarkan di SD. Mapel ini diajarkan di: SMP kelas 7–9, SMA kelas 10–12, SMK kelas 10–13',
    );
    expect(code(() => checkPlacement(s('matematika'), 'smp', []))?.code).toBe(2);
    expect(checkPlacement(s('matematika'), 'smk', [13])).toBeUndefined();
  });

  it('formatGrades, dates, semester and school year', () => {
    expect(formatGrades([3, 4, 5, 6])).toBe('3–6');
    expect(formatGrades([11, 12])).toBe('11–12');
    expect(formatGrades([5, 7, 8, 9])).toBe('5, 7–9');
    expect(isoDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect([semesterOf(new Date(2025, 6, 1)), academicYearOf(new Date(2025, 6, 1))]).toEqual([1, '2025/2026']);
    expect([semesterOf(new Date(2026, 5, 30)), academicYearOf(new Date(2026, 5, 30))]).toEqual([2, '2025/2026']);
  });

  it('slugFromTitle: ASCII kebab-case, short, empty without Latin letters', () => {
    expect(slugFromTitle('Pecahan Senilai: Kelas 7!')).toBe('pecahan-senilai-kelas-7');
    expect(slugFromTitle('Ékologi & Lingkungan Hidup')).toBe('ekologi-lingkungan-hidup');
    const long = slugFromTitle('Mengenal Bangun Ruang Sisi Datar melalui Proyek Membuat Kemasan Produk UMKM di Lingkungan Sekolah Kita');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugFromTitle('الفقه')).toBe('');
  });

  it('minutes: exact splits, JP per meeting, opening/core/closing', () => {
    expect(splitMinutes(60, [0.35, 0.4, 0.25])).toEqual([21, 24, 15]);
    for (const total of [5, 7, 25, 61, 113]) expect(splitMinutes(total, [0.35, 0.4, 0.25]).reduce((a, b) => a + b)).toBe(total);
    expect(jpPerMeeting(5, 2)).toEqual([3, 2]);
    expect(jpPerMeeting(4, 4)).toEqual([1, 1, 1, 1]);
    expect(meetingParts(35)).toEqual([5, 25, 5]);
    expect(meetingParts(135)).toEqual([20, 95, 20]);
    const rpm = buildActivities(SKELETONS.science, 'rpm', [80]);
    expect(rpm[0]!.core.steps.map((s) => s.experience)).toEqual(['memahami', 'mengaplikasi', 'merefleksi']);
    expect(buildActivities(SKELETONS.science, 'modul-ajar', [80])[0]!.core.steps[0]).not.toHaveProperty('experience');
  });

  it('planLesson: defaults of 2 JP per meeting and the semester of the date', () => {
    const spec = planLesson({ mapel: 'ipa', kelas: '8', jenis: 'rpm', judul: 'Gaya', pertemuan: 3 }, new Date(2026, 1, 2));
    expect(spec).toMatchObject({ jp: 6, meetings: 3, jenjang: 'smp', semester: 2, academicYear: '2025/2026', date: '2026-02-02' });
    expect(code(() => planLesson({ mapel: 'pembelajaran-paud', jenis: 'rpp', judul: 'x', jp: 2 }, new Date()))?.message).toContain('PAUD tidak memakai JP');
  });

  it('toFrontmatter: text that looks like YAML stays text; dates stay plain', () => {
    const tricky = {
      title: 'Yes',
      a: 'Bab 1: Pengantar',
      b: '#tagar',
      c: '- daftar',
      d: 'On',
      e: '"kutip"',
      f: '12',
      date: '2025-08-04',
      list: ['kelas 7'],
      keys: ['a-b', 'c'],
    };
    const text = toFrontmatter(tricky, { dates: ['date'], comments: { title: 'komentar' } });
    expect(text).toMatch(/^---\n# komentar\ntitle: "Yes"\n/);
    expect(text).toContain('\ndate: 2025-08-04\n');
    expect(text).toContain('keys: [a-b, c]');
    expect(parse(text.split(/^---$/m)[1]!)).toEqual(tricky);
    expect(parse(text.split(/^---$/m)[1]!, { version: '1.1' })).toMatchObject({ title: 'Yes', d: 'On', f: '12' });
    const table = {
      t: {
        columns: ['No.', 'Hasil Pengamatan'],
        rows: [
          [1, ''],
          ['2', 'On'],
        ],
      },
      other: ['No.', 'a b'],
    };
    const flow = toFrontmatter(table, { flow: ['columns', 'rows'] });
    expect(flow).toContain('  columns: [No., Hasil Pengamatan]\n  rows:\n    - [1, ""]\n    - ["2", "On"]\n');
    expect(flow).toContain('other:\n  - No.\n');
    expect(parse(flow.split(/^---$/m)[1]!)).toEqual(table);
  });

  it('parseCli: an option without a value does not swallow the next one; unknown options are usage errors', () => {
    expect(parseCli(['new', 'lesson', '--mapel', '--kelas', '7']).values).toMatchObject({ mapel: '', kelas: '7' });
    expect(parseCli(['new', 'lesson', '--judul=Pecahan']).values.judul).toBe('Pecahan');
    expect(code(() => parseCli(['--force']))?.code).toBe(2);
    expect(parseTags(' a, b ,,a')).toEqual(['a', 'b']);
  });

  it('detectLang and translator', () => {
    expect(detectLang([], {}).lang).toBe('id');
    expect(detectLang([], { LANG: 'en_US.UTF-8' }).lang).toBe('en');
    expect(detectLang([], { LANG: 'en_US.UTF-8', LC_ALL: 'id_ID.UTF-8' }).lang).toBe('id');
    expect(detectLang(['--lang', 'id'], { LC_ALL: 'en_US' }).lang).toBe('id');
    expect(detectLang(['--lang=en'], {}).lang).toBe('en');
    expect(translator('en')('err.badLang', { value: 'de' })).toBe("unknown language 'de'; choose id or en");
  });

  it('every family skeleton suggests valid profile keys and has a placeholder for exactly its family fields', () => {
    for (const [family, skeleton] of Object.entries(SKELETONS)) {
      expect(skeleton.family).toBe(family);
      expect(skeleton.profile.ppp.every((k) => PROFILE_SETS['profil-pelajar-pancasila'].dimensions.some((d) => d.key === k))).toBe(true);
      expect(skeleton.profile.dpl.every((k) => PROFILE_SETS['dimensi-profil-lulusan'].dimensions.some((d) => d.key === k))).toBe(true);
      const fields = FAMILY_DEFINITIONS[skeleton.family].sections.map((s) => s.field);
      expect(Object.keys(skeleton.fields).sort(), family).toEqual([...fields].sort());
      expect(Object.keys(sectionData(skeleton))).toEqual(fields);
      expect(Object.keys(sectionComments(skeleton))).toEqual(fields);
      expect(skeleton.materi).toMatch(/^Tulis materi di sini: .+\.$/);
      expect(materiBody(skeleton)).not.toMatch(/^#/m);
    }
  });

  it('a family section the skeleton has no words for gets the placeholder of its kind', () => {
    const bare = { ...SKELETONS.science, fields: {} };
    const data = sectionData(bare);
    for (const section of FAMILY_DEFINITIONS.science.sections) expect(data[section.field]).toEqual(KIND_PLACEHOLDERS[section.kind].value);
    expect(sectionComments(bare).observationTable).toBe(`Tabel Pengamatan: ${KIND_PLACEHOLDERS.table.note}`);
    // Values are copies: changing a generated lesson leaves the placeholders alone.
    (data.tools as string[]).push('x');
    expect(KIND_PLACEHOLDERS.list.value).not.toContain('x');
  });
});

describe('templates/lessons', () => {
  it('equal the generated output apart from the date line (run write-templates.ts after changing a skeleton)', () => {
    const withoutDate = (text: string) => text.replace(/^date: .*$/m, 'date: …');
    for (const { file, content } of templateFiles(new Date())) {
      const committed = readFileSync(join(TEMPLATES_DIR, file), 'utf8');
      expect(withoutDate(committed), `templates/lessons/${file} is stale: node packages/theme/src/cli/write-templates.ts`).toBe(withoutDate(content));
    }
  });
});
