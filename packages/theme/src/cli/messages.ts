import { createTranslator, type Lang, type Translator } from '../kit/index.ts';

// Every sentence the CLI prints, in Indonesian (the default) and English. `{name}` is filled in.

const id = {
  'help.main': `guru-blog — alat bantu Guru Blog

Pemakaian:
  guru-blog new lesson --mapel <mapel> --kelas <n> --jenis <modul-ajar|rpp|rpm> --judul "<judul>"
  guru-blog new post --judul "<judul>"
  guru-blog mapel [--jenjang sd|smp|sma|smk|paud]
  guru-blog import blogger|wordpress <file>

Perintah:
  new lesson   membuat kerangka Modul Ajar, RPP, atau RPM di src/content/lessons/
  new post     membuat kerangka tulisan blog di src/content/posts/
  mapel        menampilkan daftar mata pelajaran yang dikenal
  import       memindahkan blog Blogger atau WordPress (bantuan: guru-blog import --help)
  cms          menyalakan blog dan editor /admin/ di komputer ini (tanpa akun)

Opsi umum:
  --lang id|en   bahasa pesan (bawaan: bahasa komputer jika Inggris, selain itu Indonesia)
  -h, --help     menampilkan bantuan ini
  -v, --version  menampilkan versi

Bantuan lengkap: guru-blog new --help, guru-blog mapel --help
Kode keluar: 0 berhasil, 1 isian tidak bisa dipakai, 2 salah cara memanggil.`,
  'help.new': `guru-blog new lesson — kerangka rencana pembelajaran (Modul Ajar, RPP, RPM)

  guru-blog new lesson --mapel matematika --kelas 7 --jenis rpm --judul "Pecahan Senilai"

  --mapel <mapel>      slug, nama, atau singkatan: matematika, "Bahasa Indonesia", PPKn, IPA …
                       (daftar lengkap: guru-blog mapel)
  --kelas <n>[,<n>]    kelas 1–13, misalnya 7 atau 7,8 (angka Romawi juga boleh: VII)
  --jenis <jenis>      modul-ajar, rpp, atau rpm
  --judul "<judul>"    judul pelajaran; juga menjadi topik dan nama file
  --jenjang <jenjang>  sd, smp, sma, smk, atau paud (bawaan: dari kelas; kelas 10–12 → sma)
  --semester 1|2       bawaan: dari tanggal hari ini (Juli–Desember → 1)
  --jp <n>             jumlah jam pelajaran seluruhnya (bawaan: 2 JP per pertemuan)
  --pertemuan <n>      jumlah pertemuan (bawaan: 1)
  --dir <folder>       folder tujuan (bawaan: src/content/lessons)

guru-blog new post — kerangka tulisan blog

  guru-blog new post --judul "Belajar Pecahan dengan Kertas Lipat" --tags pecahan,kelas-7

  --judul "<judul>"    judul tulisan; juga menjadi nama file
  --tags a,b           tag, dipisah koma
  --dir <folder>       folder tujuan (bawaan: src/content/posts)

File yang sudah ada tidak pernah ditimpa.`,
  'help.mapel': `guru-blog mapel — daftar mata pelajaran yang dikenal

  guru-blog mapel
  guru-blog mapel --jenjang smp

  --jenjang <jenjang>  hanya mapel di jenjang ini: sd, smp, sma, smk, atau paud

Slug di kolom pertama (atau nama mapelnya) dipakai untuk --mapel.`,

  'err.unknownCommand': "perintah '{command}' tidak dikenal. Lihat: guru-blog --help",
  'err.unknownOption': "opsi '{option}' tidak dikenal. Lihat: {help}",
  'err.optionNotHere': "opsi '--{option}' tidak dipakai oleh '{command}'. Lihat: {help}",
  'err.missingValue': "opsi '--{option}' perlu nilai, misalnya --{option} {example}",
  'err.unexpectedArg': '\'{arg}\' tidak diharapkan di sini. Judul yang berisi spasi perlu tanda kutip: --judul "Pecahan Senilai"',
  'err.missingOptions': 'opsi wajib belum diisi: {list}\nContoh: {example}',
  'err.npmSwallowed': 'npm mengambil opsi {options} untuk dirinya sendiri. Tulis -- sebelum opsi, misalnya: npm run lesson:new -- {options}',
  'err.badKelas': "kelas '{value}' tidak dikenal; tulis angka 1–13, misalnya --kelas 7 atau --kelas 7,8",
  'err.badJenis': "jenis '{value}' tidak dikenal; pilih salah satu: modul-ajar, rpp, rpm",
  'err.badJenjang': "jenjang '{value}' tidak dikenal; pilih salah satu: sd, smp, sma, smk, paud",
  'err.badSemester': "semester '{value}' tidak dikenal; tulis 1 atau 2",
  'err.badNumber': "--{option} '{value}' harus bilangan bulat positif, misalnya --{option} 2",
  'err.badLang': "bahasa '{value}' tidak dikenal; pilih id atau en",
  'err.unknownMapel': "mapel '{value}' tidak dikenal",
  'err.didYouMean': "; maksud Anda '{suggestion}'?",
  'err.listHint': 'Lihat daftar mapel: guru-blog mapel',
  'err.mapelMissing': 'Tulis salah satu slug di atas setelah --mapel, misalnya --mapel matematika',
  'err.kelasMixed': 'kelas {grades} berada di jenjang yang berbeda; satu rencana pembelajaran untuk satu jenjang',
  'err.kelasPhases': 'kelas {grades} berada di fase yang berbeda ({phases}); buat satu rencana untuk tiap fase',
  'err.kelasJenjang': 'kelas {grades} bukan kelas {jenjang} ({jenjang}: kelas {valid})',
  'err.kelasRequired': 'opsi --kelas wajib untuk jenjang {jenjang}, misalnya --kelas {example}',
  'err.paudKelas': 'PAUD tidak memakai kelas; hapus --kelas',
  'err.paudJp': 'PAUD tidak memakai JP; hapus --jp (menit tiap kegiatan bisa diubah di file)',
  'err.subjectJenjang': '{subject} tidak diajarkan di {jenjang}. Mapel ini diajarkan di: {where}',
  'err.subjectGrades': '{subject} tidak diajarkan di kelas {grades} {jenjang}. Mapel ini diajarkan di: {where}',
  'err.meetings': '{meetings} pertemuan tidak muat dalam {jp} JP; tambah --jp atau kurangi --pertemuan',
  'err.exists': 'file {file} sudah ada dan tidak ditimpa.\nPakai judul lain, misalnya --judul "{example}", atau hapus/ganti nama file itu dulu.',
  'err.emptySlug': "judul '{title}' tidak menghasilkan nama file; pakai huruf latin atau angka di --judul",
  'err.unexpected':
    'terjadi kesalahan yang tidak terduga: {message}\nMohon laporkan ke pengelola Guru Blog, sertakan keluaran perintah yang sama dengan GURU_BLOG_DEBUG=1.',
  'err.noAstro':
    'Astro belum terpasang di folder ini, jadi `guru-blog {command}` tidak bisa berjalan. Jalankan perintah ini di folder blog, setelah `npm install`.',
  'err.prefix': 'Galat: ',
  'err.importMissing':
    'perintah import memerlukan paket @guru-blog/import. Pasang dulu di folder situs:\n  npm install --save-dev @guru-blog/import\nlalu jalankan perintah yang sama lagi.',

  'where.grades': '{jenjang} kelas {grades}',
  'ok.lesson': 'Berhasil: {file} ({what}, {where}, {time})',
  'ok.lessonNext':
    'Selanjutnya: buka file itu, ganti setiap teks contoh "Tulis …" dan teks bercetak miring (_…_) dengan isi Anda, lalu hapus baris "draft: true" agar pelajaran terbit (guru-blog check menunjukkan yang masih tersisa).',
  'ok.post': 'Berhasil: {file}',
  'ok.postNext': 'Selanjutnya: tulis isinya, lalu hapus baris "draft: true" agar tulisan terbit.',
  'ok.jp': '{jp} JP × {minutes} menit',
  'ok.paudMinutes': '{minutes} menit',

  'list.header': 'SLUG|NAMA MAPEL|JENJANG',
  'list.footer': '{count} mapel. Pakai slug atau nama mapel untuk --mapel.',
  'list.footerJenjang': '{count} mapel di {jenjang}. Pakai slug atau nama mapel untuk --mapel.',

  'prompt.mapel': 'Mata pelajaran?',
  'prompt.mapelPlaceholder': 'ketik, mis. matematika',
  'prompt.kelas': 'Kelas berapa? (mis. 7, atau 7,8)',
  'prompt.jenis': 'Jenis dokumen?',
  'prompt.jenis.modul-ajar': 'Modul Ajar',
  'prompt.jenis.rpp': 'RPP (Rencana Pelaksanaan Pembelajaran)',
  'prompt.jenis.rpm': 'RPM (Rencana Pembelajaran Mendalam)',
  'prompt.judul': 'Judul pelajaran?',
  'prompt.judulPlaceholder': 'mis. Pecahan Senilai',
  'prompt.judulPost': 'Judul tulisan?',
  'prompt.judulPostPlaceholder': 'mis. Belajar Pecahan dengan Kertas Lipat',
  'prompt.empty': 'Belum diisi; tulis dulu, lalu tekan Enter.',
  'prompt.cancelled': 'Dibatalkan; tidak ada berkas yang dibuat.',
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  'help.main': `guru-blog — the Guru Blog helper

Usage:
  guru-blog new lesson --mapel <subject> --kelas <n> --jenis <modul-ajar|rpp|rpm> --judul "<title>"
  guru-blog new post --judul "<title>"
  guru-blog mapel [--jenjang sd|smp|sma|smk|paud]
  guru-blog import blogger|wordpress <file>

Commands:
  new lesson   create a Modul Ajar, RPP or RPM skeleton in src/content/lessons/
  new post     create a blog post skeleton in src/content/posts/
  mapel        list the subjects the theme knows
  import       move a Blogger or WordPress blog (help: guru-blog import --help)
  cms          start the blog and the /admin/ editor on this computer (no account)

Global options:
  --lang id|en   message language (default: English if the computer's locale is English, else Indonesian)
  -h, --help     show this help
  -v, --version  show the version

More help: guru-blog new --help, guru-blog mapel --help
Exit codes: 0 ok, 1 input cannot be used, 2 wrong usage.`,
  'help.new': `guru-blog new lesson — a lesson plan skeleton (Modul Ajar, RPP, RPM)

  guru-blog new lesson --mapel matematika --kelas 7 --jenis rpm --judul "Pecahan Senilai"

  --mapel <subject>    slug, name or abbreviation: matematika, "Bahasa Indonesia", PPKn, IPA …
                       (full list: guru-blog mapel)
  --kelas <n>[,<n>]    grade 1–13, e.g. 7 or 7,8 (Roman numerals work too: VII)
  --jenis <type>       modul-ajar, rpp or rpm
  --judul "<title>"    lesson title; also the topic and the file name
  --jenjang <level>    sd, smp, sma, smk or paud (default: from the grade; grades 10–12 → sma)
  --semester 1|2       default: from today's date (July–December → 1)
  --jp <n>             total lesson hours (JP) (default: 2 per meeting)
  --pertemuan <n>      number of meetings (default: 1)
  --dir <folder>       target folder (default: src/content/lessons)

guru-blog new post — a blog post skeleton

  guru-blog new post --judul "Belajar Pecahan dengan Kertas Lipat" --tags pecahan,kelas-7

  --judul "<title>"    post title; also the file name
  --tags a,b           tags, comma-separated
  --dir <folder>       target folder (default: src/content/posts)

Existing files are never overwritten.`,
  'help.mapel': `guru-blog mapel — the subjects the theme knows

  guru-blog mapel
  guru-blog mapel --jenjang smp

  --jenjang <level>    only subjects of this level: sd, smp, sma, smk or paud

Use the slug in the first column (or the subject's name) with --mapel.`,

  'err.unknownCommand': "unknown command '{command}'. See: guru-blog --help",
  'err.unknownOption': "unknown option '{option}'. See: {help}",
  'err.optionNotHere': "option '--{option}' is not used by '{command}'. See: {help}",
  'err.missingValue': "option '--{option}' needs a value, e.g. --{option} {example}",
  'err.unexpectedArg': '\'{arg}\' was not expected here. A title with spaces needs quotes: --judul "Pecahan Senilai"',
  'err.missingOptions': 'required options missing: {list}\nExample: {example}',
  'err.npmSwallowed': 'npm kept the options {options} for itself. Write -- before the options, e.g.: npm run lesson:new -- {options}',
  'err.badKelas': "unknown grade '{value}'; write a number 1–13, e.g. --kelas 7 or --kelas 7,8",
  'err.badJenis': "unknown type '{value}'; choose one of: modul-ajar, rpp, rpm",
  'err.badJenjang': "unknown school level '{value}'; choose one of: sd, smp, sma, smk, paud",
  'err.badSemester': "unknown semester '{value}'; write 1 or 2",
  'err.badNumber': "--{option} '{value}' must be a positive whole number, e.g. --{option} 2",
  'err.badLang': "unknown language '{value}'; choose id or en",
  'err.unknownMapel': "unknown subject (mapel) '{value}'",
  'err.didYouMean': "; did you mean '{suggestion}'?",
  'err.listHint': 'List the subjects: guru-blog mapel',
  'err.mapelMissing': 'Write one of the slugs above after --mapel, e.g. --mapel matematika',
  'err.kelasMixed': 'grades {grades} belong to different school levels; one lesson plan is for one level',
  'err.kelasPhases': 'grades {grades} are in different phases ({phases}); write one plan per phase',
  'err.kelasJenjang': 'grade {grades} is not a {jenjang} grade ({jenjang}: grades {valid})',
  'err.kelasRequired': 'option --kelas is required for {jenjang}, e.g. --kelas {example}',
  'err.paudKelas': 'PAUD has no grades; remove --kelas',
  'err.paudJp': 'PAUD does not plan in JP; remove --jp (the minutes of each activity can be edited in the file)',
  'err.subjectJenjang': '{subject} is not taught in {jenjang}. It is taught in: {where}',
  'err.subjectGrades': '{subject} is not taught in grade {grades} of {jenjang}. It is taught in: {where}',
  'err.meetings': '{meetings} meetings do not fit in {jp} JP; raise --jp or lower --pertemuan',
  'err.exists': 'file {file} already exists and was not overwritten.\nUse another title, e.g. --judul "{example}", or delete/rename that file first.',
  'err.emptySlug': "title '{title}' gives no file name; use Latin letters or digits in --judul",
  'err.unexpected':
    'an unexpected error happened: {message}\nPlease report it to the Guru Blog maintainers with the output of the same command run with GURU_BLOG_DEBUG=1.',
  'err.noAstro': 'Astro is not installed in this folder, so `guru-blog {command}` cannot run. Run it in the blog folder, after `npm install`.',
  'err.prefix': 'Error: ',
  'err.importMissing':
    'the import command needs the package @guru-blog/import. Install it in the site folder first:\n  npm install --save-dev @guru-blog/import\nthen run the same command again.',

  'where.grades': '{jenjang} grades {grades}',
  'ok.lesson': 'Created: {file} ({what}, {where}, {time})',
  'ok.lessonNext':
    'Next: open the file, replace every sample text "Tulis …" and the italic text (_…_) with your own, then delete the line "draft: true" to publish it (guru-blog check shows what is left).',
  'ok.post': 'Created: {file}',
  'ok.postNext': 'Next: write the post, then delete the line "draft: true" to publish it.',
  'ok.jp': '{jp} JP × {minutes} min',
  'ok.paudMinutes': '{minutes} min',

  'list.header': 'SLUG|SUBJECT (INDONESIAN NAME)|LEVELS',
  'list.footer': '{count} subjects. Use the slug or the name with --mapel.',
  'list.footerJenjang': '{count} subjects in {jenjang}. Use the slug or the name with --mapel.',

  'prompt.mapel': 'Subject?',
  'prompt.mapelPlaceholder': 'type, e.g. matematika',
  'prompt.kelas': 'Which grade? (e.g. 7, or 7,8)',
  'prompt.jenis': 'Type of document?',
  'prompt.jenis.modul-ajar': 'Modul Ajar (teaching module)',
  'prompt.jenis.rpp': 'RPP (lesson plan)',
  'prompt.jenis.rpm': 'RPM (deep learning plan)',
  'prompt.judul': 'Lesson title?',
  'prompt.judulPlaceholder': 'e.g. Pecahan Senilai',
  'prompt.judulPost': 'Post title?',
  'prompt.judulPostPlaceholder': 'e.g. Learning Fractions with Folded Paper',
  'prompt.empty': 'Not filled in yet; type it, then press Enter.',
  'prompt.cancelled': 'Cancelled; no file was created.',
};

export type { Lang } from '../kit/index.ts';
export type Translate = Translator<MessageKey>;

/** Both catalogs, for the generated troubleshooting pages of the docs. */
export const MESSAGES = { id, en } as const;

/** The CLI's translator; English falls back to Indonesian for a key not translated yet. */
export function translator(lang: Lang): Translate {
  return createTranslator<MessageKey>({ id, en }, lang);
}
