/// <reference path="./js-yaml.d.ts" />
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import type * as Yaml from 'yaml';

// The position-keeping parser is loaded on first use: a site whose frontmatter has no problem
// never needs it, and it costs about 70 ms to load before every build.
let positionalParser: typeof Yaml | undefined;
const yamlWithPositions = (): typeof Yaml => {
  positionalParser ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return positionalParser;
};

/** A parsed frontmatter that can say on which file line each field is. */
export interface Located {
  data: Record<string, unknown>;
  /** File line of the field at `path` (its key), or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The value at `path` exactly as written in the file, for a scalar. */
  sourceOf(path: readonly PropertyKey[]): string | undefined;
  /** Top-level keys with their lines (`line` is worked out when read). */
  keys: { key: string; readonly line: number }[];
  /** Every string value with its path and line (to find skeleton placeholders; `line` as above). */
  strings: { path: string; readonly line: number; value: string }[];
}

export type YamlResult = { ok: true; located: Located } | { ok: false; line: number; detail: string };

/**
 * Parses the YAML between the fences; `firstLine` is the file line it starts on. The data come
 * from js-yaml, the parser Astro reads frontmatter with, so the checker judges what the build will
 * see; the lines come from a second, position-keeping parse, made only when a problem needs one
 * (most files have none, and that parse costs about five times as much).
 */
export function parseFrontmatter(yaml: string, firstLine: number): YamlResult {
  let data: unknown;
  try {
    data = load(yaml) ?? {};
  } catch {
    return locateAll(yaml, firstLine); // the position-keeping parser says where and why
  }
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) return locateAll(yaml, firstLine);
  return { ok: true, located: locatedLazily(yaml, firstLine, data as Record<string, unknown>) };
}

function locatedLazily(yaml: string, firstLine: number, data: Record<string, unknown>): Located {
  let full: Located | null | undefined;
  const locate = (): Located | null => {
    if (full === undefined) {
      const parsed = locateAll(yaml, firstLine);
      full = parsed.ok ? parsed.located : null;
    }
    return full;
  };
  const lineOf = (path: readonly PropertyKey[]) => locate()?.lineOf(path) ?? firstLine;
  const strings: Located['strings'] = [];
  const collect = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string') {
      strings.push({
        path: path.map(String).join('.'),
        value,
        get line() {
          return lineOf(path);
        },
      });
    } else if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) collect(item, [...path, i]);
    } else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [key, item] of Object.entries(value)) collect(item, [...path, key]);
  };
  collect(data, []);
  return {
    data,
    lineOf,
    sourceOf: (path) => locate()?.sourceOf(path),
    keys: Object.keys(data).map((key) => ({
      key,
      get line() {
        return lineOf([key]);
      },
    })),
    strings,
  };
}

/** Parses with every node's position: lines for each field, and the first error where it is. */
function locateAll(yaml: string, firstLine: number): YamlResult {
  const { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } = yamlWithPositions();
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    return { ok: false, line: line(error.pos[0]), detail: error.message.split('\n')[0]! };
  }
  const root = doc.contents;
  const data = (doc.toJS() ?? {}) as unknown;
  if (root !== null && !isMap(root)) return { ok: false, line: firstLine, detail: 'not a map' };
  const walk = (path: readonly PropertyKey[]) => {
    let node: unknown = root;
    let at = firstLine;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) return { node: undefined, at };
        at = line((pair.key as Yaml.Node).range?.[0] ?? 0);
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number') {
        const item = node.items[step] as Yaml.Node | undefined;
        if (!item) return { node: undefined, at };
        at = line(item.range?.[0] ?? 0);
        node = item;
      } else return { node: undefined, at };
    }
    return { node, at };
  };
  const keys = isMap(root)
    ? root.items.flatMap((p) => (isPair(p) && isScalar(p.key) ? [{ key: String(p.key.value), line: line((p.key as Yaml.Node).range?.[0] ?? 0) }] : []))
    : [];
  const strings: Located['strings'] = [];
  const collect = (node: unknown, path: string): void => {
    const at = (step: unknown) => (path ? `${path}.${String(step)}` : String(step));
    if (isScalar(node) && typeof node.value === 'string') strings.push({ path, line: line(node.range?.[0] ?? 0), value: node.value });
    else if (isMap(node)) for (const p of node.items) collect(p.value, at((p.key as { value?: unknown } | null)?.value));
    else if (isSeq(node)) for (const [i, item] of node.items.entries()) collect(item, at(i));
  };
  collect(root, '');
  return {
    ok: true,
    located: {
      data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
      lineOf: (path) => walk(path).at,
      sourceOf: (path) => {
        const { node } = walk(path);
        if (!isScalar(node) || !node.range) return undefined;
        return yaml.slice(node.range[0], node.range[1]).trim();
      },
      keys,
      strings,
    },
  };
}
