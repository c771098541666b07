import type { z } from 'astro/zod';
import type { Lang, Translate, UIStringKey } from '../i18n/index.ts';

/**
 * The site's language and string overrides, given to the schemas and loaders explicitly:
 * `@guru-blog/theme/content` fills them from the site's `guruBlog()` options.
 */
export interface SchemaLanguage {
  lang?: Lang;
  strings?: Record<string, string>;
}

type Issue = z.core.$ZodIssue | z.core.$ZodRawIssue;

/** Expected-value key for each zod type name, so messages say what to write, not zod jargon. */
const EXPECTED_BY_TYPE: Record<string, UIStringKey> = {
  string: 'error.expected.string',
  date: 'error.expected.date',
  boolean: 'error.expected.boolean',
  array: 'error.expected.list',
  object: 'error.expected.object',
  number: 'error.expected.positiveInt',
  int: 'error.expected.positiveInt',
};

function show(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The message for one issue, without its path (Astro prints the path before it). `expected`
 * names a field-specific hint (e.g. the date format) that is clearer than the type.
 */
export function issueMessage(issue: Issue, t: Translate, expected?: UIStringKey): string {
  const input = 'input' in issue ? issue.input : undefined;
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && input === undefined && 'input' in issue) return t('error.field.required');
  if (issue.code === 'unrecognized_keys') return t('error.unknownKey');
  if (issue.code === 'custom' && issue.message) return issue.message;
  let key = expected;
  if (!key) {
    if (issue.code === 'invalid_type') key = EXPECTED_BY_TYPE[issue.expected];
    else if (issue.code === 'too_small') key = 'error.expected.nonEmpty';
    else if (issue.code === 'invalid_format') key = 'error.expected.url';
  }
  if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return joinReceived(t('error.field.expected', { expected: t('error.expected.oneOf', { values }) }), input, t);
  }
  const body = key ? t('error.field.expected', { expected: t(key) }) : (issue.message ?? t('error.field.required'));
  return joinReceived(body, input, t);
}

function joinReceived(body: string, input: unknown, t: Translate): string {
  return input === undefined ? body : `${body} (${t('error.field.received', { received: show(input) })})`;
}

/** "path: message" for places where we print issues ourselves (integration options). */
export function describeIssue(issue: z.core.$ZodIssue, t: Translate): string {
  const path = issue.path.map(String).join('.') || '(root)';
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `${[...issue.path, k].join('.')}: ${t('error.unknownKey')}`).join('; ');
  return `${path}: ${issueMessage(issue, t)}`;
}

/** A zod `error` option that localizes one field's messages. */
export function fieldError(t: Translate, expected?: UIStringKey) {
  return (issue: z.core.$ZodRawIssue) => issueMessage(issue, t, expected);
}
