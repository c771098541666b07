// Dates as the old blog showed them, written with the site's own offset: a post Blogger dated
// 2019-08-17T06:00:00.000+07:00 stays `2019-08-17T06:00:00+07:00` in a WIB site. A WordPress time
// without a zone (drafts have no GMT time) is read as a wall-clock time in the site's zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, offset: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}\0${offset}`;
  let made = formatters.get(key);
  if (!made) {
    made = offset
      ? new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
      : new Intl.DateTimeFormat('en', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
          hourCycle: 'h23',
        });
    formatters.set(key, made);
  }
  return made;
}

/** `+07:00` for Asia/Jakarta at that moment. */
function offsetOf(date: Date, timeZone: string): string {
  const name =
    formatter(timeZone, true)
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

const offsetMinutes = (offset: string) => (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));

const WALL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/** The moment `text` names, or undefined when it is not a date. */
export function parseSourceDate(text: string, timeZone: string): Date | undefined {
  const value = text.trim();
  if (!value) return undefined;
  if (WALL_TIME.test(value)) {
    const asUtc = new Date(`${value}Z`);
    return new Date(asUtc.getTime() - offsetMinutes(offsetOf(asUtc, timeZone)) * 60_000);
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `2019-08-17T06:00:00+07:00`: the moment as a wall-clock time in the site's zone. */
export function zonedIso(date: Date, timeZone: string): string {
  const parts = formatter(timeZone, false).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${offsetOf(date, timeZone)}`;
}
