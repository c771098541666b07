import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { temporaryFolders } from '@guru-blog/testing';
import { describe, expect, it } from 'vitest';
import { loadMembersFile, parseMembers } from '../src/members/load-members.ts';
import { nameForId, parseWebUrl, slugify } from '../src/members/members-schema.ts';
import { formatIssue } from '../src/members/messages.ts';
import type { MemberIssue } from '../src/model.ts';

const temp = temporaryFolders();
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/members/${name}`, import.meta.url));
/** Where each issue points, to compare whole lists at a glance. */
const where = (issues: MemberIssue[]) => issues.map((i) => [i.line, i.entry, i.field]);
const JENJANG_HINT = 'tulis salah satu dari PAUD, TK, SD, MI, SMP, MTs, SMA, MA, SMK, MAK, SLB';

describe('members.yaml', () => {
  it('reads every field, with Indonesian keys, bare domains and defaults', () => {
    const { members, issues } = loadMembersFile(fixture('anggota.yaml'));
    expect(issues).toEqual([]);
    expect(members).toStrictEqual([
      {
        id: 'ani-suryani',
        name: 'Ani Suryani, S.Pd.',
        blog: 'https://bu-ani.blogspot.com/',
        feed: 'https://bu-ani.blogspot.com/feeds/posts/default/-/Matematika',
        school: 'SD Negeri 1 Cibinong',
        jenjang: ['sd'],
        subjects: ['matematika'],
        provinsi: 'Jawa Barat',
        kabupaten: 'Kabupaten Bogor',
        photo: '/foto/ani.jpg',
        active: true,
      },
      {
        id: 'pak-budi',
        name: 'Budi Santoso',
        blog: 'https://pakbudi.wordpress.com/',
        feed: 'https://pakbudi.wordpress.com/category/ipa/feed/',
        school: 'SMP Negeri 2 Bogor',
        jenjang: ['smp'],
        subjects: ['ipa', 'informatika'],
        provinsi: 'Jawa Barat',
        kabupaten: 'Kota Bogor',
        photo: 'https://pakbudi.files.wordpress.com/2024/01/profil.jpg',
        active: true,
      },
      {
        id: 'citra-lestari',
        name: 'Citra Lestari',
        blog: 'http://citra-mengajar.blogspot.com/',
        school: 'MTs Al-Hikmah',
        jenjang: ['smp'],
        subjects: ['matematika', 'bahasa-indonesia', 'pjok'],
        kabupaten: 'Kabupaten Bogor',
        active: false,
      },
      { id: 'dewi-anggraini', name: 'Dewi Anggraini', blog: 'https://dewi.guru.id/blog/', jenjang: ['paud'], subjects: ['pembelajaran-paud'], active: true },
      {
        id: '007-eko',
        name: 'Eko Prasetyo',
        blog: 'https://ekoprasetyo.net/',
        school: 'SMK Negeri 1 Cibinong',
        jenjang: ['smk'],
        subjects: ['dasar-program-keahlian', 'informatika'],
        active: true,
      },
      {
        id: 'fitri-handayani',
        name: 'Fitri Handayani',
        blog: 'https://fitri-slb.blogspot.com/',
        school: 'SLB Negeri Cileungsi',
        jenjang: ['slb'],
        subjects: ['pjok'],
        provinsi: 'Jawa Barat',
        active: true,
      },
    ]);
  });

  it('reports every problem with its line, entry and field, and still returns the valid entries', () => {
    const { members, issues } = loadMembersFile(fixture('salah.yaml'));
    expect(members.map((m) => m.id)).toEqual(['hadi']);
    expect(where(issues)).toEqual([
      [3, 1, 'blog'],
      [4, 1, 'mapel'],
      [5, 2, 'nama'],
      [6, 2, 'jenjang'],
      [8, 3, 'blog'],
      [9, 3, 'sekolh'],
      [10, 3, 'aktif'],
      [13, 4, 'id'],
      [14, 4, 'feed'],
      [16, 5, 'name'],
      [18, 5, 'foto'],
      [19, 6, undefined],
      [22, 7, 'mapel'],
    ]);
    const text = issues.map((i) => i.message);
    expect(text[1]).toBe('mata pelajaran "Matemtika" tidak ada di katalog; maksudnya "matematika"?');
    expect(text[2]).toBe('nama wajib diisi, misalnya Ani Suryani, S.Pd.');
    expect(text[3]).toBe(`jenjang "kuliah" tidak dikenal; ${JENJANG_HINT}`);
    expect(text[5]).toMatch(/^kolom tidak dikenal; maksudnya "sekolah"\? Kolom yang bisa dipakai: name\/nama, blog, feed, id, school\/sekolah, /);
    expect(text[6]).toBe('"mungkin" tidak dikenali; tulis ya atau tidak');
    expect(text[7]).toBe('id hanya boleh berisi huruf kecil a-z, angka dan tanda hubung, misalnya "pak-dedi"');
    expect(text[8]).toBe('"https://" bukan alamat web yang benar; tulis lengkap, misalnya https://bu-ani.blogspot.com');
    expect(text[9]).toBe('kolom ini sudah ditulis sebagai "nama" di baris 15; hapus salah satu');
    expect(formatIssue(issues[0]!)).toBe(
      `${fixture('salah.yaml')}:3: anggota ke-1, "blog": alamat harus diawali http:// atau https://, misalnya https://bu-ani.blogspot.com`,
    );
    expect(formatIssue(issues[11]!)).toBe(
      `${fixture('salah.yaml')}:19: anggota ke-6: setiap anggota ditulis sebagai kolom dan nilai, misalnya "- nama: Ani Suryani" lalu "  blog: https://bu-ani.blogspot.com"`,
    );
  });

  it('speaks English when asked', () => {
    const { issues } = parseMembers('- nama: Ani\n  blog: ftp://ani.example.com\n  mapel: Matemtika\n- blog: https://b.blogspot.com\n', 'members.yaml', {
      lang: 'en',
    });
    expect(issues.map((i) => formatIssue(i, 'en'))).toEqual([
      'members.yaml:2: entry 1, "blog": the address must start with http:// or https://, e.g. https://bu-ani.blogspot.com',
      'members.yaml:3: entry 1, "mapel": the subject "Matemtika" is not in the catalog; did you mean "matematika"?',
      'members.yaml:4: entry 2, "name": the name is required, e.g. Ani Suryani, S.Pd.',
    ]);
  });

  it('gives ids from names -2, -3 only when derived; a repeated given id or blog is an issue', () => {
    const { members, issues } = loadMembersFile(fixture('ganda.yml'));
    expect(members.map((m) => [m.id, m.blog])).toEqual([
      ['ani-suryani-2', 'https://bu-ani.blogspot.com/'],
      ['ani-suryani-3', 'https://ani-suryani.wordpress.com/'],
      ['ani-suryani', 'https://ani-smp.blogspot.com/'],
    ]);
    expect(issues.map((i) => [i.line, i.entry, i.field, i.message])).toEqual([
      [6, 3, 'blog', 'blog ini sudah terdaftar untuk anggota ke-1 (baris 2); hapus salah satu'],
      [11, 5, 'id', 'id "ani-suryani" sudah dipakai anggota ke-4 (baris 8); setiap anggota perlu id yang berbeda'],
    ]);
    const paths = parseMembers(
      '- {nama: A, blog: "https://Guru.ID/blog/"}\n- {nama: B, blog: "http://guru.id/blog"}\n- {nama: C, blog: "guru.id/blog/lain"}\n- {nama: D, blog: "bu-d.blogspot.com/?m=1"}\n- {nama: E, blog: "https://bu-d.blogspot.com"}\n',
      'm.yaml',
    );
    expect(paths.members.map((m) => m.blog)).toEqual(['https://guru.id/blog/', 'https://guru.id/blog/lain', 'https://bu-d.blogspot.com/']);
    expect(where(paths.issues)).toEqual([
      [2, 2, 'blog'],
      [5, 5, 'blog'],
    ]);
  });

  it('reports a YAML syntax error at its line and returns no members', () => {
    const tab = loadMembersFile(fixture('tab.yaml'));
    expect(tab.members).toEqual([]);
    expect(tab.issues).toEqual([{ file: fixture('tab.yaml'), line: 5, message: 'YAML tidak boleh memakai tab untuk indentasi; ganti dengan spasi' }]);
    const quote = parseMembers('- nama: Ani\n  blog: https://ani.blogspot.com\n  sekolah: SD: 1\n', 'm.yaml');
    expect(quote.members).toEqual([]);
    expect(quote.issues).toEqual([
      {
        file: 'm.yaml',
        line: 3,
        message: 'penulisan YAML salah (Nested mappings are not allowed in compact mappings); periksa indentasi dan tanda ":" setelah nama kolom',
      },
    ]);
  });

  it('checks the shape of the file', () => {
    expect(parseMembers('', 'm.yaml')).toEqual({
      members: [],
      issues: [
        {
          file: 'm.yaml',
          line: 1,
          message:
            'berkas anggota kosong; tulis setidaknya satu anggota, misalnya "members:" lalu "- nama: Ani Suryani" dan "  blog: https://bu-ani.blogspot.com"',
        },
      ],
      notices: [],
      moves: [],
    });
    expect(parseMembers(' \n\n', 'm.csv', { lang: 'en' }).issues.map((i) => i.message)).toEqual([
      'the members file is empty; write at least one member, e.g. "members:" then "- name: Ani Suryani" and "  blog: https://bu-ani.blogspot.com"',
    ]);
    expect(parseMembers('members: []\n', 'm.yaml').issues.map((i) => [i.line, i.message])).toEqual([
      [1, 'berkas ini belum berisi anggota; tambahkan setidaknya satu anggota dengan nama dan alamat blog, misalnya https://bu-ani.blogspot.com'],
    ]);
    expect(parseMembers('Nama,Blog\n', 'm.csv').issues.map((i) => i.line)).toEqual([1]);
    expect(parseMembers('nama: Ani\nblog: ani.blogspot.com\n', 'm.yaml').issues).toEqual([
      { file: 'm.yaml', line: 1, message: 'berkas harus berisi daftar anggota: tulis "members:" lalu setiap anggota diawali "- nama: ..."' },
    ]);
    const extra = parseMembers('judul: KKG Cibinong\nmembers:\n  - nama: Ani\n    blog: ani.blogspot.com\n', 'm.yaml');
    expect(extra.members.map((m) => m.id)).toEqual(['ani']);
    expect(where(extra.issues)).toEqual([[1, undefined, 'judul']]);
  });

  it('reads jenjang, subjects and aktif the ways teachers write them', () => {
    const yaml = [
      '- nama: Ani',
      '  blog: ani.blogspot.com:8080/p/profil',
      '  jenjang: SD/MI dan S.M.P & smalb',
      '  mapel: PPKn; Kreativitas, Inovasi, dan Kewirausahaan, bahasa inggris, PPKn',
      '  aktif: TIDAK',
    ].join('\n');
    const { members, issues } = parseMembers(yaml, 'm.yaml');
    expect(issues).toEqual([]);
    expect(members[0]).toMatchObject({
      blog: 'https://ani.blogspot.com:8080/p/profil',
      jenjang: ['sd', 'smp', 'slb'],
      subjects: ['pendidikan-pancasila', 'kreativitas-inovasi-kewirausahaan', 'bahasa-inggris'],
      active: false,
    });
  });
});

