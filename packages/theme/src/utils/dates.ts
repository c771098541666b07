// Post dates as the teacher meant them. A date written without a time ("2025-08-17") is that
// calendar day wherever the site is built. A time with an offset, as Blogger and WordPress write
// them ("2025-08-17T06:00:00+07:00"), is read in the site's time zone: in UTC that post would be
// dated the 16th.
import { remember } from './remember.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter is slow and list pages format hundreds of dates: one per kind. */
function formatter(locale: string, timeZone: string, style: 'long' | 'iso'): Intl.DateTimeFormat {
  return remember(formatters, `${locale}\0${timeZone}\0${style}`, () => {
    const fields =
      style === 'long' ? ({ day: 'numeric', month: 'long', year: 'numeric' } as const) : ({ day: '2-digit', month: '2-digit', year: 'numeric' } as const);
    return new Intl.DateTimeFormat(locale, { ...fields, timeZone });
  });
}

/** Midnight UTC: what a frontmatter date without a time becomes. Shown as that day, in UTC. */
function zoneFor(date: Date, timeZone: string): string {
  return date.getTime() % 86_400_000 === 0 ? 'UTC' : timeZone;
}

/** True for an IANA time zone name this Node knows, e.g. "Asia/Jakarta". */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// Every list page shows a card per post: a build asks for the same dates thousands of times.
const longDays = new Map<string, string>();
const isoDays = new Map<string, string>();

/** "17 Agustus 2025" / "17 August 2025", in the site's locale and time zone. */
export function formatDate(date: Date, locale: string, timeZone = 'UTC'): string {
  const zone = zoneFor(date, timeZone);
  return remember(longDays, `${date.getTime()}\0${zone}\0${locale}`, () => formatter(locale, zone, 'long').format(date));
}

/** "2025-08-17": the same calendar day as formatDate, for `<time datetime>` and sorting. */
export function isoDate(date: Date, timeZone = 'UTC'): string {
  const zone = zoneFor(date, timeZone);
  return remember(isoDays, `${date.getTime()}\0${zone}`, () => {
    const parts = formatter('en', zone, 'iso').formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  });
}

/** The year of that calendar day, for the archive. */
export function yearOf(date: Date, timeZone = 'UTC'): number {
  return Number(isoDate(date, timeZone).slice(0, 4));
}
