import config from 'virtual:guru-community/config';
import { dateFormatter } from './dates.ts';
import { words } from './words.ts';

export const w = words(config.lang, config.strings);
export const formatDate = dateFormatter(config.lang, config.timeZone);
export const href = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
