// For a site's `src/content.config.ts`: the schemas and loaders in the language, strings and
// subjects of the site's `guruBlog()` options, which the theme's integration hands over through
// its `virtual:guru-blog/config` module (Astro loads the content config with the site's Vite
// plugins). Code outside an Astro build uses `@guru-blog/theme/schemas` and passes them itself.
import { config } from '../utils/site.ts';
import { lessonSchema as explicitLessonSchema, type LessonSchemaOptions } from './lesson-schema.ts';
import { lessonsLoader as explicitLessonsLoader, postsLoader as explicitPostsLoader, type LoaderOptions } from './loaders.ts';
import { postSchema as explicitPostSchema, type PostSchemaOptions } from './post-schema.ts';

export type { LessonData, LessonSchemaOptions } from './lesson-schema.ts';
export type { LoaderOptions } from './loaders.ts';
export type { PostData, PostSchemaOptions } from './post-schema.ts';

const language = { lang: config.lang, strings: config.strings };

/** Frontmatter of a post, with messages in the site's language (see post-schema.ts). */
export const postSchema = (options: PostSchemaOptions = {}) => explicitPostSchema({ ...language, ...options });

/** Frontmatter of a lesson; the catalog holds the subjects of `guruBlog({ subjects })` and of `options.subjects`. */
export const lessonSchema = (options: LessonSchemaOptions = {}) =>
  explicitLessonSchema({ ...language, ...options, subjects: [...config.subjects, ...(options.subjects ?? [])] });

export const postsLoader = (options: LoaderOptions = {}) => explicitPostsLoader({ ...language, subjects: config.subjects, ...options });
export const lessonsLoader = (options: LoaderOptions = {}) => explicitLessonsLoader({ ...language, subjects: config.subjects, ...options });
