import type { z } from 'astro/zod';
import type { CmsField, FieldHints } from './types.ts';

/** Schemas made by the CMS's own `image()`: the walker turns them into image widgets. */
const IMAGE_SCHEMAS = new WeakSet<object>();

export function markImage<T extends object>(schema: T): T {
  IMAGE_SCHEMAS.add(schema);
  return schema;
}

/** A field whose zod type has no CMS widget: reported at build, never silently left out. */
export interface UnmappedField {
  path: string;
  type: string;
}

type Def = { type: string; [key: string]: unknown };
type Schema = z.core.$ZodType;

const def = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

interface Unwrapped {
  inner: Schema;
  optional: boolean;
  defaultValue?: unknown;
}

/** Peels optional/default/pipe wrappers; what is left is the value's own type. */
function unwrap(schema: Schema): Unwrapped {
  let inner = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    if (IMAGE_SCHEMAS.has(inner)) return { inner, optional, defaultValue };
    const d = def(inner);
    if (d.type === 'optional' || d.type === 'nullable') {
      optional = true;
      inner = d.innerType as Schema;
    } else if (d.type === 'default' || d.type === 'prefault') {
      optional = true;
      const value = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      if (defaultValue === undefined) defaultValue = value;
      inner = d.innerType as Schema;
    } else if (d.type === 'pipe') {
      // `.transform()` after a type: the type is the input; `z.preprocess()`: the schema after it.
      inner = (def(d.in as Schema).type === 'transform' ? d.out : d.in) as Schema;
    } else if (d.type === 'readonly' || d.type === 'catch' || d.type === 'nonoptional') {
      inner = d.innerType as Schema;
    } else return { inner, optional, defaultValue };
  }
}

/** The literal values of an enum, a literal, or a union of literals; undefined for anything else. */
function choices(schema: Schema): (string | number)[] | undefined {
  const d = def(schema);
  if (d.type === 'enum') return Object.values(d.entries as Record<string, string | number>);
  if (d.type === 'literal') return d.values as (string | number)[];
  if (d.type === 'union') {
    const all = (d.options as Schema[]).map((o) => choices(unwrap(o).inner));
    return all.every(Boolean) ? (all.flat() as (string | number)[]) : undefined;
  }
  return undefined;
}

export interface WalkContext {
  /** Label, hint and widget hints for a field path ("activities.core.steps"). */
  hints(path: string, name: string): FieldHints;
  unmapped: UnmappedField[];
}

/**
 * Decap fields for the shape of a zod object. `required` holds only where every enclosing object
 * is required too: Decap checks the fields of an empty optional object as well.
 */
export function objectFields(shape: Record<string, Schema>, ctx: WalkContext, parent = '', parentRequired = true): CmsField[] {
  const fields: CmsField[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const field = toField(name, schema, ctx, parent ? `${parent}.${name}` : name, parentRequired);
    if (field) fields.push(field);
  }
  return fields;
}

function toField(name: string, schema: Schema, ctx: WalkContext, path: string, parentRequired: boolean): CmsField | undefined {
  const { inner, optional, defaultValue } = unwrap(schema);
  const hints = ctx.hints(path, name);
  const required = parentRequired && !optional;
  const base: CmsField = { name, label: hints.label, widget: 'string', required };
  if (hints.hint) base.hint = hints.hint;
  // Top-level defaults only: Decap fills a new entry's lists and objects with an item as soon as
  // one of their fields has a default, and that empty item then fails its required fields.
  const topLevel = !path.includes('.') && !path.includes('[');
  if (topLevel && defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0) && defaultValue !== '') base.default = defaultValue;
  const widget = widgetFor(inner, hints, ctx, path, required);
  if (!widget) {
    ctx.unmapped.push({ path, type: def(inner).type });
    return undefined;
  }
  return { ...base, ...widget };
}

type Widget = Omit<CmsField, 'name' | 'label' | 'required'>;

