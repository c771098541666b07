export { postsLoader } from './loaders.ts';
export { type PostData, type PostSchemaOptions, postSchema } from './post-schema.ts';
