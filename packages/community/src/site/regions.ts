// One filter value per province or regency however the registration form spelt it: "D.I.
// Yogyakarta", "DIY" and "Daerah Istimewa Yogyakarta" are one province; "Kab. Sleman",
// "Kabupaten Sleman" and "Sleman" one regency, while "Kota Malang" stays apart from "Malang".
import { slugify } from '@guru-blog/theme/catalog';

/** Indonesia's 38 provinces (2022) as they are officially written, with the short forms teachers use. */
const PROVINCES: [name: string, ...aliases: string[]][] = [
  ['Aceh', 'nad', 'nanggroe aceh darussalam', 'di aceh'],
  ['Sumatera Utara', 'sumut', 'sumatra utara'],
  ['Sumatera Barat', 'sumbar', 'sumatra barat'],
  ['Riau'],
  ['Kepulauan Riau', 'kepri'],
  ['Jambi'],
  ['Sumatera Selatan', 'sumsel', 'sumatra selatan'],
  ['Kepulauan Bangka Belitung', 'babel', 'bangka belitung'],
  ['Bengkulu'],
  ['Lampung'],
  ['DKI Jakarta', 'jakarta', 'daerah khusus ibukota jakarta', 'daerah khusus jakarta', 'dkj'],
  ['Jawa Barat', 'jabar'],
  ['Banten'],
  ['Jawa Tengah', 'jateng'],
  ['DI Yogyakarta', 'diy', 'daerah istimewa yogyakarta', 'yogyakarta', 'jogja', 'jogjakarta', 'yogya', 'di jogjakarta'],
  ['Jawa Timur', 'jatim'],
  ['Bali'],
  ['Nusa Tenggara Barat', 'ntb'],
  ['Nusa Tenggara Timur', 'ntt'],
  ['Kalimantan Barat', 'kalbar'],
  ['Kalimantan Tengah', 'kalteng'],
  ['Kalimantan Selatan', 'kalsel'],
  ['Kalimantan Timur', 'kaltim'],
  ['Kalimantan Utara', 'kaltara'],
  ['Sulawesi Utara', 'sulut'],
  ['Gorontalo'],
  ['Sulawesi Tengah', 'sulteng'],
  ['Sulawesi Barat', 'sulbar'],
  ['Sulawesi Selatan', 'sulsel'],
  ['Sulawesi Tenggara', 'sultra'],
  ['Maluku'],
  ['Maluku Utara', 'malut'],
  ['Papua'],
  ['Papua Barat', 'pabar'],
  ['Papua Barat Daya'],
  ['Papua Tengah'],
  ['Papua Pegunungan'],
  ['Papua Selatan'],
];

/** Lower case, dots and commas as spaces ("D.I." → "d i"), single spaces. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** "d i yogyakarta" → "di yogyakarta", "d i y" → "diy": initials written with dots or spaces join up. */
function joinInitials(text: string): string {
  const tokens = text.split(' ');
  let initials = 0;
  while (initials < tokens.length && tokens[initials]!.length === 1) initials++;
  return initials < 2 ? text : [tokens.slice(0, initials).join(''), ...tokens.slice(initials)].join(' ');
}

const PROVINCE_BY_KEY = new Map<string, string>();
for (const [name, ...aliases] of PROVINCES) for (const key of [name, ...aliases]) PROVINCE_BY_KEY.set(slugify(key), name);

/** A province as [slug, label]: a known one under its official name, another as written. */
export function provinceValue(text: string): [string, string] {
  const key = joinInitials(words(text).replace(/^(?:provinsi|prov|propinsi) /, ''));
  const name = PROVINCE_BY_KEY.get(slugify(key));
  return name ? [slugify(name), name] : [slugify(text), text.trim()];
}

/**
 * A regency or city as [slug, label]: "Kab. Sleman", "Kabupaten Sleman" and "Sleman" are the
 * regency Sleman; "Kota Malang" (also "Kodya", "Kotamadya") is the city, a value of its own.
 */
export function regencyValue(text: string): [string, string] {
  const plain = words(text);
  const city = /^(?:kota|kodya|kotamadya|kota madya|kota administrasi) (.+)$/.exec(plain);
  if (city) {
    const name = titleCase(city[1]!);
    return [slugify(`kota ${name}`), `Kota ${name}`];
  }
  const regency = /^(?:kabupaten|kab) (.+)$/.exec(plain)?.[1] ?? plain;
  const name = titleCase(regency);
  return [slugify(name), name];
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_whole, space: string, letter: string) => space + letter.toUpperCase());
}
