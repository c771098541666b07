import type { Jenjang, Subject } from '../../catalog/index.ts';
import type { DocType } from '../lesson-input.ts';
import { lessonComments, lessonData } from './frontmatter.ts';
import { materiBody } from './sections.ts';
import type { FamilySkeleton } from './types.ts';
import { toFrontmatter } from './yaml.ts';

/** Everything a lesson skeleton depends on, already checked against the catalog. */
export interface LessonSpec {
  title: string;
  subject: Subject;
  subjectLabel?: string;
  jenjang: Jenjang;
  grades: number[];
  docType: DocType;
  /** Total JP of the lesson (ignored for PAUD). */
  jp: number;
  meetings: number;
  /** YYYY-MM-DD. */
  date: string;
  semester?: 1 | 2;
  academicYear?: string;
}

/**
 * The whole lesson file: frontmatter (with the family's sections as fields, which the page renders),
 * then a short body the page shows under "Materi".
 */
export function renderLesson(spec: LessonSpec, skeleton: FamilySkeleton): string {
  const frontmatter = toFrontmatter(lessonData(spec, skeleton), { comments: lessonComments(spec, skeleton), dates: ['date'], flow: ['columns', 'rows'] });
  return `${frontmatter}\n${materiBody(skeleton)}`;
}