describe('registration CSV', () => {
  it('reads a Google Forms export with BOM, CRLF and a multi-line cell; never copies e-mails', () => {
    const { members, issues } = loadMembersFile(fixture('pendaftaran.csv'));
    expect(members).toStrictEqual([
      {
        id: 'ani-suryani',
        name: 'Ani Suryani, S.Pd.',
        blog: 'https://bu-ani.blogspot.com/',
        school: 'SD Negeri 1 Cibinong',
        jenjang: ['sd'],
        subjects: ['matematika', 'ipas'],
        provinsi: 'Jawa Barat',
        kabupaten: 'Kabupaten Bogor',
        active: true,
      },
      {
        id: 'budi-santoso',
        name: 'Budi Santoso',
        blog: 'https://pakbudi.wordpress.com/',
        school: 'SMP Negeri 2 Kota Bogor',
        jenjang: ['smp'],
        subjects: ['ipa'],
        provinsi: 'Jawa Barat',
        kabupaten: 'Kota Bogor',
        active: true,
      },
      {
        id: 'dewi-anggraini',
        name: 'Dewi Anggraini',
        blog: 'https://dewi.blogspot.com/',
        jenjang: ['sma'],
        subjects: ['fisika', 'kimia', 'bahasa-daerah'],
        provinsi: 'Jawa Barat',
        active: true,
      },
    ]);
    expect(JSON.stringify(members)).not.toContain('@');
    // Rows 3–4 hold one record; the blank row 7 is skipped but still counted as entry 5.
    expect(issues.map((i) => [i.line, i.entry, i.field, i.message])).toEqual([
      [5, 3, 'Alamat Blog', 'alamat harus diawali http:// atau https://, misalnya https://bu-ani.blogspot.com'],
      [9, 6, 'Jenjang', `jenjang "Kuliah" tidak dikenal; ${JENJANG_HINT}`],
      [10, 7, 'Nama Lengkap', 'nama wajib diisi, misalnya Ani Suryani, S.Pd.'],
    ]);
  });

  it('reads an Excel export delimited by semicolons', () => {
    const { members, issues } = loadMembersFile(fixture('pendaftaran-excel.csv'));
    expect(issues).toEqual([]);
    expect(members).toStrictEqual([
      {
        id: 'rina-marlina',
        name: 'Rina Marlina',
        blog: 'https://rina.blogspot.com/',
        school: 'SMA Negeri 3; Kelas Unggulan',
        jenjang: ['sma'],
        subjects: ['biologi', 'kimia'],
        provinsi: 'Sumatera Utara',
        kabupaten: 'Kota Medan',
        active: true,
      },
      {
        id: 'slamet-riyadi',
        name: 'Slamet Riyadi',
        blog: 'https://slamet.wordpress.com/',
        school: 'MA Darussalam',
        jenjang: ['sma'],
        subjects: ['fikih', 'sejarah-kebudayaan-islam'],
        provinsi: 'Jawa Timur',
        kabupaten: 'Kabupaten Jombang',
        active: false,
      },
    ]);
  });

  it('follows a custom column mapping and says which columns are missing', () => {
    const file = fixture('kolom-sendiri.csv');
    expect(loadMembersFile(file).issues.map((i) => [i.line, i.field, i.message])).toEqual([
      [1, 'nama', 'tidak ada kolom untuk ini; beri judul kolom salah satu dari nama, nama lengkap, name, full name, nama guru, atau atur pemetaan kolom'],
      [
        1,
        'alamat blog',
        'tidak ada kolom untuk ini; beri judul kolom salah satu dari alamat blog, url blog, blog, link blog, website, atau atur pemetaan kolom',
      ],
    ]);
    const csv = { name: 'penulis', blog: 'Tautan Tulisan', school: 'Tempat Bertugas', subjects: 'Pelajaran' };
    const mapped = loadMembersFile(file, { csv });
    expect(mapped.issues).toEqual([]);
    expect(mapped.members).toStrictEqual([
      {
        id: 'yusuf-maulana',
        name: 'Yusuf Maulana',
        blog: 'https://yusuf.blogspot.com/',
        school: 'SMP Negeri 5 Makassar',
        jenjang: [],
        subjects: ['bahasa-inggris'],
        active: true,
      },
      {
        id: 'zahra-aulia',
        name: 'Zahra Aulia',
        blog: 'https://zahra.blogspot.com/',
        school: 'SD Inpres 1 Makassar',
        jenjang: [],
        subjects: ['seni-budaya', 'tematik-terpadu'],
        active: true,
      },
    ]);
    const wrong = loadMembersFile(file, { lang: 'en', csv: { ...csv, provinsi: 'Provinsi' } });
    expect(wrong.members).toHaveLength(2);
    expect(wrong.issues.map((i) => formatIssue(i, 'en'))).toEqual([
      `${file}:1: "Provinsi": the mapped column "Provinsi" is not in the header row; the columns are: No, Penulis, Tautan Tulisan (URL), Tempat Bertugas, Pelajaran, Surel`,
    ]);
  });

  it('honours an Excel "sep=" line and reports an unclosed quote', () => {
    const sep = parseMembers('sep=,\nNama,Blog,Jenjang\nAni,ani.blogspot.com,TK\nBudi,budi.blogspot.com,SMK\n', 'daftar.csv');
    expect(sep.issues).toEqual([]);
    expect(sep.members.map((m) => [m.id, m.jenjang])).toEqual([
      ['ani', ['paud']],
      ['budi', ['smk']],
    ]);
    // The quote opens on line 2; csv-parse names line 3, where a quote cannot close it.
    const text = 'Nama;Blog;Sekolah\nAni;ani.blogspot.com;"SD 1\nBudi;"budi.blogspot.com;SD 2\nCitra;citra.blogspot.com;SD 3\nDodi;dodi.blogspot.com;SD 4\n';
    const broken = parseMembers(text, 'daftar.csv');
    expect(broken.members).toEqual([]);
    expect(broken.issues).toEqual([
      { file: 'daftar.csv', line: 2, message: 'tanda petik " dibuka di baris ini tetapi tidak pernah ditutup; tambahkan " penutup di akhir isian itu' },
    ]);
    expect(parseMembers('Nama,Blog\nAni,"ani.blogspot.com\n', 'daftar.csv', { lang: 'en' }).issues).toEqual([
      { file: 'daftar.csv', line: 2, message: 'a " quote opens on this line and is never closed; add the closing " at the end of that value' },
    ]);
  });
});

