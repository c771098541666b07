// What a teacher reads when the members file needs fixing: each message says what to write
// instead, in Indonesian (default) or English. Where the problem is (file, line, entry, field) is
// kept apart in MemberIssue and joined by formatIssue.
import type { MemberIssue } from '../model.ts';

export type Lang = 'id' | 'en';

const BLOG_EXAMPLE = 'https://bu-ani.blogspot.com';
const FEED_EXAMPLE = 'https://bu-ani.blogspot.com/feeds/posts/default';
const JENJANG_LIST = 'PAUD, TK, SD, MI, SMP, MTs, SMA, MA, SMK, MAK, SLB';

export interface Messages {
  entry(n: number): string;
  fileMissing(): string;
  fileUnreadable(reason: string): string;
  extension(ext: string): string;
  yamlSyntax(detail: string): string;
  yamlTab(): string;
  yamlRoot(): string;
  yamlTopKey(): string;
  entryNotMap(): string;
  unknownField(known: string, suggestion?: string): string;
  duplicateField(otherKey: string, otherLine: number): string;
  required(field: 'name' | 'blog'): string;
  notText(): string;
  notList(): string;
  urlScheme(field: 'blog' | 'feed'): string;
  urlInvalid(value: string): string;
  photo(): string;
  idInvalid(suggestion: string): string;
  idDuplicate(id: string, entry: number, line: number): string;
  blogDuplicate(entry: number, line: number): string;
  jenjang(value: string): string;
  subject(value: string, suggestion?: string): string;
  boolean(value: string): string;
  csvEmpty(): string;
  csvSyntax(detail: string): string;
  csvNoColumn(headers: string): string;
  csvMappedColumn(header: string, headers: string): string;
}

const id: Messages = {
  entry: (n) => `anggota ke-${n}`,
  fileMissing: () => 'berkas tidak ditemukan; periksa nama berkas dan foldernya',
  fileUnreadable: (reason) => `berkas tidak dapat dibaca (${reason})`,
  extension: (ext) => `jenis berkas "${ext}" tidak dikenal; gunakan .yaml, .yml atau .csv`,
  yamlSyntax: (detail) => `penulisan YAML salah (${detail}); periksa indentasi dan tanda ":" setelah nama kolom`,
  yamlTab: () => 'YAML tidak boleh memakai tab untuk indentasi; ganti dengan spasi',
  yamlRoot: () => 'berkas harus berisi daftar anggota: tulis "members:" lalu setiap anggota diawali "- nama: ..."',
  yamlTopKey: () => 'kunci ini tidak dikenal di tingkat atas; tulis semua anggota di bawah "members:"',
  entryNotMap: () => `setiap anggota ditulis sebagai kolom dan nilai, misalnya "- nama: Ani Suryani" lalu "  blog: ${BLOG_EXAMPLE}"`,
  unknownField: (known, suggestion) =>
    `${suggestion ? `kolom tidak dikenal; maksudnya "${suggestion}"?` : 'kolom tidak dikenal'} Kolom yang bisa dipakai: ${known}`,
  duplicateField: (otherKey, otherLine) => `kolom ini sudah ditulis sebagai "${otherKey}" di baris ${otherLine}; hapus salah satu`,
  required: (field) => (field === 'name' ? 'nama wajib diisi, misalnya Ani Suryani, S.Pd.' : `alamat blog wajib diisi, misalnya ${BLOG_EXAMPLE}`),
  notText: () => 'harus berupa satu teks, bukan daftar atau kolom bertingkat',
  notList: () => 'tulis sebagai teks dipisah koma atau daftar berisi teks',
  urlScheme: (field) => `alamat harus diawali http:// atau https://, misalnya ${field === 'feed' ? FEED_EXAMPLE : BLOG_EXAMPLE}`,
  urlInvalid: (value) => `"${value}" bukan alamat web yang benar; tulis lengkap, misalnya ${BLOG_EXAMPLE}`,
  photo: () => 'foto harus berupa alamat http:// atau https://, atau jalur di folder public/ seperti /foto/ani.jpg',
  idInvalid: (suggestion) => `id hanya boleh berisi huruf kecil a-z, angka dan tanda hubung, misalnya "${suggestion}"`,
  idDuplicate: (value, entry, line) => `id "${value}" sudah dipakai anggota ke-${entry} (baris ${line}); setiap anggota perlu id yang berbeda`,
  blogDuplicate: (entry, line) => `blog ini sudah terdaftar untuk anggota ke-${entry} (baris ${line}); hapus salah satu`,
  jenjang: (value) => `jenjang "${value}" tidak dikenal; tulis salah satu dari ${JENJANG_LIST}`,
  subject: (value, suggestion) =>
    `mata pelajaran "${value}" tidak ada di katalog; ${suggestion ? `maksudnya "${suggestion}"?` : 'tulis misalnya Matematika, IPA, PJOK atau Bahasa Indonesia'}`,
  boolean: (value) => `"${value}" tidak dikenali; tulis ya atau tidak`,
  csvEmpty: () => 'berkas CSV kosong; baris pertama harus berisi judul kolom seperti Nama Lengkap dan Alamat Blog',
  csvSyntax: (detail) => `CSV tidak dapat dibaca (${detail}); periksa tanda petik " yang belum ditutup`,
  csvNoColumn: (headers) => `tidak ada kolom untuk ini; beri judul kolom salah satu dari ${headers}, atau atur pemetaan kolom`,
  csvMappedColumn: (header, headers) => `kolom "${header}" dari pemetaan tidak ada di baris judul; judul yang ada: ${headers}`,
};

