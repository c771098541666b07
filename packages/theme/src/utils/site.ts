import config from 'virtual:guru-blog/config';
import { createTranslator } from '../i18n/index.ts';
import { withBase } from './urls.ts';

/** The site's resolved options and its `t()`, for the theme's components and routes. */
export { config };
export const t = createTranslator(config.lang, config.strings);
export const url = (path: string) => withBase(config.base, path);
