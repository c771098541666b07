// The schemas and loaders with the site's language and catalog given explicitly, for code that
// runs outside an Astro build (the CLI, tests, a CMS). A site's content config uses
// `@guru-blog/theme/content`, which fills them from its `guruBlog()` options.
export { type LessonData, type LessonSchemaOptions, lessonSchema } from './lesson-schema.ts';
export { type LoaderOptions, lessonsLoader, postsLoader } from './loaders.ts';
export type { SchemaLanguage } from './messages.ts';
export { type PostData, type PostSchemaOptions, postSchema } from './post-schema.ts';
