// Feed dates: RFC 822 and ISO 8601 as the specs say, plus the broken forms blogs really emit
// (Indonesian day and month names, WIB/WITA/WIT zones, no seconds, no zone, two-digit years).
// A date without a zone is read as UTC so the result never depends on the machine's time zone.

/** Months by their first three letters, English and Indonesian (Mei, Agu/Agt, Okt, Des). */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  mei: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  agu: 8,
  agt: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  des: 12,
};

/** Named zones in minutes east of UTC: RFC 822's, plus Indonesia's own. Others count as UTC (RFC 2822 §4.3). */
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  wib: 420,
  wita: 480,
  wit: 540,
};

// Hugo writes 0001-01-01 for undated posts and broken generators write the Unix epoch: no blog post is that old.
const MIN_YEAR = 1990;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;
// "10.00" is how Indonesian writes times; seconds only after ':' so 14.05.24 stays a date.
const TIME = /^(\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,]\d+)?)?(z|[+-]\d{2}:?\d{2})?$/i;
const OFFSET = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;
const NUMERIC_DATE = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;

/** Parses a feed date; undefined when it is missing, invalid, ambiguous (05/03/2024) or implausibly old. */
export function parseFeedDate(raw: string | undefined): Date | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    return build(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms, zoneOffset(zone));
  }
  return parseLoose(value);
}

/** Dates in the future (clock skew, scheduled posts, typos) become `now`. */
export function clampToNow(date: Date | undefined, now: Date): Date | undefined {
  if (!date) return undefined;
  return date.getTime() > now.getTime() ? new Date(now.getTime()) : date;
}

/** RFC 822 and its relatives, token by token, in any order: "Selasa, 14 Mei 2024 10:00 WIB", "May 14, 2024 3:05 PM". */
function parseLoose(value: string): Date | undefined {
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offset = 0;
  let meridiem: 'am' | 'pm' | undefined;
  for (const token of value.replace(/,/g, ' ').split(/\s+/)) {
    const lower = token.toLowerCase().replace(/\.$/, '');
    const time = TIME.exec(token);
    const numeric = NUMERIC_DATE.exec(token);
    const zone = OFFSET.exec(token);
    if (time) {
      hour = Number(time[1]);
      minute = Number(time[2]);
      second = Number(time[3] ?? 0);
      if (time[4]) offset = zoneOffset(time[4]);
    } else if (numeric) {
      const parts = numericDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric[1]!.length === 4);
      if (!parts) return undefined;
      [year, month, day] = parts;
    } else if (/^\d{4}$/.test(token)) {
      year = Number(token);
    } else if (/^\d{1,2}(?:st|nd|rd|th)?$/i.test(token)) {
      const n = Number.parseInt(token, 10);
      if (day === undefined) day = n;
      else year = twoDigitYear(n);
    } else if (zone && /\d/.test(token) && (token.startsWith('+') || token.startsWith('-') || /^(?:gmt|utc)/i.test(token))) {
      offset = zoneOffset(token);
    } else if (lower === 'am' || lower === 'a.m' || lower === 'pm' || lower === 'p.m') {
      meridiem = lower.startsWith('a') ? 'am' : 'pm';
    } else if (lower in ZONES) {
      offset = ZONES[lower]!;
    } else if (/^[a-z]{3,}$/.test(lower) && MONTHS[lower.slice(0, 3)] !== undefined && month === undefined) {
      month = MONTHS[lower.slice(0, 3)];
    }
    // Anything else (weekday names, "pukul", unknown zone names) carries no date information.
  }
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return build(year, month, day, hour, minute, second, 0, offset);
}

/** 2024/05/14, 14/05/2024, 14-05-24: day first or month first only when one of them cannot be a month. */
function numericDate(a: number, b: number, c: number, yearFirst: boolean): [number, number, number] | undefined {
  if (yearFirst) return [a, b, c];
  const year = c < 100 ? twoDigitYear(c) : c;
  if (a > 12 && b <= 12) return [year, b, a];
  if (b > 12 && a <= 12) return [year, a, b];
  if (a === b) return [year, a, b];
  return undefined;
}

function twoDigitYear(n: number): number {
  return n < 50 ? 2000 + n : 1900 + n;
}

function zoneOffset(zone: string | undefined): number {
  if (!zone) return 0;
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const m = OFFSET.exec(zone);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): Date | undefined {
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return undefined;
  // Date.UTC rolls 31 February over into March: reject instead.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offsetMinutes * 60_000;
  return new Date(time);
}
