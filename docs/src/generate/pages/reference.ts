// The reference pages: every option, field, command and catalog entry, read from the code.
import type { z } from 'astro/zod';
import { COMMUNITY_OPTIONS, LESSON_FIELDS, MEMBER_FIELDS_TEXT, POST_FIELDS, THEME_OPTIONS } from '../descriptions.ts';
import { code, type PageFile, table, terminalBlock } from '../markdown.ts';
import * as community from '../sources/community.ts';
import * as importer from '../sources/importer.ts';
import * as scaffolder from '../sources/scaffolder.ts';
import * as theme from '../sources/theme.ts';
import { type FieldRow, fieldRows, type Lang } from '../zod-fields.ts';

const L = (lang: Lang, id: string, en: string) => (lang === 'id' ? id : en);
const yesNo = (lang: Lang, value: boolean) => (value ? L(lang, 'ya', 'yes') : L(lang, 'tidak', 'no'));
const values = (row: FieldRow) => (row.values ? row.values.map(code).join(', ') : '');

/** Descriptions are looked up by the field's path without list markers (`author.links`). */
const plain = (path: string) => path.replace(/\[\]/g, '');

function optionTable(schema: z.ZodType, texts: Record<string, Record<Lang, string>>, lang: Lang, label: string): string {
  const rows = fieldRows(schema, lang).map((row) => [
    code(row.path),
    row.type,
    yesNo(lang, row.required),
    row.default ? code(row.default) : '',
    values(row),
    texts[plain(row.path)]?.[lang] ?? '',
  ]);
  return table(
    [
      L(lang, 'Opsi', 'Option'),
      L(lang, 'Jenis', 'Type'),
      L(lang, 'Wajib', 'Required'),
      L(lang, 'Bawaan', 'Default'),
      L(lang, 'Nilai yang boleh', 'Allowed values'),
      L(lang, 'Keterangan', 'Description'),
    ],
    rows,
    label,
  );
}

function themeOptions(lang: Lang): PageFile {
  return {
    path: 'referensi/opsi-tema.md',
    order: 1,
    title: L(lang, 'Opsi tema (guruBlog)', 'Theme options (guruBlog)'),
    description: L(lang, 'Semua opsi guruBlog() di astro.config.mjs.', 'Every guruBlog() option in astro.config.mjs.'),
    body: `${L(lang, 'Opsi ini ditulis di `astro.config.mjs`, di dalam `guruBlog({ ... })`. Tabel dibuat dari skema zod tema, jadi selalu sesuai dengan versi ini.', 'Write these in `astro.config.mjs`, inside `guruBlog({ ... })`. The table is generated from the theme’s zod schema, so it always matches this version.')}

${optionTable(theme.optionsSchema, THEME_OPTIONS, lang, L(lang, 'Tabel opsi tema', 'Theme options table'))}
`,
  };
}

function communityOptions(lang: Lang): PageFile {
  return {
    path: 'referensi/opsi-komunitas.md',
    order: 2,
    title: L(lang, 'Opsi direktori komunitas (guruCommunity)', 'Community options (guruCommunity)'),
    description: L(lang, 'Semua opsi guruCommunity() di astro.config.mjs.', 'Every guruCommunity() option in astro.config.mjs.'),
    body: `${L(lang, 'Opsi situs direktori komunitas, di dalam `guruCommunity({ ... })`.', 'Options of a community directory site, inside `guruCommunity({ ... })`.')}

${optionTable(community.communityOptionsSchema, COMMUNITY_OPTIONS, lang, L(lang, 'Tabel opsi komunitas', 'Community options table'))}
`,
  };
}