describe('files and URLs', () => {
  it('reports a missing or unreadable file and an unknown extension', () => {
    expect(loadMembersFile('/nonexistent/members.yaml')).toEqual({
      members: [],
      issues: [{ file: '/nonexistent/members.yaml', message: 'berkas tidak ditemukan; periksa nama berkas dan foldernya' }],
      notices: [],
      moves: [],
    });
    const dir = fileURLToPath(new URL('./fixtures/members/', import.meta.url));
    expect(loadMembersFile(dir, { lang: 'en' }).issues[0]!.message).toBe('cannot read the file (EISDIR)');
    expect(parseMembers('x', 'members.json').issues[0]!.message).toBe('jenis berkas ".json" tidak dikenal; gunakan .yaml, .yml atau .csv');
  });

  it('accepts http(s) and bare domains only', () => {
    const href = (input: string) => {
      const url = parseWebUrl(input);
      return url instanceof URL ? url.href : url;
    };
    expect(href('  bu-ani.blogspot.com  ')).toBe('https://bu-ani.blogspot.com/');
    expect(href('//bu-ani.blogspot.com/#top')).toBe('https://bu-ani.blogspot.com/');
    expect(href('HTTP://Bu-Ani.Blogspot.com')).toBe('http://bu-ani.blogspot.com/');
    expect(href('ftp://bu-ani.blogspot.com')).toBe('scheme');
    expect(href('javascript:alert(1)')).toBe('scheme');
    expect(href('blog bu ani')).toBe('scheme');
    expect(href('https://')).toBe('invalid');
    expect(href('https://bu ani.blogspot.com')).toBe('invalid');
  });

  it('formats an issue with only what is known', () => {
    expect(formatIssue({ file: 'members.yaml', message: 'x' })).toBe('members.yaml: x');
    expect(formatIssue({ file: 'a.csv', line: 2, entry: 1, message: 'y' }, 'en')).toBe('a.csv:2: entry 1: y');
    expect(formatIssue({ file: 'a.csv', line: 2, field: 'Alamat Blog', message: 'z' })).toBe('a.csv:2: "Alamat Blog": z');
  });
});

