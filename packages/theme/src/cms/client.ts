// Browser entry of /admin/: starts Decap CMS with the configuration the build generated from the
// site's content schemas, in the site's language.
import CMS from 'decap-cms-app';
import { decapLocaleId } from './locale-id.ts';
import { CONFIG_ELEMENT_ID, TODAY } from './markers.ts';

interface Payload {
  config: Record<string, unknown>;
  timeZone: string;
}

/** Today in the site's time zone (YYYY-MM-DD): a teacher in WIT at 07:00 gets her own date. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function withToday(value: unknown, date: string): unknown {
  if (value === TODAY) return date;
  if (Array.isArray(value)) return value.map((v) => withToday(v, date));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withToday(v, date)]));
  return value;
}

const element = document.getElementById(CONFIG_ELEMENT_ID);
const payload = JSON.parse(element?.textContent ?? '{}') as Payload;
CMS.registerLocale('id', decapLocaleId);
CMS.init({ config: withToday(payload.config, today(payload.timeZone)) as never });