function postFields(lang: Lang): PageFile {
  return {
    path: 'referensi/isian-tulisan.md',
    order: 3,
    title: L(lang, 'Isian tulisan (frontmatter)', 'Post fields (frontmatter)'),
    description: L(lang, 'Isian di bagian atas berkas tulisan.', 'Fields at the top of a post file.'),
    body: `${L(lang, 'Isian ini ditulis di antara dua baris `---` di awal berkas `src/content/posts/*.md`.', 'These fields go between the two `---` lines at the top of `src/content/posts/*.md`.')}

${optionTable(theme.postFieldsSchema(), POST_FIELDS, lang, L(lang, 'Tabel isian tulisan', 'Post fields table'))
  .replace('| Opsi |', '| Isian |')
  .replace('| Option |', '| Field |')}
`,
  };
}

function lessonFields(lang: Lang): PageFile {
  const rows = fieldRows(theme.lessonFieldsSchema(), lang).map((row) => {
    const label = theme.lessonLabel(plain(row.path), lang) ?? LESSON_FIELDS[plain(row.path)]?.[lang] ?? '';
    const families = theme.familiesOfField(row.path);
    const where = families.length ? ` (${L(lang, 'keluarga', 'family')}: ${families.join(', ')})` : '';
    return [code(row.path), label + where, row.type, yesNo(lang, row.required), row.default ? code(row.default) : '', values(row)];
  });
  return {
    path: 'referensi/isian-modul-ajar.md',
    order: 4,
    title: L(lang, 'Isian modul ajar, RPP, dan RPM', 'Lesson plan fields'),
    description: L(lang, 'Isian berkas rencana pembelajaran dengan judul bagiannya di halaman.', 'Fields of a lesson file with the heading each shows.'),
    body: `${L(
      lang,
      'Berkas di `src/content/lessons/`. Kolom *Judul di halaman* adalah judul bagian yang tampil di blog. Isian kosong tidak tampil. Isian bertanda keluarga hanya tampil untuk mapel keluarga itu (lihat [Mapel](/referensi/mapel/)).',
      'Files in `src/content/lessons/`. *Heading* is the section title the blog shows. Empty fields are not shown. Fields marked with a family show only for subjects of that family (see [Subjects](/en/referensi/mapel/)).',
    )}

${table([L(lang, 'Isian', 'Field'), L(lang, 'Judul di halaman', 'Heading'), L(lang, 'Jenis', 'Type'), L(lang, 'Wajib', 'Required'), L(lang, 'Bawaan', 'Default'), L(lang, 'Nilai yang boleh', 'Allowed values')], rows, L(lang, 'Tabel isian modul ajar', 'Lesson fields table'))}
`,
  };
}

function memberFields(lang: Lang): PageFile {
  const shape = fieldRows(community.memberSchema(), lang);
  const rows = community.MEMBER_FIELDS.map((field) => {
    const row = shape.find((r) => r.path === field);
    return [
      code(field),
      community.YAML_KEYS[field].map(code).join(', '),
      community.CSV_HEADERS[field].map((h) => `“${h}”`).join(', '),
      row?.type ?? '',
      yesNo(lang, community.REQUIRED_MEMBER_FIELDS.includes(field)),
      row?.values?.map(code).join(', ') ?? '',
      MEMBER_FIELDS_TEXT[field]?.[lang] ?? '',
    ];
  });
  return {
    path: 'referensi/isian-anggota.md',
    order: 5,
    title: L(lang, 'Isian anggota (members.yaml / CSV)', 'Member fields (members.yaml / CSV)'),
    description: L(
      lang,
      'Kolom berkas anggota direktori komunitas, termasuk judul kolom Google Forms.',
      'Columns of a community members file, including Google Forms headers.',
    ),
    body: `${L(lang, 'Satu anggota per entri di `members.yaml`, atau satu baris per anggota di CSV (ekspor Google Forms). Kolom YAML boleh memakai nama Indonesia; judul kolom CSV dikenali tanpa memedulikan huruf besar.', 'One member per entry in `members.yaml`, or one row per member in a CSV (a Google Forms export). YAML keys may be Indonesian; CSV headers are matched ignoring case.')}

${table([L(lang, 'Isian', 'Field'), L(lang, 'Kunci YAML', 'YAML keys'), L(lang, 'Judul kolom CSV', 'CSV headers'), L(lang, 'Jenis', 'Type'), L(lang, 'Wajib', 'Required'), L(lang, 'Nilai', 'Values'), L(lang, 'Keterangan', 'Description')], rows, L(lang, 'Tabel isian anggota', 'Member fields table'))}
`,
  };
}

type OptionDefs = Record<string, { type: string; short?: string; multiple?: boolean }>;

/** The line of a help text that documents `--name` (the CLI's own words), without the flag part. */
export function helpLine(help: string, name: string): string | undefined {
  const line = help.split('\n').find((l) => new RegExp(`(^|[\\s,/])--${name}(?![\\w-])`).test(l));
  return line?.trim();
}

/** The description part of a help line: what follows the flag column. */
const helpText = (line: string) => (line.startsWith('-') ? line.replace(/^.*?\S\s{2,}(?=\S)/, '') : line);

function cliSection(lang: Lang, command: string, options: OptionDefs, help: string): string {
  const rows = Object.entries(options).map(([name, def]) => [
    code(`--${name}`) + (def.short ? `, ${code(`-${def.short}`)}` : ''),
    def.type === 'boolean' ? L(lang, 'saklar', 'switch') : def.multiple ? L(lang, 'teks, boleh berulang', 'text, repeatable') : L(lang, 'teks', 'text'),
    helpText(helpLine(help, name) ?? ''),
  ]);
  return `## ${code(command)}

${table([L(lang, 'Opsi', 'Option'), L(lang, 'Jenis', 'Type'), L(lang, 'Keterangan (dari --help)', 'Description (from --help)')], rows)}

${L(lang, 'Bantuan lengkap yang dicetak perintah ini', 'The full help this command prints')}:

${terminalBlock(help, L(lang, `Bantuan ${command}`, `${command} help`))}
`;
}

/** Every CLI: its option definitions and the help texts it prints, in the reader's language. */
export function cliDefinitions(lang: Lang) {
  const themeHelp = Object.entries(theme.CLI_MESSAGES[lang])
    .filter(([key]) => key.startsWith('help.'))
    .map(([, text]) => text)
    .join('\n\n');
  return [
    { command: 'npm create guru-blog', options: scaffolder.CLI_OPTIONS as OptionDefs, help: scaffolder.CLI_MESSAGES[lang]['help.text'] ?? '' },
    { command: 'guru-blog', options: theme.CLI_OPTIONS as OptionDefs, help: themeHelp },
    { command: 'guru-blog import', options: importer.CLI_OPTIONS as OptionDefs, help: importer.CLI_MESSAGES[lang].help ?? '' },
    { command: 'guru-community', options: community.CLI_OPTIONS as OptionDefs, help: community.CLI_MESSAGES[lang]['help.main'] ?? '' },
  ];
}

function commands(lang: Lang): PageFile {
  return {
    path: 'referensi/perintah.md',
    order: 6,
    title: L(lang, 'Perintah', 'Commands'),
    description: L(lang, 'Semua perintah dan opsinya, dari definisi CLI.', 'Every command and option, from the CLI definitions.'),
    body: `${L(lang, 'Tabel opsi dibaca dari definisi setiap perintah; teks bantuan adalah yang dicetak perintah itu dengan `--help`.', 'The option tables are read from each command’s definitions; the help text is what the command prints with `--help`.')}

${cliDefinitions(lang)
  .map((c) => cliSection(lang, c.command, c.options, c.help))
  .join('\n')}`,
  };
}

function subjects(lang: Lang): PageFile {
  const rows = theme.SUBJECTS.map((s) => [
    code(s.slug),
    lang === 'id' ? s.nameId : s.nameEn,
    s.shortId === s.nameId ? '' : s.shortId,
    s.jenjang.map((j) => j.toUpperCase()).join(', '),
    s.grades ? s.grades.join(', ') : L(lang, 'semua', 'all'),
    s.family,
  ]);
  return {
    path: 'referensi/mapel.md',
    order: 7,
    title: L(lang, 'Mapel (katalog mata pelajaran)', 'Subjects (the catalog)'),
    description: L(
      lang,
      'Semua mapel yang dikenal dengan slug, jenjang, kelas, dan keluarganya.',
      'Every known subject with its slug, levels, grades and family.',
    ),
    body: `${L(lang, 'Slug dipakai di `subject:` modul ajar, `author.subjects`, dan `--mapel`. Keluarga menentukan bagian tambahan halaman pelajaran. Perintah `npx guru-blog mapel` mencetak daftar yang sama.', 'The slug goes in a lesson’s `subject:`, `author.subjects` and `--mapel`. The family decides the lesson page’s extra sections. `npx guru-blog mapel` prints the same list.')} ${L(lang, `Jumlah: ${theme.SUBJECTS.length} mapel.`, `${theme.SUBJECTS.length} subjects.`)}

${table(['Slug', L(lang, 'Nama', 'Name'), L(lang, 'Singkatan', 'Short name'), L(lang, 'Jenjang', 'Levels'), L(lang, 'Kelas', 'Grades'), L(lang, 'Keluarga', 'Family')], rows, L(lang, 'Tabel mapel', 'Subjects table'))}

## ${L(lang, 'Bagian tambahan per keluarga', 'Extra sections per family')}

${table(
  [L(lang, 'Keluarga', 'Family'), L(lang, 'Bagian (isian)', 'Sections (field)')],
  Object.values(theme.FAMILY_DEFINITIONS).map((f) => [
    f.key,
    f.sections.map((s) => `${theme.UI_STRINGS[lang][s.title] ?? s.title} (${code(s.field)})`).join(', ') || '—',
  ]),
)}
`,
  };
}

function phases(lang: Lang): PageFile {
  const rows = theme.PHASE_LIST.map((p) => [
    lang === 'id' ? p.labelId : p.labelEn,
    code(p.key),
    p.jenjang.map((j) => j.toUpperCase()).join(', '),
    p.grades.length ? p.grades.join(', ') : '—',
    p.schoolTypes.join(', '),
  ]);
  const jenjang = Object.entries(theme.JENJANG_GRADES).map(([j, grades]) => [j.toUpperCase(), code(j), grades.length ? grades.join(', ') : '—']);
  return {
    path: 'referensi/fase-kelas.md',
    order: 8,
    title: L(lang, 'Fase dan kelas', 'Phases and grades'),
    description: L(lang, 'Tabel fase Kurikulum Merdeka ↔ kelas dan jenjang.', 'Kurikulum Merdeka phases ↔ grades and school levels.'),
    body: `${L(lang, 'Fase sebuah modul ajar dihitung dari `grades`; satu rencana pembelajaran untuk satu fase.', 'A lesson’s phase is derived from `grades`; one plan covers one phase.')}

${table([L(lang, 'Fase', 'Phase'), L(lang, 'Kunci', 'Key'), L(lang, 'Jenjang', 'Level'), L(lang, 'Kelas', 'Grades'), L(lang, 'Jenis sekolah', 'School types')], rows)}

## ${L(lang, 'Kelas per jenjang', 'Grades per level')}

${table([L(lang, 'Jenjang', 'Level'), L(lang, 'Nilai `jenjang`', '`jenjang` value'), L(lang, 'Kelas', 'Grades')], jenjang)}
`,
  };
}

export function referencePages(lang: Lang): PageFile[] {
  return [themeOptions, communityOptions, postFields, lessonFields, memberFields, commands, subjects, phases].map((page) => page(lang));
}