const en: Messages = {
  entry: (n) => `entry ${n}`,
  fileMissing: () => 'file not found; check the file name and its folder',
  fileUnreadable: (reason) => `cannot read the file (${reason})`,
  extension: (ext) => `unknown file type "${ext}"; use .yaml, .yml or .csv`,
  yamlSyntax: (detail) => `invalid YAML (${detail}); check the indentation and the ":" after each field name`,
  yamlTab: () => 'YAML cannot use tabs for indentation; use spaces',
  yamlRoot: () => 'the file must hold a list of members: write "members:" and start each member with "- name: ..."',
  yamlTopKey: () => 'unknown top-level key; write every member under "members:"',
  entryNotMap: () => `write each member as fields and values, e.g. "- name: Ani Suryani" then "  blog: ${BLOG_EXAMPLE}"`,
  unknownField: (known, suggestion) => `${suggestion ? `unknown field; did you mean "${suggestion}"?` : 'unknown field'} Known fields: ${known}`,
  duplicateField: (otherKey, otherLine) => `this field is already given as "${otherKey}" on line ${otherLine}; remove one of them`,
  required: (field) => (field === 'name' ? 'the name is required, e.g. Ani Suryani, S.Pd.' : `the blog address is required, e.g. ${BLOG_EXAMPLE}`),
  notText: () => 'must be a single text, not a list or nested fields',
  notList: () => 'write it as comma-separated text or a list of texts',
  urlScheme: (field) => `the address must start with http:// or https://, e.g. ${field === 'feed' ? FEED_EXAMPLE : BLOG_EXAMPLE}`,
  urlInvalid: (value) => `"${value}" is not a valid web address; write it in full, e.g. ${BLOG_EXAMPLE}`,
  photo: () => 'the photo must be an http:// or https:// address, or a path in the public/ folder such as /foto/ani.jpg',
  idInvalid: (suggestion) => `the id may only hold lowercase letters a-z, digits and hyphens, e.g. "${suggestion}"`,
  idDuplicate: (value, entry, line) => `the id "${value}" is already used by entry ${entry} (line ${line}); every member needs a different id`,
  blogDuplicate: (entry, line) => `this blog is already listed for entry ${entry} (line ${line}); remove one of them`,
  jenjang: (value) => `unknown school level "${value}"; write one of ${JENJANG_LIST}`,
  subject: (value, suggestion) =>
    `the subject "${value}" is not in the catalog; ${suggestion ? `did you mean "${suggestion}"?` : 'write e.g. Matematika, IPA, PJOK or Bahasa Indonesia'}`,
  boolean: (value) => `"${value}" is not understood; write yes or no`,
  csvEmpty: () => 'the CSV file is empty; its first row must hold column titles such as Nama Lengkap and Alamat Blog',
  csvSyntax: (detail) => `cannot read the CSV (${detail}); look for a " quote that is not closed`,
  csvNoColumn: (headers) => `no column for this; title a column with one of ${headers}, or set a column mapping`,
  csvMappedColumn: (header, headers) => `the mapped column "${header}" is not in the header row; the columns are: ${headers}`,
};

export function messages(lang: Lang = 'id'): Messages {
  return lang === 'en' ? en : id;
}

/** `members.yaml:12: anggota ke-3, "blog": alamat harus …` — the parts that are known, in order. */
export function formatIssue(issue: MemberIssue, lang: Lang = 'id'): string {
  const m = messages(lang);
  const where = [issue.entry === undefined ? '' : m.entry(issue.entry), issue.field === undefined ? '' : `"${issue.field}"`].filter(Boolean).join(', ');
  const file = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${file}: ${where ? `${where}: ` : ''}${issue.message}`;
}
