// Indonesian, the default. Keys are flat and dotted; `{name}` is filled in by the translator.
export const id = {
  'intro.title': 'Guru Blog: membuat blog baru',
  'intro.nonInteractive': 'Tidak ada terminal interaktif: memakai jawaban bawaan untuk pertanyaan yang tidak diisi lewat opsi.',
  'node.tooOld':
    'Guru Blog memerlukan Node.js versi {need} atau lebih baru; komputer ini memakai {current}.\n' +
    'Cara memperbarui:\n' +
    '  1. Buka https://nodejs.org/id dan unduh versi LTS (misalnya 24), lalu pasang seperti aplikasi biasa.\n' +
    '  2. Tutup jendela terminal ini, buka lagi, lalu periksa dengan: node --version\n' +
    '  3. Jalankan lagi: npm create guru-blog@latest\n' +
    'Tanpa hak admin? Pakai fnm (https://github.com/Schniz/fnm) atau nvm: fnm install 24',
  'folder.question': 'Di folder mana blog dibuat?',
  'folder.placeholder': 'blog-saya',
  'folder.empty': 'Nama folder tidak boleh kosong.',
  'folder.badChars': 'Nama folder "{name}" memuat karakter yang tidak boleh dipakai ({chars}). Pakai huruf, angka, dan tanda hubung, misalnya blog-saya.',
  'folder.reserved': 'Nama "{name}" dipakai Windows untuk perangkat dan tidak bisa menjadi nama folder. Pilih nama lain, misalnya blog-saya.',
  'folder.trailing': 'Nama folder "{name}" tidak boleh diakhiri titik atau spasi.',
  'folder.tooLong': 'Nama folder terlalu panjang ({length} karakter); maksimal {max}.',
  'folder.notEmpty': 'Folder {dir} sudah berisi {count} berkas/folder ({list}). Supaya tidak ada yang tertimpa, pilih folder lain, misalnya {suggestion}.',
  'folder.isFile': '{dir} adalah sebuah berkas, bukan folder. Pilih nama lain, misalnya {suggestion}.',
  'template.question': 'Blog seperti apa?',
  'template.unknown': 'Template "{name}" tidak ada di versi ini. Pilihan: {list}.',
  'identity.title': 'Judul blog?',
  'identity.titlePlaceholder': 'Catatan Mengajar Bu Ratna',
  'identity.titleEmpty': 'Judul blog tidak boleh kosong.',
  'identity.author': 'Nama Anda (tampil sebagai penulis)?',
  'identity.authorPlaceholder': 'Ratna Sari Dewi, S.Pd.',
  'identity.authorEmpty': 'Nama penulis tidak boleh kosong.',
  'identity.tooLong': 'Terlalu panjang ({length} karakter); maksimal {max}.',
  'identity.communityTitle': 'Nama direktori?',
  'identity.communityTitlePlaceholder': 'Blog Guru IGI Kabupaten Sleman',
  'identity.organizer': 'Penyelenggara (komunitas atau nama Anda)?',
  'identity.organizerPlaceholder': 'IGI Kabupaten Sleman',
  'next.members': 'Isi daftar anggota di {file}, lalu periksa feed mereka:',
  'next.update': 'Ambil tulisan terbaru anggota (perlu internet):',
  'next.publish.community':
    'Setelah terbit, jalankan {command} secara berkala (alur kerja GitHub Actions melakukannya setiap 6 jam). Langkah lengkap ada di README.md.',
  'identity.school': 'Sekolah tempat mengajar? (boleh dikosongkan)',
  'identity.schoolPlaceholder': 'SMP Negeri 3 Yogyakarta',
  'identity.subjects': 'Mata pelajaran yang Anda ajar? (ketik untuk mencari, Tab memilih, Enter lanjut)',
  'identity.subjectsPlaceholder': 'ketik, mis. matematika',
  'identity.subjectUnknown': 'Mapel "{value}" tidak dikenal.',
  'identity.didYouMean': ' Maksud Anda "{suggestion}"?',
  'identity.subjectHint': 'Tulis nama mapel seperti di Kurikulum Merdeka (mis. matematika, ipa, "Bahasa Indonesia", PJOK), dipisah koma.',
  'options.cms': 'Pakai CMS di browser (menulis tanpa Git)?',
  'options.cmsUnavailable':
    'CMS di browser belum tersedia untuk template "{template}" di versi ini; opsi --cms diabaikan. Anda tetap bisa menulis berkas Markdown dan menerbitkan lewat Git.',
  'accent.question': 'Warna utama blog?',
  'accent.senja': 'Senja (oranye bata)',
  'accent.samudra': 'Samudra (biru laut)',
  'accent.hutan': 'Hutan (hijau daun)',
  'accent.anggrek': 'Anggrek (ungu)',
  'accent.kunyit': 'Kunyit (kuning kecokelatan)',
  'accent.unknown': 'Warna "{value}" tidak ada. Pilih salah satu: {list}',
  'options.deploy': 'Di mana blog akan diterbitkan?',
  'options.deployUnknown': 'Tujuan terbit "{value}" tidak dikenal. Pilihan: {list}.',
  'deploy.netlify': 'Netlify',
  'deploy.netlifyHint': 'gratis, hubungkan repositori GitHub',
  'deploy.github-pages': 'GitHub Pages',
  'deploy.github-pagesHint': 'gratis, terbit otomatis setiap push',
  'deploy.cloudflare-pages': 'Cloudflare Pages',
  'deploy.cloudflare-pagesHint': 'gratis, cepat di Indonesia',
  'deploy.all': 'Semua (repositori templat)',
  'deploy.allHint': 'Netlify, GitHub Pages, dan Cloudflare Pages sekaligus; untuk "Use this template"',
  'deploy.none': 'Nanti saja',
  'deploy.noneHint': 'bisa diatur kemudian',
  'options.install': 'Pasang dependensi sekarang dengan {pm}?',
  'options.git': 'Buat repositori Git?',
  'write.dryRun': 'Uji coba (--dry-run): tidak ada yang ditulis. Yang akan dibuat di {dir}:',
  'write.dryRunCommands': 'Perintah yang akan dijalankan:',
  'write.symlink': '{link} adalah pintasan (symlink) ke luar folder blog; {file} tidak ditulis ke sana. Hapus pintasan itu bila berkas ini diperlukan.',
  'write.readOnly':
    'Folder {dir} hanya bisa dibaca, jadi blog tidak bisa ditulis di sana. Pilih folder lain (misalnya di Dokumen), lalu jalankan perintahnya lagi.',
  'write.noSpace':
    'Disk penuh: blog tidak bisa ditulis ke {dir}. Kosongkan ruang disk (blog baru butuh sekitar 300 MB setelah dependensi terpasang), lalu jalankan perintahnya lagi.',
  'write.denied': 'Tidak ada izin menulis di {dir}. Pilih folder milik Anda (misalnya di Dokumen), lalu jalankan perintahnya lagi.',
  'write.tooLong': 'Nama folder {dir} terlalu panjang untuk sistem ini. Pilih folder dengan jalur yang lebih pendek, lalu jalankan perintahnya lagi.',
  'write.io': 'Disk tidak bisa ditulis ({dir}); mungkin flashdisk tercabut atau rusak. Periksa disknya, lalu jalankan perintahnya lagi.',
  'git.symlink':
    '.git di folder ini adalah pintasan (symlink) ke tempat lain, jadi Git tidak disiapkan. Hapus pintasan itu, lalu jalankan git init sendiri bila perlu.',
  'write.done': 'Berkas blog ditulis ke {dir}.',
  'install.start': 'Memasang dependensi dengan {pm} (bisa beberapa menit di koneksi lambat)…',
  'install.offline': 'Mode luring: memasang dari cache {pm} (--prefer-offline).',
  'install.unreachable': 'Registry npm ({registry}) tidak terjangkau; mencoba memasang dari cache {pm} (--prefer-offline).',
  'install.retryOffline': 'Pemasangan gagal karena jaringan; mencoba sekali lagi dari cache {pm} (--prefer-offline).',
  'install.done': 'Dependensi terpasang.',
  'install.nodeOld':
    'Astro {astro} yang terpasang butuh Node {floor} atau lebih baru, sedangkan komputer ini memakai {current}. Tidak apa-apa: perintah dev, build, dan preview blog ini mengambil Node yang cocok sendiri ke {cache} (sekali saja, sekitar 30 MB). Atau pasang Node 24 (LTS) dari https://nodejs.org.',
  'install.failed': 'Pemasangan dependensi gagal (kode {code}). Berkas blog tetap ada. Coba lagi nanti dengan: {command}',
  'install.failedOffline': 'Sebagian paket belum ada di cache. Sambungkan internet, lalu jalankan: {command}',
  'install.skipped': 'Dependensi belum dipasang.',
  'git.done': 'Repositori Git dibuat dengan commit pertama.',
  'git.noIdentity':
    'Repositori Git dibuat, tetapi commit pertama belum dibuat karena nama/surel Git belum diatur. Atur dengan: git config --global user.name "Nama Anda" dan git config --global user.email "surel@contoh.id", lalu: git add -A && git commit -m "Blog pertama"',
  'git.missing': 'Git tidak ditemukan; repositori tidak dibuat. Pasang Git dari https://git-scm.com bila ingin menerbitkan lewat GitHub.',
  'git.inside': 'Folder ini sudah berada di dalam repositori Git; tidak membuat repositori baru.',
  'git.failed': 'Git gagal ({message}); repositori tidak dibuat. Berkas blog tetap ada.',
  'cancel.nothing': 'Dibatalkan. Tidak ada berkas yang ditulis.',
  'cancel.cleaned': 'Dibatalkan. Yang sudah dibuat di {dir} dihapus lagi.',
  'error.prefix': 'Gagal',
  'error.unknownOption': 'Opsi {option} tidak dikenal. Lihat semua opsi dengan: npm create guru-blog -- --help',
  'error.missingValue': 'Opsi {option} perlu isian, misalnya {example}.',
  'error.lang': 'Bahasa "{value}" tidak dikenal; pilih id atau en.',
  'error.tooManyFolders': 'Hanya satu nama folder yang bisa diberikan, bukan: {list}.',
  'next.title': 'Langkah berikutnya',
  'next.cd': 'Masuk ke folder blog:',
  'next.install': 'Pasang dependensi (perlu internet, sekali saja):',
  'next.dev': 'Jalankan blog di komputer ini:',
  'next.open': 'Buka di browser: {url}',
  'next.post': 'Tulis artikel pertama: salin {file} lalu ubah isinya.',
  'next.lesson': 'Buat modul ajar baru: {command}',
  'next.publish.netlify': 'Terbitkan: unggah ke GitHub, lalu di Netlify pilih "Add new site" → "Import an existing project". Langkah lengkap ada di README.md.',
  'next.publish.github-pages': 'Terbitkan: unggah ke GitHub dan aktifkan Settings → Pages → Source: GitHub Actions. Langkah lengkap ada di README.md.',
  'next.publish.cloudflare-pages': 'Terbitkan: unggah ke GitHub, lalu di Cloudflare pilih Workers & Pages → Create → Pages. Langkah lengkap ada di README.md.',
  'next.publish.all':
    'Terbitkan: unggah ke GitHub dan jadikan repositori templat (Settings → Template repository), atau hubungkan langsung ke Netlify, GitHub Pages, atau Cloudflare Pages. Langkah lengkap ada di README.md.',
  'next.publish.none': 'Cara menerbitkan blog (Netlify, GitHub Pages, Cloudflare Pages) ada di README.md.',
  'next.outro': 'Selamat menulis! Bantuan: README.md di folder blog Anda.',
  'help.text':
    'Pemakaian: npm create guru-blog@latest [folder] -- [opsi]\n' +
    '\n' +
    'Opsi:\n' +
    '  --template <blog>           jenis proyek (blog: blog guru)\n' +
    '  --title <teks>              judul blog\n' +
    '  --author <nama>             nama guru (penulis)\n' +
    '  --school <nama>             nama sekolah\n' +
    '  --mapel <daftar>            mapel yang diajar, dipisah koma (mis. matematika,ipa)\n' +
    '  --warna <nama>              warna utama: senja | samudra | hutan | anggrek | kunyit\n' +
    '  --cms / --no-cms            CMS di browser (bila template mendukung)\n' +
    '  --deploy <tujuan>           netlify | github-pages | cloudflare-pages | all | none\n' +
    '  --install / --no-install    pasang dependensi sekarang\n' +
    '  --git / --no-git            buat repositori Git\n' +
    '  --offline                   pasang dari cache paket (tanpa internet)\n' +
    '  --yes, -y                   pakai jawaban bawaan untuk yang tidak diisi\n' +
    '  --dry-run                   tampilkan yang akan dibuat tanpa menulis apa pun\n' +
    '  --lang <id|en>              bahasa pertanyaan (bawaan: id)\n' +
    '  --help, -h / --version, -v\n' +
    '\n' +
    'Contoh untuk pelatihan:\n' +
    '  npm create guru-blog@latest blog-bu-ratna -- --yes --title "Matematika Bersama Bu Ratna" --author "Ratna" --mapel matematika',
} as const;

export type MessageKey = keyof typeof id;
