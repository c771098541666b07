// A registration export (Google Forms, Excel) → RawEntry. Only mapped columns are read, so e-mail
// addresses, phone numbers and timestamps in the sheet never reach a member.
import { type Info, parse } from 'csv-parse/sync';
import { MEMBER_FIELDS, type MemberField, type RawEntry, type ReadResult } from './members-schema.ts';
import type { Lang, Messages } from './messages.ts';

/** Which column holds a field, by its header text (case and spacing ignored): `{ blog: 'URL Blog Anda' }`. */
export type CsvMapping = Partial<Record<MemberField, string>>;

/**
 * Headers recognized without a mapping, compared in lowercase with "(…)" hints dropped. No `id`:
 * spreadsheets often have a running-number "ID" column that would become every member's id.
 */
export const CSV_HEADERS: Record<MemberField, readonly string[]> = {
  name: ['nama', 'nama lengkap', 'name', 'full name', 'nama guru', 'nama peserta', 'nama anggota', 'nama lengkap dan gelar', 'nama lengkap beserta gelar'],
  blog: [
    'alamat blog',
    'url blog',
    'blog',
    'link blog',
    'website',
    'alamat website',
    'tautan blog',
    'blog pribadi',
    'alamat blog pribadi',
    'alamat url blog',
    'website/blog',
    'link website',
  ],
  feed: ['feed', 'rss', 'url feed', 'alamat feed', 'link feed', 'alamat rss'],
  id: [],
  school: [
    'sekolah',
    'nama sekolah',
    'asal sekolah',
    'school',
    'unit kerja',
    'instansi',
    'asal instansi',
    'tempat tugas',
    'satuan pendidikan',
    'sekolah tempat mengajar',
  ],
  jenjang: ['jenjang', 'jenjang sekolah', 'jenjang pendidikan', 'jenjang mengajar'],
  subjects: ['mata pelajaran', 'mapel', 'subjects', 'subject', 'bidang studi', 'guru mata pelajaran', 'guru mapel'],
  provinsi: ['provinsi', 'province', 'asal provinsi'],
  kabupaten: ['kabupaten', 'kabupaten/kota', 'kab/kota', 'kota', 'city', 'kota/kabupaten', 'asal kabupaten/kota', 'kab./kota'],
  photo: ['photo', 'foto', 'pas foto', 'foto profil'],
  active: ['active', 'aktif'],
};

/** Headers listed in a message when no column is found: the first few of each field's list. */
const SHOWN_HEADERS = 5;

type Row = { record: string[]; info: Info };

