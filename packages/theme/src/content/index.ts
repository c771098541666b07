export { type LessonData, type LessonSchemaOptions, lessonSchema } from './lesson-schema.ts';
export { lessonsLoader, postsLoader } from './loaders.ts';
export { type PostData, type PostSchemaOptions, postSchema } from './post-schema.ts';
