export { slugify } from '../utils/slug.ts';
export { FAMILY_COLOURS, type SubjectColour } from './colors.ts';
export { JP_MINUTES, PHASE_LIST, PROFILE_SETS, SUBJECTS } from './data.ts';
export { JENJANG_GRADES, phaseByKey, phaseOfGrade, phaseOfGrades } from './grades.ts';
export { minutesPerJp } from './minutes.ts';
export { findSubject, matchSubject, subjectCatalog, subjectGrades, suggestSlug } from './subjects.ts';
export * from './types.ts';
