// What tools that write a new site (create-guru-blog) need from the lesson CLI: the same lesson
// skeletons `guru-blog new lesson` writes, so a new blog's sample lesson matches what the teacher
// will write next. Bundled into create-guru-blog at its build; not part of the site runtime.
export { JENJANG_GRADES, type Jenjang, matchSubject, SUBJECTS, type Subject, subjectGrades, suggestSlug } from '../catalog/index.ts';
// What `guru-blog import` (@guru-blog/import) needs to write posts as the theme reads them: tag
// slugs as the tag pages name them, and the embed addresses the theme shows as embeds.
export { parseEmbedUrl } from '../embeds/parse.ts';
export { ACCENT_NAMES, ACCENTS, type AccentName, DEFAULT_ACCENT } from '../styles/palette.ts';
export { slugify } from '../utils/slug.ts';
export { type LessonInput, planLesson } from './new-lesson.ts';
export { renderLesson, SKELETONS } from './skeletons/index.ts';
export { slugFromTitle } from './slug.ts';