export function readCsv(text: string, file: string, lang: Lang, msg: Messages, mapping: CsvMapping = {}): ReadResult {
  const result: ReadResult = { entries: [], issues: [], labels: {} };
  const fileIssue = (line: number, message: string, field?: string) => result.issues.push({ file, line, ...(field ? { field } : {}), message });
  // One line ending throughout: csv-parse counts a CRLF inside quotes as two lines.
  let body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // Excel may write its delimiter as a first line ("sep=;"); otherwise the header line tells.
  const sep = /^sep=(.)\n/i.exec(body);
  if (sep) body = body.replace(/^.*\n/, '\n');
  const delimiter = sep?.[1] ?? detectDelimiter(body.split('\n', 1)[0] ?? '');

  let rows: Row[];
  try {
    rows = parse(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Row[];
  } catch (error) {
    const opened = unclosedQuoteLine(body, delimiter);
    if (opened !== undefined) fileIssue(opened, msg.csvUnclosedQuote());
    else {
      const lines = (error as { lines?: unknown }).lines;
      fileIssue(typeof lines === 'number' ? lines : 1, msg.csvSyntax((error as Error).message.replace(/ at line \d+$/, '')));
    }
    return result;
  }
  const [header, ...data] = rows;
  if (!header || header.record.every((cell) => !cell.trim())) {
    fileIssue(1, msg.csvEmpty());
    return result;
  }

  const headers = header.record.map((cell) => cell.trim());
  const headerLine = header.info.lines;
  const columns = mapColumns(headers, mapping);
  for (const [field, wanted] of mapped(mapping)) {
    if (!columns.has(field)) fileIssue(headerLine, msg.csvMappedColumn(wanted, headers.join(', ')), wanted);
  }
  for (const field of ['name', 'blog'] as const) {
    if (!columns.has(field) && mapping[field] === undefined) {
      fileIssue(headerLine, msg.csvNoColumn(CSV_HEADERS[field].slice(0, SHOWN_HEADERS).join(', ')), lang === 'id' ? CSV_HEADERS[field][0] : field);
    }
  }
  if (!columns.has('name') || !columns.has('blog')) return result;
  for (const [field, index] of columns) result.labels[field] = headers[index];

  data.forEach(({ record, info }, i) => {
    if (record.every((cell) => !cell.trim())) return;
    // info.lines is where the row ends; quoted line breaks inside it say where it began.
    let line = info.lines - newlines(record.join(''));
    const cellLines = record.map((cell) => {
      const at = line;
      line += newlines(cell);
      return at;
    });
    const raw: RawEntry = { entry: i + 1, line: cellLines[0] ?? info.lines, fields: {}, issues: [] };
    for (const [field, index] of columns) {
      const cell = record[index] ?? '';
      if (cell.trim()) raw.fields[field] = { value: cell, line: cellLines[index] ?? raw.line, label: headers[index]! };
    }
    result.entries.push(raw);
  });
  return result;
}

/** Mapped fields take their column first; the others take the first header they recognize. */
function mapColumns(headers: string[], mapping: CsvMapping): Map<MemberField, number> {
  const normalized = headers.map(normalizeHeader);
  const columns = new Map<MemberField, number>();
  for (const [field, wanted] of mapped(mapping)) {
    const index = normalized.indexOf(normalizeHeader(wanted));
    if (index >= 0) columns.set(field, index);
  }
  const used = new Set(columns.values());
  const open = (field: MemberField) => mapping[field] === undefined && !columns.has(field);
  for (const field of MEMBER_FIELDS) {
    if (!open(field)) continue;
    const index = normalized.findIndex((h, i) => !used.has(i) && CSV_HEADERS[field].includes(h));
    if (index < 0) continue;
    columns.set(field, index);
    used.add(index);
  }
  // Forms questions often go on after a known title ("Mata Pelajaran yang Diampu", "Nama Lengkap
  // dan Gelar", "Alamat Blog/Website"): the longest known title a header starts with decides.
  normalized.forEach((header, index) => {
    if (used.has(index)) return;
    let best: { field: MemberField; length: number } | undefined;
    for (const field of MEMBER_FIELDS) {
      if (!open(field)) continue;
      for (const title of CSV_HEADERS[field]) {
        if (title.length > (best?.length ?? 0) && header.startsWith(title) && ' /-'.includes(header[title.length] ?? ''))
          best = { field, length: title.length };
      }
    }
    if (!best) return;
    columns.set(best.field, index);
    used.add(index);
  });
  return columns;
}

/** "Alamat Blog (contoh: https://…)*" → "alamat blog"; "Kabupaten / Kota" → "kabupaten/kota". */
function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[*:_?]/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The most frequent of , ; and tab outside quotes; a comma when none or tied. */
function detectDelimiter(line: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/**
 * The line where a quoted value opens and never properly closes (csv-parse names the line where it
 * gave up, often the file's last), or undefined when every quote closes. A quote opens a value
 * only at the value's start, and closes it only before a delimiter, a line end or the file's end.
 */
export function unclosedQuoteLine(body: string, delimiter: string): number | undefined {
  let line = 1;
  let openedAt: number | undefined;
  let atValueStart = true;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (openedAt !== undefined) {
      if (char === '"') {
        const next = body[i + 1];
        if (next === '"') i++;
        else if (next === undefined || next === delimiter || next === '\n') openedAt = undefined;
        else return openedAt;
      } else if (char === '\n') line++;
      continue;
    }
    if (char === '"' && atValueStart) openedAt = line;
    if (char === '\n') line++;
    atValueStart = char === '\n' || char === delimiter;
  }
  return openedAt;
}

function mapped(mapping: CsvMapping): [MemberField, string][] {
  return Object.entries(mapping).filter((entry): entry is [MemberField, string] => typeof entry[1] === 'string');
}

function newlines(text: string): number {
  return text.split('\n').length - 1;
}
