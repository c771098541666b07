import { minutesPerJp, PROFILE_SETS, phaseOfGrades } from '../../catalog/index.ts';
import { buildActivities, jpPerMeeting } from './activities.ts';
import type { LessonSpec } from './lesson.ts';
import { sectionComments, sectionData } from './sections.ts';
import type { FamilySkeleton } from './types.ts';

/** PAUD plans in minutes, not JP (jp-minutes.json): a morning of play and learning per meeting. */
export const PAUD_MEETING_MINUTES = 150;

const DOC_LABEL = { 'modul-ajar': 'Modul Ajar', rpp: 'RPP', rpm: 'RPM' } as const;
/** Default curriculum by docType: an RPM follows Kurikulum Merdeka with Pembelajaran Mendalam. */
const CURRICULUM = { 'modul-ajar': 'merdeka', rpp: 'merdeka', rpm: 'merdeka-pm' } as const;

export const docLabel = (spec: Pick<LessonSpec, 'docType'>) => DOC_LABEL[spec.docType];

/** Minutes of each meeting: its JP × minutes per JP, or a PAUD morning. */
export function meetingMinutes(spec: LessonSpec): number[] {
  const perJp = minutesPerJp(spec.jenjang);
  if (!perJp) return Array.from({ length: spec.meetings }, () => PAUD_MEETING_MINUTES);
  return jpPerMeeting(spec.jp, spec.meetings).map((jp) => jp * perJp);
}

/**
 * The lesson frontmatter, in the order of a Modul Ajar: identity, time, objectives, profile dimensions (the
 * Profil Pelajar Pancasila set for Kurikulum Merdeka, the Dimensi Profil Lulusan set for RPM),
 * activities per meeting, the family's own sections (in the order the page shows them: after the
 * activities and the "Materi" body) and assessment. Placeholders are sentences a teacher replaces.
 */
export function lessonData(spec: LessonSpec, skeleton: FamilySkeleton): Record<string, unknown> {
  const { subject, jenjang, grades, docType } = spec;
  const perJp = minutesPerJp(jenjang);
  const phase = phaseOfGrades(grades).phase;
  const kelas = grades.length ? ` kelas ${grades.join(', ')}` : '';
  const rpm = docType === 'rpm';
  const objectives =
    spec.meetings > 1
      ? Array.from({ length: spec.meetings }, (_, i) => `Pertemuan ${i + 1}: murid dapat … (tulis dengan kata kerja operasional).`)
      : ['Murid dapat … (tulis dengan kata kerja operasional, mis. menjelaskan, menghitung, membandingkan).', 'Murid dapat …'];

  return {
    title: spec.title,
    description: `${DOC_LABEL[docType]} ${subject.nameId}${kelas}: ${spec.title}.`,
    date: spec.date,
    docType,
    curriculum: CURRICULUM[docType],
    subject: subject.slug,
    ...(spec.subjectLabel ? { subjectLabel: spec.subjectLabel } : {}),
    jenjang,
    grades,
    ...(spec.semester ? { semester: spec.semester } : {}),
    ...(spec.academicYear ? { academicYear: spec.academicYear } : {}),
    topic: spec.title,
    // minutesPerJp is left out on purpose: the theme derives it from jenjang (and schoolType).
    ...(perJp ? { timeAllocation: { jp: spec.jp, meetings: spec.meetings } } : {}),
    learningOutcome: `Tulis Capaian Pembelajaran (CP) ${subject.nameId}${phase ? ` ${phase.labelId}` : ''} yang dituju.`,
    objectives,
    profileDimensions: rpm ? skeleton.profile.dpl : skeleton.profile.ppp,
    ...(rpm
      ? {
          learners: { readiness: 'Tulis kesiapan, minat, dan kebutuhan belajar murid.' },
          materialAnalysis: 'Tulis jenis pengetahuan, kedekatan dengan kehidupan murid, dan tingkat kesulitan materi.',
          model: skeleton.model,
          learningEnvironment: 'Tulis penataan ruang kelas atau tempat belajar dan budaya belajarnya.',
        }
      : {
          priorKnowledge: 'Tulis pengetahuan yang perlu dimiliki murid sebelum pelajaran ini.',
          model: skeleton.model,
          meaningfulUnderstanding: 'Tulis manfaat materi ini bagi kehidupan murid.',
          keyQuestions: ['Tulis satu pertanyaan pemantik.'],
        }),
    activities: buildActivities(skeleton, docType, meetingMinutes(spec)),
    ...sectionData(skeleton),
    assessment: {
      diagnostic: [{ technique: 'tanya jawab', description: 'Tulis pertanyaan untuk mengetahui pengetahuan awal murid.' }],
      formative: [{ technique: 'observasi', instrument: 'lembar observasi', description: 'Tulis hal yang diamati selama kegiatan inti.' }],
      summative: [{ ...skeleton.summative }],
    },
    reflection: { teacher: ['Bagian mana yang paling sulit bagi murid?'], students: ['Apa yang kupelajari hari ini?'] },
    license: 'CC-BY-SA-4.0',
    draft: true,
  };
}

/** Comments above keys: the profile keys to pick from, how the minutes add up, what each section wants. */
export function lessonComments(spec: LessonSpec, skeleton: FamilySkeleton): Record<string, string> {
  const set = PROFILE_SETS[spec.docType === 'rpm' ? 'dimensi-profil-lulusan' : 'profil-pelajar-pancasila'];
  const perJp = minutesPerJp(spec.jenjang);
  const total = meetingMinutes(spec).reduce((a, b) => a + b, 0);
  return {
    profileDimensions: `${set.labelId}: pilih 2–3 dari\n${set.dimensions.map((d) => d.key).join(', ')}`,
    activities: perJp
      ? `Menit semua langkah berjumlah ${spec.jp} JP × ${perJp} menit = ${total} menit; ubah bersama timeAllocation.`
      : `PAUD tidak memakai JP: ${PAUD_MEETING_MINUTES} menit per pertemuan; ubah sesuai jadwal sekolah.`,
    ...sectionComments(skeleton),
    draft: 'Hapus baris draft setelah semua isian diganti, agar pelajaran terbit.',
  };
}
