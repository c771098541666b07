// One member entry, checked the same way whether it came from YAML or CSV: the readers turn rows
// into RawEntry (texts with their lines and labels), checkEntry turns a RawEntry into a Member.
import { matchSubject, SUBJECTS, type Subject, slugify, suggestSlug } from '@guru-blog/theme/catalog';

export { slugify };

import { JENJANG, type Jenjang, type Member, type MemberIssue } from '../model.ts';
import type { Messages } from './messages.ts';

export const MEMBER_FIELDS = ['name', 'blog', 'feed', 'id', 'school', 'jenjang', 'subjects', 'provinsi', 'kabupaten', 'photo', 'active'] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

/** A value as the reader found it: text, a list of texts, or null when it was neither. */
export interface RawValue {
  value: string | string[] | null;
  line: number;
  /** What the file calls the field (YAML key or CSV header), so issues use the teacher's words. */
  label: string;
  itemLines?: number[];
}

export interface RawEntry {
  /** 1-based position in the list or data row number. */
  entry: number;
  line: number;
  fields: Partial<Record<MemberField, RawValue>>;
  /** Problems the reader already found (unknown or repeated fields). */
  issues: MemberIssue[];
}

/** What a reader hands over: the entries, file-level issues, and labels for fields an entry lacks. */
export interface ReadResult {
  entries: RawEntry[];
  issues: MemberIssue[];
  labels: Partial<Record<MemberField, string>>;
}

/** An entry after its own checks; ids and duplicate blogs are checked across the file afterwards. */
export interface Draft {
  raw: RawEntry;
  issues: MemberIssue[];
  explicitId?: string;
  blogKey?: string;
  /** Present when the entry itself had no issue. */
  member?: Omit<Member, 'id'>;
}

export interface CheckContext {
  file: string;
  msg: Messages;
  /** Labels for fields an entry lacks ("nama" rather than "name" for Indonesian YAML). */
  labels: Partial<Record<MemberField, string>>;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// A domain typed without a scheme ("bu-ani.blogspot.com/p/profil"); checked before SCHEME so a port is not taken for one.
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]|$)/i;
const SUBJECT_SLUGS = SUBJECTS.map((s) => s.slug);
// Madrasah and kindergarten forms count as the school level they sit at.
const JENJANG_ALIASES = new Map<string, Jenjang>([
  ['paud', 'paud'],
  ['tk', 'paud'],
  ['ra', 'paud'],
  ['kb', 'paud'],
  ['sd', 'sd'],
  ['mi', 'sd'],
  ['smp', 'smp'],
  ['mts', 'smp'],
  ['sma', 'sma'],
  ['ma', 'sma'],
  ['smk', 'smk'],
  ['mak', 'smk'],
  ['slb', 'slb'],
  ['sdlb', 'slb'],
  ['smplb', 'slb'],
  ['smalb', 'slb'],
]);
const BOOLEANS = new Map<string, boolean>([
  ...['ya', 'iya', 'y', 'yes', 'true', 'aktif', 'active', '1'].map((w) => [w, true] as const),
  ...['tidak', 'tdk', 'n', 'no', 'false', 'nonaktif', 'tidak aktif', 'inactive', '0'].map((w) => [w, false] as const),
]);

/**
 * The part of a name that makes a readable id: academic degrees after the first comma
 * ("Ani Suryani, S.Pd., Gr.") and titles in front ("Dra.", "Dr.", "Hj.") left out.
 */
export function nameForId(name: string): string {
  const [core = ''] = name.split(',');
  return core.replace(/^((drs?a?|dr|prof|hj?|ir|ust(adz|adzah)?)\.?\s+)+/i, '').trim() || name;
}

/** An http(s) URL from what a teacher typed; a bare domain gets https://. */
export function parseWebUrl(input: string): URL | 'scheme' | 'invalid' {
  let text = input.trim();
  if (text.startsWith('//')) text = `https:${text}`;
  else if (BARE_HOST.test(text)) text = `https://${text}`;
  else if (!SCHEME.test(text)) return 'scheme';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'scheme';
  if (!url.hostname) return 'invalid';
  url.hash = '';
  return url;
}

