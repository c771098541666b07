import { JENJANG_GRADES, type Jenjang, planLesson, renderLesson, SKELETONS, slugFromTitle, subjectGrades } from '@guru-blog/theme/scaffold';
import { findSubject } from '../subjects.ts';

/** School forms in a school's name → jenjang ("SMP Negeri 3", "MTs Al-Hikmah", "SDN 1"). */
const SCHOOL_FORMS: [RegExp, Jenjang][] = [
  [/\b(SMK|MAK)\b/i, 'smk'],
  [/\b(SMA|MA|SMAN|SMAS)\b/i, 'sma'],
  [/\b(SMP|MTs|SMPN|SMPS)\b/i, 'smp'],
  [/\b(SD|MI|SDN|SDS|SDIT)\b/i, 'sd'],
  [/\b(TK|RA|PAUD|KB)\b/i, 'paud'],
];

export function jenjangOfSchool(school: string): Jenjang | undefined {
  return SCHOOL_FORMS.find(([form]) => form.test(school))?.[1];
}

export interface SampleLesson {
  path: string;
  content: string;
  /** The subject and grade it was written for: the README's `new lesson` example uses them too. */
  mapel: string;
  kelas?: number;
}

/**
 * The sample lesson: the same skeleton `guru-blog new lesson` writes, for the teacher's first
 * subject, at the jenjang their school's name suggests (else the subject's first), first grade.
 */
export function renderSampleLesson(subjectSlug: string, school: string, today: Date): SampleLesson {
  const subject = findSubject(subjectSlug) ?? findSubject('matematika')!;
  const fromSchool = jenjangOfSchool(school);
  const jenjang = fromSchool && subject.jenjang.includes(fromSchool) ? fromSchool : subject.jenjang[0]!;
  const grade = jenjang === 'paud' ? undefined : (subjectGrades(subject, jenjang)[0] ?? JENJANG_GRADES[jenjang][0]);
  const title = `Contoh Modul Ajar ${subject.nameId}`;
  const spec = planLesson({ mapel: subject.slug, jenis: 'modul-ajar', judul: title, jenjang, ...(grade ? { kelas: String(grade) } : {}) }, today);
  // A new skeleton is a draft until filled in; the sample is published, so the teacher sees at once
  // where each field appears on the lesson page.
  const content = renderLesson(spec, SKELETONS[subject.family]).replace(/^(#[^\n]*draft[^\n]*\n)?draft: true\n/m, '');
  return { path: `src/content/lessons/${slugFromTitle(title)}.md`, content, mapel: subject.slug, ...(grade ? { kelas: grade } : {}) };
}
