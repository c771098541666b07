export { postsLoader } from './loaders.ts';
export { type PostData, postSchema, type PostSchemaOptions } from './post-schema.ts';