/** Two addresses of the same blog compare equal: host case, trailing slash and http/https ignored. */
export function blogKey(url: URL): string {
  return `${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** blogKey of a stored member's blog address (an href). */
export function blogKeyOf(href: string): string {
  const url = URL.parse(href);
  return url ? blogKey(url) : href;
}

export function issueAt(ctx: CheckContext, raw: RawEntry, field: MemberField, message: string, line?: number): MemberIssue {
  const value = raw.fields[field];
  return { file: ctx.file, line: line ?? value?.line ?? raw.line, entry: raw.entry, field: value?.label ?? ctx.labels[field] ?? field, message };
}

export function checkEntry(raw: RawEntry, ctx: CheckContext): Draft {
  const { msg } = ctx;
  const issues = [...raw.issues];
  const report = (field: MemberField, message: string, line?: number) => issues.push(issueAt(ctx, raw, field, message, line));
  // Cell text may span lines (CSV) or carry stray spaces; one line of single spaces is what is shown.
  const text = (field: MemberField): string | undefined => {
    const value = raw.fields[field]?.value;
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      report(field, msg.notText());
      return undefined;
    }
    return value.replace(/\s+/g, ' ').trim() || undefined;
  };
  const items = (field: MemberField, separator: RegExp) => {
    const found = raw.fields[field];
    if (!found) return [];
    if (found.value === null) {
      report(field, msg.notList());
      return [];
    }
    const list = typeof found.value === 'string' ? [found.value] : found.value;
    return list.map((item, i) => ({ parts: item.split(separator).map((p) => p.replace(/\s+/g, ' ').trim()), line: found.itemLines?.[i] ?? found.line }));
  };
  const isText = (field: MemberField) => typeof (raw.fields[field]?.value ?? '') === 'string';
  const url = (field: 'blog' | 'feed', value: string) => {
    const parsed = parseWebUrl(value);
    if (parsed instanceof URL) return parsed;
    report(field, parsed === 'scheme' ? msg.urlScheme(field) : msg.urlInvalid(value));
  };

  const draft: Draft = { raw, issues };
  const name = text('name');
  if (name === undefined && isText('name')) report('name', msg.required('name'));
  const blogText = text('blog');
  if (blogText === undefined && isText('blog')) report('blog', msg.required('blog'));
  const blog = blogText === undefined ? undefined : url('blog', blogText);
  // Blogger's mobile view (?m=1) is what teachers copy from their phones; it is the same blog.
  if (blog?.hostname.includes('.blogspot.')) blog.searchParams.delete('m');
  if (blog) draft.blogKey = blogKey(blog);
  const feedText = text('feed');
  const feed = feedText === undefined ? undefined : url('feed', feedText)?.href;

  const id = text('id');
  if (id !== undefined && SLUG.test(id)) draft.explicitId = id;
  else if (id !== undefined) report('id', msg.idInvalid(slugify(id) || 'bu-ani'));

  const photoText = text('photo');
  let photo = photoText;
  if (photoText !== undefined && (SCHEME.test(photoText) || photoText.startsWith('//'))) {
    const parsed = parseWebUrl(photoText);
    photo = parsed instanceof URL ? parsed.href : undefined;
    if (!photo) report('photo', msg.photo());
  }

  const jenjang = new Set<Jenjang>();
  for (const { parts, line } of items('jenjang', /[,;/&]|\s+dan\s+|\s+and\s+/i)) {
    for (const part of parts.filter(Boolean)) {
      const level = JENJANG_ALIASES.get(part.toLowerCase().replace(/[\s.]/g, ''));
      if (level) jenjang.add(level);
      else report('jenjang', msg.jenjang(part), line);
    }
  }

  const subjects = new Set<string>();
  for (const { parts, line } of items('subjects', /[,;]/)) {
    for (const part of matchSubjects(parts)) {
      if (typeof part !== 'string') subjects.add(part.slug);
      else report('subjects', msg.subject(part, suggestSlug(part, SUBJECT_SLUGS)), line);
    }
  }

  const activeText = text('active');
  const active = activeText === undefined ? true : BOOLEANS.get(activeText.toLowerCase());
  if (active === undefined) report('active', msg.boolean(activeText!));

  const school = text('school');
  const provinsi = text('provinsi');
  const kabupaten = text('kabupaten');
  if (issues.length === 0 && name && blog && active !== undefined) {
    draft.member = {
      name,
      blog: blog.href,
      ...(feed ? { feed } : {}),
      ...(school ? { school } : {}),
      jenjang: JENJANG.filter((j) => jenjang.has(j)),
      subjects: [...subjects],
      ...(provinsi ? { provinsi } : {}),
      ...(kabupaten ? { kabupaten } : {}),
      ...(photo ? { photo } : {}),
      active,
    };
  }
  return draft;
}

/**
 * Subjects split on commas, yet some catalog names hold commas ("Pendidikan Jasmani, Olahraga, dan
 * Kesehatan"), so the longest run of pieces that names a subject wins. Unmatched pieces come back as text.
 */
function matchSubjects(pieces: string[]): (string | Subject)[] {
  const parts = pieces.filter(Boolean);
  const found: (string | Subject)[] = [];
  let start = 0;
  while (start < parts.length) {
    const named = (end: number) => matchSubject(parts.slice(start, end).join(', '));
    let end = parts.length;
    let subject = named(end);
    while (!subject && --end > start) subject = named(end);
    if (subject) {
      found.push(subject);
      start = end;
    } else {
      found.push(parts[start]!);
      start++;
    }
  }
  return found;
}
