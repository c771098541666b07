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
    '  opml     tulis daftar feed anggota sebagai OPML\n' +
    '  dev | build | preview  jalankan Astro situs ini (di Node yang cocok)\n\n' +
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
  'err.unknownCommand': 'Perintah "{command}" tidak dikenal. Pilihan: check, fetch, status, opml, dev, build, preview. Bantuan: guru-community --help',
  'err.noAstro':
    'Astro belum terpasang di folder ini, jadi `guru-community {command}` tidak bisa jalan. Jalankan di folder situs direktori, setelah `npm install`.',
  'err.badOption': '{detail}. Bantuan: guru-community --help',
  'err.noMembers': 'Berkas anggota tidak ditemukan di {dir}. Buat members.yaml (lihat README @guru-blog/community) atau beri --members FILE.',
  'err.badLang': 'Bahasa "{value}" tidak dikenal; pilih id atau en. Bantuan: guru-community --help',
  'err.threshold': '--fail-threshold harus angka 0 sampai 1, misalnya 0.3',
  'err.csvColumn': '--csv-column "{value}" tidak bisa dipakai; tulis kolom=Judul Kolom, misalnya --csv-column "blog=Link Blog Anda". Kolom: {fields}',
  'members.issues': '{count} masalah di berkas anggota (anggota yang benar tetap diproses):',
  'members.loaded': '{count} anggota ({active} aktif) dari {file}',
  'members.notices': 'Catatan tentang berkas anggota:',
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
  'opml.title': 'Blog para anggota komunitas',
  'opml.unknownFeeds': '{count} anggota belum masuk OPML karena feed-nya belum diketahui; jalankan guru-community fetch dulu (feed dicari dari alamat blog).',
  'status.new': 'baru',
  'status.ok': 'baik',
  'status.moved': 'pindah',
  'status.failing': 'gagal',
  'status.gone': 'hilang',
  'status.dead': 'mati',
  'note.since': 'gagal sejak {date}',
  'note.movedTo': 'pindah ke {url}',
  'reason.blocked':
    'alamatnya (atau alamat tujuan pengalihannya) ada di komputer ini atau jaringan lokal, jadi tidak diambil; periksa alamat blog dan feed di berkas anggota',
  'reason.timeout':
    'blog tidak menjawab tepat waktu; biasanya sementara dan dicoba lagi otomatis. Bila terus terjadi, tanyakan anggota apakah blognya masih aktif',
  'reason.tooLarge': 'feed terlalu besar untuk diambil; minta anggota mengurangi jumlah tulisan di feed (misalnya 25 tulisan terakhir)',
  'reason.redirects': 'alamatnya dialihkan berputar-putar atau terlalu sering; buka alamatnya di peramban dan tulis alamat akhirnya di berkas anggota',
  'reason.dns': 'nama domain blog tidak ditemukan (salah ketik, atau domainnya sudah tidak aktif); periksa alamat blog bersama anggota',
  'reason.network': 'sambungan ke blog gagal; biasanya sementara dan dicoba lagi otomatis. Bila terus terjadi, buka alamatnya di peramban',
  'reason.badEncoding': 'server blog mengirim data yang rusak; dicoba lagi otomatis. Bila terus terjadi, beri tahu anggota',
  'reason.noFeed':
    'halaman blog tidak menyebut feed-nya; tulis alamat feed di kolom "feed" (Blogger: alamat blog + /feeds/posts/default, WordPress: alamat blog + /feed/)',
  'reason.parse': 'isi feed tidak bisa dibaca; buka alamat feed di peramban, dan bila rusak, beri tahu anggota',
  'reason.htmlNotFeed': 'alamat feed membuka halaman web, bukan feed; hapus kolom "feed" agar feed dicari dari blog, atau tulis alamat feed yang benar',
  'reason.diskFull': 'disk penuh, jadi tulisan tidak bisa disimpan; kosongkan ruang disk lalu jalankan guru-community fetch lagi',
  'reason.store': 'simpanan tidak bisa ditulis; periksa bahwa folder simpanan boleh ditulis, lalu jalankan guru-community fetch lagi',
  'reason.internal': 'terjadi kesalahan di guru-community; laporkan ke pengembangnya beserta keluaran guru-community status',
  'reason.blogNotFound': 'halaman blog tidak ditemukan (404); periksa alamat blog bersama anggota',
  'reason.feedNotFound': 'feed tidak ditemukan (404); periksa alamat feed, atau hapus kolom "feed" agar dicari dari alamat blog',
  'reason.forbidden': 'blog menolak diambil ({status}); mungkin blognya privat: minta anggota membukanya untuk umum',
  'reason.gone': 'blog atau feed sudah dihapus (410); tanyakan alamat barunya kepada anggota, atau tulis aktif: tidak',
  'reason.tooMany': 'blog meminta agar tidak terlalu sering diambil (429); dicoba lagi otomatis nanti',
  'reason.serverError': 'server blog sedang bermasalah ({status}); biasanya sementara dan dicoba lagi otomatis',
  'reason.httpOther': 'blog menjawab dengan kode {status}; buka alamatnya di peramban untuk melihat masalahnya',
  'note.nextTry': 'dicoba lagi {date}',
  'fetch.failedList': 'Feed yang gagal (dicoba lagi otomatis pada waktunya; guru-community fetch --force mencoba sekarang):',
  'fetch.failedLine': '  {member}: {reason} (dicoba lagi {date})',
  'fetch.notDue': '{count} feed belum waktunya diambil; yang paling awal {date}. guru-community fetch --force mengambil sekarang.',
  'fetch.storeProblem': 'Simpanan {dir} tidak bisa ditulis: {reason}. Hasil yang sudah tersimpan tetap aman.',
  'status.retryHint': 'Feed yang gagal dicoba lagi otomatis pada waktu di atas; guru-community fetch --force mencoba sekarang.',
  'status.unfinished': 'Pengambilan terakhir (mulai {date}) tidak selesai: status di bawah mungkin belum memuat hasilnya. Jalankan guru-community fetch lagi.',
} as const;

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  'help.main':
    'Usage: guru-community <command> [options]\n\n' +
    'Commands:\n' +
    '  check    check the members file and try every feed (the store is not changed)\n' +
    '  fetch    fetch the feeds of all active members into the store (.guru-community/)\n' +
    '  status   show feed health from the store\n' +
    '  opml     write the members’ feeds as OPML\n' +
    '  dev | build | preview  run this site’s Astro (on a suitable Node)\n\n' +
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
  'err.unknownCommand': 'Unknown command "{command}". Choices: check, fetch, status, opml, dev, build, preview. Help: guru-community --help',
  'err.noAstro': 'Astro is not installed in this folder, so `guru-community {command}` cannot run. Run it in the directory site’s folder, after `npm install`.',
  'err.badOption': '{detail}. Help: guru-community --help',
  'err.noMembers': 'No members file in {dir}. Create members.yaml (see the @guru-blog/community README) or pass --members FILE.',
  'err.badLang': 'Unknown language "{value}"; choose id or en. Help: guru-community --help',
  'err.threshold': '--fail-threshold must be a number from 0 to 1, e.g. 0.3',
  'err.csvColumn': 'Cannot use --csv-column "{value}"; write field=Column Title, e.g. --csv-column "blog=Your Blog Link". Fields: {fields}',
  'members.issues': '{count} problems in the members file (valid members are still processed):',
  'members.loaded': '{count} members ({active} active) from {file}',
  'members.notices': 'Notes on the members file:',
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
  'opml.title': 'Blogs of the community’s members',
  'opml.unknownFeeds':
    '{count} members are not in the OPML yet because their feed is not known; run guru-community fetch first (it finds the feed from the blog address).',
  'status.new': 'new',
  'status.ok': 'ok',
  'status.moved': 'moved',
  'status.failing': 'failing',
  'status.gone': 'gone',
  'status.dead': 'dead',
  'note.since': 'failing since {date}',
  'note.movedTo': 'moved to {url}',
  'reason.blocked':
    'the address (or where it redirects) is on this computer or a local network, so it is not fetched; check the blog and feed addresses in the members file',
  'reason.timeout':
    'the blog did not answer in time; usually temporary, tried again automatically. If it keeps happening, ask the member whether the blog is still up',
  'reason.tooLarge': 'the feed is too large to fetch; ask the member to show fewer posts in the feed (e.g. the latest 25)',
  'reason.redirects': 'the address redirects in a loop or too often; open it in a browser and write the final address in the members file',
  'reason.dns': 'the blog’s domain name does not exist (a typo, or the domain has lapsed); check the blog address with the member',
  'reason.network': 'the connection to the blog failed; usually temporary, tried again automatically. If it keeps happening, open the address in a browser',
  'reason.badEncoding': 'the blog’s server sent broken data; tried again automatically. If it keeps happening, tell the member',
  'reason.noFeed':
    'the blog page names no feed; write the feed address in the "feed" column (Blogger: blog address + /feeds/posts/default, WordPress: blog address + /feed/)',
  'reason.parse': 'the feed cannot be read; open the feed address in a browser, and if it is broken, tell the member',
  'reason.htmlNotFeed':
    'the feed address opens a web page, not a feed; remove the "feed" column so the feed is found from the blog, or write the right feed address',
  'reason.diskFull': 'the disk is full, so posts cannot be stored; free some disk space and run guru-community fetch again',
  'reason.store': 'the store cannot be written; check that its folder is writable, then run guru-community fetch again',
  'reason.internal': 'guru-community made an error; report it to its developers with the output of guru-community status',
  'reason.blogNotFound': 'the blog page was not found (404); check the blog address with the member',
  'reason.feedNotFound': 'the feed was not found (404); check the feed address, or remove the "feed" column so it is found from the blog address',
  'reason.forbidden': 'the blog refuses to be fetched ({status}); it may be private: ask the member to make it public',
  'reason.gone': 'the blog or feed was deleted (410); ask the member for the new address, or write active: no',
  'reason.tooMany': 'the blog asks not to be fetched so often (429); tried again automatically later',
  'reason.serverError': 'the blog’s server has a problem ({status}); usually temporary, tried again automatically',
  'reason.httpOther': 'the blog answered with code {status}; open the address in a browser to see the problem',
  'note.nextTry': 'next try {date}',
  'fetch.failedList': 'Failed feeds (tried again automatically when due; guru-community fetch --force tries now):',
  'fetch.failedLine': '  {member}: {reason} (next try {date})',
  'fetch.notDue': '{count} feeds are not due yet; the first at {date}. guru-community fetch --force fetches now.',
  'fetch.storeProblem': 'The store {dir} cannot be written: {reason}. What was saved before is safe.',
  'status.retryHint': 'Failed feeds are tried again automatically at the times above; guru-community fetch --force tries now.',
  'status.unfinished': 'The last fetch (started {date}) did not finish: the states below may lack its results. Run guru-community fetch again.',
};

export type { Lang } from '@guru-blog/theme/kit';
export type Translate = Translator<MessageKey>;

/** Both catalogs, for the generated troubleshooting pages. */
export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { id, en };

export function translator(lang: Lang): Translate {
  return createTranslator<MessageKey>({ id, en }, lang);
}

export const statusKey = (status: FeedStatus): MessageKey => `status.${status}`;