describe('ids from names', () => {
  it('leave out degrees and titles, so the id is the name', () => {
    expect(nameForId('Ani Suryani, S.Pd., Gr.')).toBe('Ani Suryani');
    expect(nameForId('Dra. Hj. Siti Aminah, M.Pd.')).toBe('Siti Aminah');
    expect(nameForId('Dr. Budi')).toBe('Budi');
    expect(nameForId('Drs.')).toBe('Drs.');
    expect(slugify(nameForId('Ustadzah Nur Ḥasanah, S.Ag.'))).toBe('nur-hasanah');
  });
});

describe('a member keeps their id and posts whatever the file does', () => {
  const yaml = (...entries: [string, string, string?][]) =>
    `members:\n${entries.map(([name, blog, id]) => `  - nama: ${name}\n    blog: ${blog}\n${id ? `    id: ${id}\n` : ''}`).join('')}`;
  const ids = (result: ReturnType<typeof parseMembers>) => result.members.map((m) => [m.id, m.blog]);
  const stored = new Map([['ani-suryani', { blog: 'ani.blogspot.com' }]]);

  it('a newcomer with the same name listed first does not take the stored id of the member who has it', () => {
    const result = parseMembers(yaml(['Ani Suryani, M.Pd.', 'ani-baru.blogspot.com'], ['Ani Suryani, S.Pd.', 'ani.blogspot.com']), 'm.yaml', { stored });
    expect(ids(result)).toEqual([
      ['ani-suryani-2', 'https://ani-baru.blogspot.com/'],
      ['ani-suryani', 'https://ani.blogspot.com/'],
    ]);
    expect(result.notices).toEqual([]);
    // Without a store the file order decides, as before.
    expect(ids(parseMembers(yaml(['Ani Suryani, M.Pd.', 'ani-baru.blogspot.com'], ['Ani Suryani, S.Pd.', 'ani.blogspot.com']), 'm.yaml'))[0]![0]).toBe(
      'ani-suryani',
    );
  });

  it('an older store is matched by the home page its feed named', () => {
    const older = new Map([['ani-suryani', { likelyBlog: 'ani.blogspot.com' }]]);
    const result = parseMembers(yaml(['Ani Suryani, M.Pd.', 'ani-baru.blogspot.com'], ['Ani Suryani, S.Pd.', 'ani.blogspot.com']), 'm.yaml', { stored: older });
    expect(ids(result).map(([id]) => id)).toEqual(['ani-suryani-2', 'ani-suryani']);
  });

  it('a changed blog address keeps the posts with a notice; with two candidates nobody gets them and the organizer is told', () => {
    const moved = parseMembers(yaml(['Ani Suryani', 'ani-pindah.blogspot.com']), 'm.yaml', { stored });
    expect(ids(moved)).toEqual([['ani-suryani', 'https://ani-pindah.blogspot.com/']]);
    expect(moved.notices.map((n) => [n.line, n.field, n.message])).toEqual([
      [
        3,
        'blog',
        'alamat blog berubah (sebelumnya ani.blogspot.com); tulisan lama tetap milik anggota ini dan feed blog baru dicari lagi. Bila ini orang lain, beri anggota ini "id" sendiri',
      ],
    ]);
    const two = parseMembers(yaml(['Ani Suryani', 'ani-satu.blogspot.com'], ['Ani Suryani, M.Pd.', 'ani-dua.blogspot.com']), 'm.yaml', { stored, lang: 'en' });
    expect(ids(two).map(([id]) => id)).toEqual(['ani-suryani-2', 'ani-suryani-3']);
    expect(two.notices.map((n) => n.message)).toEqual([
      'the posts stored under the id "ani-suryani" (blog ani.blogspot.com, no longer in the file) are given to nobody, because 2 members have a similar name; write "id: ani-suryani" for the member they belong to',
    ]);
  });

  it('a given id takes the posts stored for its blog under another id', () => {
    const result = parseMembers(yaml(['Ani Suryani', 'ani.blogspot.com', 'bu-ani']), 'm.yaml', { stored });
    expect(ids(result)).toEqual([['bu-ani', 'https://ani.blogspot.com/']]);
    expect(result.moves).toEqual([{ from: 'ani-suryani', to: 'bu-ani' }]);
    expect(result.notices[0]?.message).toBe('tulisan yang tersimpan untuk blog ini sebagai "ani-suryani" kini memakai id "bu-ani"');
  });
});

