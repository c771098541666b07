import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { Subject } from '../src/catalog/index.ts';
import { type LessonData, type LessonSchemaOptions, lessonSchema } from '../src/content/lesson-schema.ts';
import { lessonFacts } from '../src/utils/lesson-facts.ts';

const context = { image: () => z.string() } as never;
const minimal = { title: 'Sistem Pencernaan', date: '2025-08-04', docType: 'rpm', subject: 'ipa', jenjang: 'smp', grades: [8] };

function parse(data: unknown, options: LessonSchemaOptions = {}) {
  return lessonSchema(options)(context).safeParse(data);
}
function messages(data: unknown, options: LessonSchemaOptions = {}): string[] {
  const r = parse(data, options);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
const ok = (input: unknown): LessonData => {
  const r = parse(input);
  if (!r.success) throw new Error(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.data;
};

describe('lessonSchema: required fields and defaults', () => {
  it('accepts a minimal plan (as imported old plans are) and fills defaults', () => {
    const data = ok(minimal);
    expect(data.license).toBe('CC-BY-SA-4.0');
    expect(data.objectives).toEqual([]);
    expect(data.activities).toEqual([]);
    const facts = lessonFacts(data);
    expect(facts.phase?.key).toBe('d');
    expect(facts.curriculum).toBe('merdeka-pm');
    expect(facts.minutesPerJp).toBe(40);
  });

  it('names each missing required field in Indonesian', () => {
    const out = messages({});
    for (const field of ['title', 'docType', 'subject', 'jenjang'])
      expect(
        out.some((m) => m.startsWith(`${field}: wajib diisi`)),
        field,
      ).toBe(true);
  });

  it('requires a date, written date or pubDate', () => {
    expect(messages({ ...minimal, date: undefined })).toContain('date: wajib diisi: tulis date: TTTT-BB-HH (atau pubDate)');
    expect(messages({ ...minimal, date: undefined, pubDate: '2025-01-02' })).toEqual([]);
    expect(messages({ ...minimal, date: 'besok' })[0]).toMatch(/^date: harus tanggal/);
  });

  it('lists the allowed values for enums', () => {
    expect(messages({ ...minimal, docType: 'silabus' })).toContain('docType: harus salah satu dari: "modul-ajar", "rpp", "rpm" (tertulis: "silabus")');
    expect(messages({ ...minimal, jenjang: 'sltp' })[0]).toMatch(/^jenjang: harus salah satu dari: "paud", "sd", "smp", "sma", "smk"/);
  });
});

describe('lessonSchema: curriculum checks', () => {
  it('suggests the nearest subject for a typo and lists the valid ones', () => {
    const [msg] = messages({ ...minimal, subject: 'matemtika' });
    expect(msg).toContain("subject: mapel 'matemtika' tidak dikenal; maksud Anda 'matematika'?");
    expect(msg).toContain('mapel yang dikenal untuk SMP: ');
    expect(msg).toContain('informatika');
    expect(msg).toContain('npx guru-blog mapel');
  });

  it('refuses grades from two phases, and grades outside the jenjang', () => {
    expect(messages({ ...minimal, jenjang: 'sd', subject: 'matematika', grades: [4, 5] })).toContain(
      'grades: kelas 4, 5 berada di fase yang berbeda (B, C); satu rencana pembelajaran untuk satu fase',
    );
    expect(messages({ ...minimal, grades: [10] })).toContain('grades: kelas 10 tidak ada di jenjang SMP (kelas yang ada: 7, 8, 9)');
    expect(messages({ ...minimal, grades: [] })).toContain('grades: wajib diisi untuk jenjang SMP, misalnya grades: [7]');
    expect(messages({ ...minimal, jenjang: 'sma', subject: 'matematika', grades: [13] })[0]).toMatch(/kelas 13 tidak ada di jenjang SMA/);
    expect(messages({ ...minimal, jenjang: 'smk', subject: 'matematika', grades: [13] })).toEqual([]);
  });

  it('checks that the subject is taught in that jenjang and grade', () => {
    expect(messages({ ...minimal, subject: 'ipas' })[0]).toContain('subject: mapel "ipas" tidak diajarkan di jenjang SMP (diajarkan di: SD');
    expect(messages({ ...minimal, subject: 'ipas', jenjang: 'sd', grades: [2] })).toContain('grades: mapel "ipas" di jenjang SD hanya untuk kelas 3, 4, 5, 6');
    expect(messages({ ...minimal, subject: 'ipas', jenjang: 'sd', grades: [4] })).toEqual([]);
  });

  it('derives the phase, lets SLB override it, and refuses a wrong explicit phase', () => {
    expect(lessonFacts(ok({ ...minimal, jenjang: 'sd', subject: 'matematika', grades: [5, 6] })).phase?.key).toBe('c');
    expect(messages({ ...minimal, phase: 'e' })).toContain('phase: fase E tidak cocok dengan kelas 8 (fase kelas itu: D)');
    const slb = ok({ ...minimal, schoolType: 'SMPLB', phase: 'b' });
    expect(lessonFacts(slb).phase?.key).toBe('b');
    expect(lessonFacts(slb).minutesPerJp).toBe(35);
    expect(lessonFacts(ok({ ...minimal, curriculum: 'k13', docType: 'rpp' })).phase).toBeUndefined();
  });

  it('keeps activity minutes within the time allocation', () => {
    const activities = [
      {
        meeting: 1,
        opening: { minutes: 10, steps: ['Salam'] },
        core: { minutes: 50, steps: [{ text: 'Praktikum', minutes: 50 }] },
        closing: { minutes: 20, steps: ['Refleksi'] },
      },
    ];
    expect(messages({ ...minimal, timeAllocation: { jp: 2 }, activities })).toEqual([]);
    expect(messages({ ...minimal, timeAllocation: { jp: 1 }, activities })).toContain(
      'activities: jumlah menit kegiatan (80 menit) melebihi alokasi waktu (1 JP × 40 menit = 40 menit)',
    );
    const tooMany = [
      {
        meeting: 2,
        core: {
          minutes: 30,
          steps: [
            { text: 'A', minutes: 20 },
            { text: 'B', minutes: 20 },
          ],
        },
      },
    ];
    expect(messages({ ...minimal, activities: tooMany })).toContain(
      'activities.0.core: pertemuan 2: langkah-langkahnya berjumlah 40 menit, lebih dari 30 menit yang ditulis untuk bagian ini',
    );
    expect(lessonFacts(ok({ ...minimal, timeAllocation: { jp: 3 } })).totalMinutes).toBe(120);
  });

  it('checks profile dimension keys and K13-only fields', () => {
    expect(messages({ ...minimal, profileDimensions: ['kolaborasi', 'bernalar-kritis'] })).toEqual([]);
    expect(messages({ ...minimal, profileDimensions: ['jujur'] })[0]).toMatch(
      /^profileDimensions\.0: dimensi profil "jujur" tidak dikenal; pilih dari: .*kolaborasi/,
    );
    expect(messages({ ...minimal, k13: { indicators: ['3.1.1'] } })).toContain('k13: hanya untuk curriculum: k13');
    expect(messages({ ...minimal, docType: 'rpp', curriculum: 'k13', k13: { basicCompetencies: [{ code: '3.4', text: 'Menjelaskan…' }] } })).toEqual([]);
  });

  it('validates every structured field: steps, assessment, rubrics, attachments, glossary', () => {
    const full = {
      ...minimal,
      semester: 1,
      academicYear: '2025/2026',
      timeAllocation: { jp: 4, meetings: 2 },
      objectives: ['Murid dapat menjelaskan organ pencernaan.'],
      learners: { readiness: 'Sebagian besar siap.', target: ['reguler'] },
      materials: { facilities: ['LCD'], media: ['https://youtu.be/abc'], sources: ['Buku IPA'] },
      keyQuestions: ['Ke mana makanan pergi?'],
      activities: [{ meeting: 1, core: { steps: [{ text: 'Diskusi', minutes: 30, experience: 'memahami', principles: ['bermakna'], syntax: 'Orientasi' }] } }],
      assessment: {
        formative: [{ technique: 'observasi', instrument: 'ceklis', description: 'Mengamati diskusi' }],
        rubrics: [{ title: 'Presentasi', criteria: [{ criterion: 'Isi', levels: [{ label: 'Mahir', score: 4, descriptor: 'Lengkap' }] }] }],
      },
      reflection: { teacher: ['Apa yang berhasil?'], students: ['Apa yang kupelajari?'] },
      attachments: [{ title: 'LKPD', kind: 'lkpd', href: './lkpd.pdf' }],
      glossary: [{ term: 'enzim', definition: 'zat pemercepat reaksi' }],
      references: ['Buku Siswa IPA Kelas VIII'],
    };
    expect(messages(full)).toEqual([]);
    expect(messages({ ...full, semester: 3 })[0]).toMatch(/^semester:/);
    expect(messages({ ...full, academicYear: '2025-2026' })[0]).toMatch(/^academicYear:/);
    expect(messages({ ...full, activities: [{ core: { steps: [{ text: 'x', experience: 'menghafal' }] } }] })[0]).toMatch(/^activities\.0\.core\.steps\.0/);
    expect(messages({ ...full, attachments: [{ title: 'x', kind: 'zip', href: 'a' }] })[0]).toMatch(/^attachments\.0\.kind: harus salah satu dari/);
    expect(messages({ ...full, objectives: 'satu tujuan' })[0]).toMatch(/^objectives: harus daftar/);
    expect(messages({ ...full, timeAllocation: { jp: 0 } })[0]).toMatch(/^timeAllocation\.jp:/);
  });

  it('lets a site add subjects and fields', () => {
    const batik: Subject = {
      slug: 'membatik',
      nameId: 'Membatik',
      nameEn: 'Batik',
      shortId: 'Batik',
      aliases: [],
      jenjang: ['smp'],
      family: 'arts',
      group: 'muatan-lokal',
      elective: false,
    };
    expect(messages({ ...minimal, subject: 'membatik' })[0]).toMatch(/tidak dikenal/);
    expect(messages({ ...minimal, subject: 'membatik' }, { subjects: [batik] })).toEqual([]);
    expect(messages({ ...minimal, kkm: 75 }, { extend: z.object({ kkm: z.number() }) })).toEqual([]);
  });

  it('speaks English on an English site', () => {
    expect(messages({ ...minimal, subject: 'matemtika' }, { lang: 'en' })[0]).toContain("subject 'matemtika' is not known; did you mean 'matematika'?");
  });
});
