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
  fileEmpty(): string;
  noMembers(): string;
  windows1252(): string;
  csvUnclosedQuote(): string;
  urlLocal(host: string): string;
  urlPort(port: string): string;
  urlCredentials(): string;
  idMoved(from: string, to: string): string;
  blogChanged(before: string): string;
  storedUnclaimed(id: string, blog: string, count: number): string;
  membersFileChosen(used: string, ignored: string, order: string, key: string): string;
  noMembersFile(): string;
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
  fileEmpty: () => `berkas anggota kosong; tulis setidaknya satu anggota, misalnya "members:" lalu "- nama: Ani Suryani" dan "  blog: ${BLOG_EXAMPLE}"`,
  noMembers: () => `berkas ini belum berisi anggota; tambahkan setidaknya satu anggota dengan nama dan alamat blog, misalnya ${BLOG_EXAMPLE}`,
  windows1252: () =>
    'berkas ini tersimpan dengan pengodean Windows-1252 (CSV biasa dari Excel) dan dibaca sebagai Windows-1252; agar huruf seperti é tetap benar, simpan ulang sebagai "CSV UTF-8"',
  csvUnclosedQuote: () => 'tanda petik " dibuka di baris ini tetapi tidak pernah ditutup; tambahkan " penutup di akhir isian itu',
  urlLocal: (host) =>
    `"${host}" hanya ada di komputer ini atau jaringan lokal, jadi tidak bisa diambil; tulis alamat yang bisa dibuka dari internet, misalnya ${BLOG_EXAMPLE}`,
  urlPort: (port) => `port ${port} tidak diambil (hanya alamat biasa, port 80 atau 443); tulis alamat tanpa ":${port}"`,
  urlCredentials: () => 'alamat dengan nama pengguna atau kata sandi tidak diambil; hapus bagian sebelum tanda @',
  idMoved: (from, to) => `tulisan yang tersimpan untuk blog ini sebagai "${from}" kini memakai id "${to}"`,
  blogChanged: (before) =>
    `alamat blog berubah (sebelumnya ${before}); tulisan lama tetap milik anggota ini dan feed blog baru dicari lagi. Bila ini orang lain, beri anggota ini "id" sendiri`,
  storedUnclaimed: (id, blog, count) =>
    `tulisan yang tersimpan dengan id "${id}" (blog ${blog}, yang tidak ada lagi di berkas) tidak diberikan ke siapa pun, karena ${count} anggota bernama serupa; tulis "id: ${id}" pada anggota pemiliknya`,
  membersFileChosen: (used, ignored, order, key) =>
    `berkas anggota yang dipakai: ${used}; ${ignored} diabaikan (bila ada beberapa, urutannya ${order}). Untuk memakai berkas lain, tulis "${key}": { "members": "nama-berkas.csv" } di package.json, atau hapus berkas yang tidak dipakai`,
  noMembersFile: () =>
    'tidak ada berkas anggota (members.yaml, members.yml atau members.csv) di folder situs; buat salah satunya, atau tulis "guru-community": { "members": "nama-berkas.csv" } di package.json',
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
  fileEmpty: () => `the members file is empty; write at least one member, e.g. "members:" then "- name: Ani Suryani" and "  blog: ${BLOG_EXAMPLE}"`,
  noMembers: () => `this file lists no members yet; add at least one member with a name and a blog address, e.g. ${BLOG_EXAMPLE}`,
  windows1252: () =>
    'this file is saved in the Windows-1252 encoding (a plain Excel CSV) and was read as Windows-1252; to keep letters such as é right, save it again as "CSV UTF-8"',
  csvUnclosedQuote: () => 'a " quote opens on this line and is never closed; add the closing " at the end of that value',
  urlLocal: (host) =>
    `"${host}" exists only on this computer or a local network, so it cannot be fetched; write an address that opens from the internet, e.g. ${BLOG_EXAMPLE}`,
  urlPort: (port) => `port ${port} is not fetched (only plain addresses, port 80 or 443); write the address without ":${port}"`,
  urlCredentials: () => 'addresses with a user name or password are not fetched; remove the part before the @',
  idMoved: (from, to) => `the posts stored for this blog as "${from}" now use the id "${to}"`,
  blogChanged: (before) =>
    `the blog address changed (it was ${before}); the stored posts stay with this member and the new blog's feed is looked for again. If this is someone else, give this member an "id" of their own`,
  storedUnclaimed: (id, blog, count) =>
    `the posts stored under the id "${id}" (blog ${blog}, no longer in the file) are given to nobody, because ${count} members have a similar name; write "id: ${id}" for the member they belong to`,
  membersFileChosen: (used, ignored, order, key) =>
    `members file used: ${used}; ${ignored} ignored (with several, the order is ${order}). To use another file, write "${key}": { "members": "file-name.csv" } in package.json, or delete the file that is not used`,
  noMembersFile: () =>
    'no members file (members.yaml, members.yml or members.csv) in the site folder; create one, or write "guru-community": { "members": "file-name.csv" } in package.json',
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