function widgetFor(schema: Schema, hints: FieldHints, ctx: WalkContext, path: string, required: boolean): Widget | undefined {
  if (IMAGE_SCHEMAS.has(schema)) return { widget: 'image', ...hints.media };
  if (hints.options) return { widget: 'select', options: hints.options, ...(hints.multiple ? { multiple: true } : {}) };
  const values = choices(schema);
  if (values) {
    if (values.every((v) => typeof v === 'number')) return numberWidget(values as number[]);
    return { widget: 'select', options: values.map((value) => ({ label: hints.optionLabel?.(String(value)) ?? String(value), value })) };
  }
  const d = def(schema);
  switch (d.type) {
    case 'string':
      if (hints.file) return { widget: 'file', ...hints.media };
      return { widget: hints.multiline ? 'text' : 'string' };
    case 'number':
      return numberRange(schema);
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      // Date only: a day is that day in every time zone, and the file name takes it as written.
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
    case 'object':
      return { widget: 'object', collapsed: !required, fields: objectFields(d.shape as Record<string, Schema>, ctx, path, required) };
    case 'array':
      return listWidget(d.element as Schema, hints, ctx, path);
    case 'union': {
      // "text or {text, minutes…}" (a lesson step, a link): the form writes the object form, which
      // the schema accepts too; "text or number" (a timeline's `when`) is written as text.
      const options = (d.options as Schema[]).map((o) => unwrap(o).inner);
      const object = options.find((o) => def(o).type === 'object');
      if (object) return widgetFor(object, hints, ctx, path, required);
      if (options.every((o) => ['string', 'number'].includes(def(o).type)))
        return widgetFor(options.find((o) => def(o).type === 'string') ?? options[0]!, hints, ctx, path, required);
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Whole number or not, and the bounds, from the number's checks (`.int()`, `.min()`, `.positive()`…). */
function numberRange(schema: Schema): Widget {
  const checks = ((def(schema).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);
  const int = checks.some((c) => c.check === 'number_format' && typeof c.format === 'string' && /int/.test(c.format));
  const widget: Widget = { widget: 'number', value_type: int ? 'int' : 'float' };
  for (const c of checks) {
    if (typeof c.value !== 'number') continue;
    const step = c.inclusive ? 0 : int ? 1 : 0;
    if (c.check === 'greater_than') widget.min = c.value + step;
    if (c.check === 'less_than') widget.max = c.value - step;
  }
  return widget;
}

function numberWidget(values: number[]): Widget {
  return { widget: 'number', value_type: values.every(Number.isInteger) ? 'int' : 'float', min: Math.min(...values), max: Math.max(...values) };
}

function listWidget(element: Schema, hints: FieldHints, ctx: WalkContext, path: string): Widget | undefined {
  const item = unwrap(element).inner;
  const values = choices(item);
  if (values && !values.every((v) => typeof v === 'number')) {
    return { widget: 'select', multiple: true, options: values.map((value) => ({ label: hints.optionLabel?.(String(value)) ?? String(value), value })) };
  }
  const itemType = def(item).type;
  const isObject = itemType === 'object' || (itemType === 'union' && (def(item).options as Schema[]).some((o) => def(unwrap(o).inner).type === 'object'));
  if (isObject) {
    const widget = widgetFor(item, hints, ctx, path, true);
    if (!widget?.fields) return undefined;
    return { widget: 'list', collapsed: true, fields: widget.fields, ...(hints.summary ? { summary: hints.summary } : {}) };
  }
  // Tags are short words: one comma-separated input. Sentences (objectives, steps) get one input
  // per item, since a comma inside a sentence would split it.
  if (hints.commaList && itemType === 'string') return { widget: 'list' };
  const single = toField('item', element, { ...ctx, hints: () => ({ label: hints.itemLabel ?? hints.label, multiline: hints.multiline }) }, `${path}[]`, true);
  if (!single) return undefined;
  return { widget: 'list', field: single };
}
