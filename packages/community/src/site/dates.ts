export { isTimeZone } from '@guru-blog/theme/dates';

/** "17 Agustus 2025" for an ISO time, on the calendar of the community's time zone. */
export function dateFormatter(lang: 'id' | 'en', timeZone: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone });
  return (iso) => format.format(new Date(iso));
}