describe('reading the file', () => {
  it('recognises the column titles Google Forms questions usually have', () => {
    const header =
      'Stempel waktu,Alamat email,Nama Lengkap dan Gelar,Nama Sekolah/Instansi,Jenjang yang Diampu,Mata Pelajaran yang Diampu,Alamat Blog/Website,Asal Kabupaten/Kota,Provinsi Asal,Apakah Anda bersedia?';
    const row = '2026/11/01 10:00,ani@example.com,"Ani Suryani, S.Pd.",SMP Negeri 1 Depok,SMP,IPA,ani.blogspot.com,Kab. Sleman,D.I. Yogyakarta,Ya';
    const { members, issues } = parseMembers(`${header}\n${row}\n`, 'forms.csv');
    expect(issues).toEqual([]);
    expect(members).toStrictEqual([
      {
        id: 'ani-suryani',
        name: 'Ani Suryani, S.Pd.',
        blog: 'https://ani.blogspot.com/',
        school: 'SMP Negeri 1 Depok',
        jenjang: ['smp'],
        subjects: ['ipa'],
        provinsi: 'D.I. Yogyakarta',
        kabupaten: 'Kab. Sleman',
        active: true,
      },
    ]);
  });

  it('reads a Windows-1252 CSV from Excel correctly and says so', () => {
    const dir = temp('guru-members-');
    const file = join(dir, 'anggota.csv');
    writeFileSync(file, Buffer.from('Nama,Blog\r\nAndré Sétiawan,andre.blogspot.com\r\n', 'latin1'));
    const { members, issues, notices } = loadMembersFile(file);
    expect(issues).toEqual([]);
    expect(members.map((m) => [m.id, m.name])).toEqual([['andre-setiawan', 'André Sétiawan']]);
    expect(notices).toEqual([
      {
        file,
        message:
          'berkas ini tersimpan dengan pengodean Windows-1252 (CSV biasa dari Excel) dan dibaca sebagai Windows-1252; agar huruf seperti é tetap benar, simpan ulang sebagai "CSV UTF-8"',
      },
    ]);
    writeFileSync(file, 'Nama,Blog\nAndré Sétiawan,andre.blogspot.com\n');
    expect(loadMembersFile(file).notices).toEqual([]);
  });

  it('names blog and feed addresses that can never be fetched, when the file is read', () => {
    const text =
      'Nama,Blog,Feed\nAni,http://localhost./blog,\nBudi,http://192.168.1.10/,\nCitra,citra.blogspot.com,http://169.254.169.254/latest\nDodi,https://dodi.blogspot.com:8443/,\nEka,eka.blogspot.com,\n';
    const { members, issues } = parseMembers(text, 'daftar.csv', { fetchable: {} });
    expect(members.map((m) => m.id)).toEqual(['eka']);
    expect(issues.map((i) => [i.line, i.field, i.message])).toEqual([
      [
        2,
        'Blog',
        '"localhost." hanya ada di komputer ini atau jaringan lokal, jadi tidak bisa diambil; tulis alamat yang bisa dibuka dari internet, misalnya https://bu-ani.blogspot.com',
      ],
      [
        3,
        'Blog',
        '"192.168.1.10" hanya ada di komputer ini atau jaringan lokal, jadi tidak bisa diambil; tulis alamat yang bisa dibuka dari internet, misalnya https://bu-ani.blogspot.com',
      ],
      [
        4,
        'Feed',
        '"169.254.169.254" hanya ada di komputer ini atau jaringan lokal, jadi tidak bisa diambil; tulis alamat yang bisa dibuka dari internet, misalnya https://bu-ani.blogspot.com',
      ],
      [5, 'Blog', 'port 8443 tidak diambil (hanya alamat biasa, port 80 atau 443); tulis alamat tanpa ":8443"'],
    ]);
    expect(parseMembers('Nama,Blog\nAni,http://127.0.0.1:8080/\n', 'd.csv', { fetchable: { allowLoopback: true } }).issues).toEqual([]);
    expect(parseMembers('Nama,Blog\nAni,http://localhost/\n', 'd.csv', { fetchable: {}, lang: 'en' }).issues[0]?.message).toBe(
      '"localhost" exists only on this computer or a local network, so it cannot be fetched; write an address that opens from the internet, e.g. https://bu-ani.blogspot.com',
    );
  });
});
