import type { Jenjang, Subject } from '../../catalog/index.ts';
import type { DocType } from '../lesson-input.ts';
import { lessonComments, lessonData } from './frontmatter.ts';
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

/** The whole lesson file: frontmatter, then the family's sections as `##` headings. */
export function renderLesson(spec: LessonSpec, skeleton: FamilySkeleton): string {
  const frontmatter = toFrontmatter(lessonData(spec, skeleton), { comments: lessonComments(spec), dates: ['date'] });
  const body = skeleton.sections.map((s) => `## ${s.heading}\n\n${s.body}\n`).join('\n');
  return `${frontmatter}\n${body}`;
}
