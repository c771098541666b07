// The CLI's words, Indonesian first. Keys are flat and dotted; `{name}` is filled in.
import { createTranslator, type Lang, type Translator } from '@guru-blog/theme/kit';
import type { FeedStatus } from '../model.ts';

const id = {
  'help.main':
    'Pemakaian: guru-community <perintah> [opsi]\n\n' +
    'Perintah:\n' +
    '  check    periksa berkas anggota dan coba ambil setiap feed (tidak mengubah simpanan)\n' +
    '  fetch    ambil feed semua anggota aktif ke simpanan (.guru-community/)\n' +
    '  status   tampilkan kesehatan feed dari simpanan\n' +
    '  opml     tulis daftar feed anggota sebagai OPML\n\n' +
    'Opsi:\n' +
    '  --members FILE      berkas anggota (bawaan: members.yaml, members.yml atau members.csv)\n' +
    '  --store DIR         folder simpanan (bawaan: .guru-community)\n' +
    '  --force             ambil juga feed yang belum waktunya atau sudah hilang\n' +
    '  --fail-threshold N  fetch gagal (kode 1) bila lebih dari N (0–1) feed gagal; bawaan 0.3\n' +
    '  --out FILE          (opml) tulis ke berkas, bukan ke layar\n' +
    '  --csv-column K=JUDUL kolom CSV untuk isian K (mis. "blog=Link Blog Anda"); boleh berulang\n' +
    '  --allow-loopback    hanya untuk uji lokal: izinkan alamat 127.0.0.1\n' +
    '  --lang id|en        bahasa pesan\n' +
    '  -h, --help          tampilkan bantuan ini',
  'err.unknownCommand': 'Perintah "{command}" tidak dikenal. Pilihan: check, fetch, status, opml. Bantuan: guru-community --help',
  'err.badOption': '{detail}. Bantuan: guru-community --help',
  'err.noMembers': 'Berkas anggota tidak ditemukan di {dir}. Buat members.yaml (lihat README @guru-blog/community) atau beri --members FILE.',
  'err.badLang': 'Bahasa "{value}" tidak dikenal; pilih id atau en. Bantuan: guru-community --help',
  'err.threshold': '--fail-threshold harus angka 0 sampai 1, misalnya 0.3',
  'err.csvColumn': '--csv-column "{value}" tidak bisa dipakai; tulis kolom=Judul Kolom, misalnya --csv-column "blog=Link Blog Anda". Kolom: {fields}',
  'members.issues': '{count} masalah di berkas anggota (anggota yang benar tetap diproses):',
  'members.loaded': '{count} anggota ({active} aktif) dari {file}',
  'progress.line': 'feed {done}/{total} selesai, {failed} gagal',
  'fetch.summary':
    'Selesai dalam {seconds} d: {updated} diperbarui, {notModified} tidak berubah, {skipped} dilewati (belum waktunya), {failed} gagal, {gone} hilang; {added} tulisan baru.',
  'fetch.moved': 'Feed pindah permanen; ubah berkas anggota:',
  'fetch.tooManyFailed': '{share}% feed gagal, lebih dari batas {limit}%. Periksa dengan: guru-community status',
  'status.empty': 'Simpanan {dir} masih kosong. Jalankan dulu: guru-community fetch',
  'table.member': 'anggota',
  'table.status': 'status',
  'table.items': 'tulisan',
  'table.lastSuccess': 'terakhir berhasil',
  'table.note': 'keterangan',
  'check.title': 'Hasil percobaan mengambil feed:',
  'opml.written': 'OPML {count} feed ditulis ke {file}',
  'status.new': 'baru',
  'status.ok': 'baik',
  'status.moved': 'pindah',
  'status.failing': 'gagal',
  'status.gone': 'hilang',
  'status.dead': 'mati',
  'note.since': 'gagal sejak {date}',
  'note.movedTo': 'pindah ke {url}',
} as const;

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  'help.main':
    'Usage: guru-community <command> [options]\n\n' +
    'Commands:\n' +
    '  check    check the members file and try every feed (the store is not changed)\n' +
    '  fetch    fetch the feeds of all active members into the store (.guru-community/)\n' +
    '  status   show feed health from the store\n' +
    '  opml     write the members’ feeds as OPML\n\n' +
    'Options:\n' +
    '  --members FILE      members file (default: members.yaml, members.yml or members.csv)\n' +
    '  --store DIR         store folder (default: .guru-community)\n' +
    '  --force             also fetch feeds that are not due or are gone\n' +
    '  --fail-threshold N  fetch exits 1 when more than N (0–1) of the feeds failed; default 0.3\n' +
    '  --out FILE          (opml) write to a file instead of the screen\n' +
    '  --csv-column K=TITLE CSV column for field K (e.g. "blog=Your Blog Link"); repeatable\n' +
    '  --allow-loopback    local testing only: allow 127.0.0.1 addresses\n' +
    '  --lang id|en        language of the messages\n' +
    '  -h, --help          show this help',
  'err.unknownCommand': 'Unknown command "{command}". Choices: check, fetch, status, opml. Help: guru-community --help',
  'err.badOption': '{detail}. Help: guru-community --help',
  'err.noMembers': 'No members file in {dir}. Create members.yaml (see the @guru-blog/community README) or pass --members FILE.',
  'err.badLang': 'Unknown language "{value}"; choose id or en. Help: guru-community --help',
  'err.threshold': '--fail-threshold must be a number from 0 to 1, e.g. 0.3',
  'err.csvColumn': 'Cannot use --csv-column "{value}"; write field=Column Title, e.g. --csv-column "blog=Your Blog Link". Fields: {fields}',
  'members.issues': '{count} problems in the members file (valid members are still processed):',
  'members.loaded': '{count} members ({active} active) from {file}',
  'progress.line': 'feeds {done}/{total} done, {failed} failed',
  'fetch.summary':
    'Done in {seconds} s: {updated} updated, {notModified} unchanged, {skipped} skipped (not due), {failed} failed, {gone} gone; {added} new posts.',
  'fetch.moved': 'Feeds moved permanently; change the members file:',
  'fetch.tooManyFailed': '{share}% of the feeds failed, more than the {limit}% limit. Look with: guru-community status',
  'status.empty': 'The store {dir} is still empty. Run first: guru-community fetch',
  'table.member': 'member',
  'table.status': 'status',
  'table.items': 'posts',
  'table.lastSuccess': 'last success',
  'table.note': 'note',
  'check.title': 'Trying every feed:',
  'opml.written': 'OPML with {count} feeds written to {file}',
  'status.new': 'new',
  'status.ok': 'ok',
  'status.moved': 'moved',
  'status.failing': 'failing',
  'status.gone': 'gone',
  'status.dead': 'dead',
  'note.since': 'failing since {date}',
  'note.movedTo': 'moved to {url}',
};

export type { Lang } from '@guru-blog/theme/kit';
export type Translate = Translator<MessageKey>;

/** Both catalogs, for the generated troubleshooting pages. */
export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { id, en };

export function translator(lang: Lang): Translate {
  return createTranslator<MessageKey>({ id, en }, lang);
}

export const statusKey = (status: FeedStatus): MessageKey => `status.${status}`;
