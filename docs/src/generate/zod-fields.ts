// Walks a zod 4 schema into rows a reference table can show: name, type, required, default,
// allowed values. Read from the schema's own definition (`_zod.def`), so a field added, made
// optional or given new values in the code shows up here without anyone editing the docs.
import type { z } from 'astro/zod';

export type Lang = 'id' | 'en';

export interface FieldRow {
  /** Dotted path: `author.name`, `activities[].core.steps[]`. */
  path: string;
  type: string;
  required: boolean;
  default?: string;
  values?: string[];
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** A schema the caller marks as an image (Astro's `image()` from the content context). */
export const IMAGE_MARKER = Symbol.for('guru-blog.docs.image');

interface Peeled {
  inner: z.ZodType;
  required: boolean;
  default?: unknown;
}

/** Strips optional/default/nullable/pipe wrappers, remembering what they meant for the reader. */
function peel(schema: z.ZodType): Peeled {
  let current = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      const value = def.defaultValue;
      fallback = typeof value === 'function' ? (value as () => unknown)() : value;
    } else if (def.type === 'pipe') {
      current = def.in as z.ZodType;
      continue;
    } else return { inner: current, required, default: fallback };
    current = def.innerType as z.ZodType;
  }
}

const WORDS: Record<Lang, Record<string, string>> = {
  id: {
    string: 'teks',
    number: 'angka',
    int: 'bilangan bulat',
    boolean: 'true/false',
    date: 'tanggal',
    list: 'daftar',
    object: 'objek',
    record: 'pasangan kunci–teks',
    image: 'gambar',
    any: 'bebas',
    of: 'dari',
  },
  en: {
    string: 'text',
    number: 'number',
    int: 'whole number',
    boolean: 'true/false',
    date: 'date',
    list: 'list',
    object: 'object',
    record: 'key–text pairs',
    image: 'image',
    any: 'any',
    of: 'of',
  },
};

/** The type in plain words, e.g. "daftar teks" or "list of objects". */
export function typeName(schema: z.ZodType, lang: Lang): string {
  const w = WORDS[lang];
  const { inner } = peel(schema);
  if ((inner as unknown as Record<symbol, unknown>)[IMAGE_MARKER]) return w.image!;
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
    case 'boolean':
    case 'date':
    case 'object':
    case 'record':
      return w[def.type]!;
    case 'number':
      return (inner as unknown as { isInt?: boolean }).isInt ? w.int! : w.number!;
    case 'enum':
    case 'literal':
      return w.string!;
    case 'array': {
      const item = typeName(def.element as z.ZodType, lang);
      return lang === 'id' ? `${w.list} ${item}` : `${w.list} ${w.of} ${item}`;
    }
    case 'union':
      return (def.options as z.ZodType[]).map((o) => typeName(o, lang)).join(lang === 'id' ? ' atau ' : ' or ');
    default:
      return w.any!;
  }
}

/** Allowed values of an enum, a literal or a union of literals; undefined for open types. */
export function allowedValues(schema: z.ZodType): string[] | undefined {
  const { inner } = peel(schema);
  const def = defOf(inner);
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>).map(String);
  if (def.type === 'literal') return (def.values as unknown[]).map(String);
  if (def.type === 'union') {
    const all = (def.options as z.ZodType[]).map(allowedValues);
    return all.every(Boolean) ? all.flat().map(String) : undefined;
  }
  if (def.type === 'array') return allowedValues(def.element as z.ZodType);
  return undefined;
}

function showDefault(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.length === 0) return '[]';
  if (value && typeof value === 'object' && Object.keys(value).length === 0) return '{}';
  return JSON.stringify(value);
}

/** The object a field holds, looking through lists and unions (for nested rows). */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const { inner } = peel(schema);
  const def = defOf(inner);
  if (def.type === 'object') return def.shape as Record<string, z.ZodType>;
  if (def.type === 'array') return objectShape(def.element as z.ZodType);
  if (def.type === 'union') {
    for (const option of def.options as z.ZodType[]) {
      const shape = objectShape(option);
      if (shape) return shape;
    }
  }
  return undefined;
}

const isList = (schema: z.ZodType) => defOf(peel(schema).inner).type === 'array';

/** One row per field, nested objects after their parent (`parent.child`, `list[].child`). */
export function fieldRows(schema: z.ZodType, lang: Lang, prefix = ''): FieldRow[] {
  const shape = objectShape(schema);
  if (!shape) return [];
  const rows: FieldRow[] = [];
  for (const [name, field] of Object.entries(shape)) {
    const peeled = peel(field);
    const path = `${prefix}${name}`;
    const row: FieldRow = { path, type: typeName(field, lang), required: peeled.required };
    const fallback = showDefault(peeled.default);
    if (fallback !== undefined) row.default = fallback;
    const values = allowedValues(field);
    if (values) row.values = values;
    rows.push(row);
    if (defOf(peeled.inner).type !== 'record') rows.push(...fieldRows(field, lang, `${path}${isList(field) ? '[]' : ''}.`));
  }
  return rows;
}
