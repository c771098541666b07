import config from 'virtual:guru-community/config';
import { words } from './words.ts';

export const w = words(config.lang, config.strings);
const dateFormat = new Intl.DateTimeFormat(config.lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'Asia/Jakarta' });
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
export const href = (path: string) => `${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`;
