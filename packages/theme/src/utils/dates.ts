const formatters = new Map<string, Intl.DateTimeFormat>();

/** "17 Agustus 2025" / "17 August 2025", in the site's locale, independent of the build machine's time zone. */
export function formatDate(date: Date, locale: string): string {
  // Building an Intl formatter is slow and list pages format hundreds of dates: keep one per locale.
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
