// members.yaml → RawEntry, keeping the line of every value. The failsafe schema reads every scalar
// as text, so `aktif: no`, `id: 007` or `mapel: 2024` mean what the teacher typed, not YAML's guess.

import { suggestSlug } from '@guru-blog/theme/catalog';
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { MemberField, RawEntry, RawValue, ReadResult } from './members-schema.ts';
import type { Lang, Messages } from './messages.ts';

/** Keys accepted for each field, canonical first. */
export const YAML_KEYS: Record<MemberField, readonly string[]> = {
  name: ['name', 'nama'],
  blog: ['blog'],
  feed: ['feed'],
  id: ['id'],
  school: ['school', 'sekolah'],
  jenjang: ['jenjang'],
  subjects: ['subjects', 'mapel', 'mata_pelajaran'],
  provinsi: ['provinsi'],
  kabupaten: ['kabupaten', 'kota', 'kabupaten_kota'],
  photo: ['photo', 'foto'],
  active: ['active', 'aktif'],
};
const KEY_FIELD = new Map(Object.entries(YAML_KEYS).flatMap(([field, keys]) => keys.map((key) => [key, field as MemberField] as const)));
const KNOWN = Object.values(YAML_KEYS)
  .map((keys) => keys.join('/'))
  .join(', ');
const LIST_KEYS = ['members', 'anggota'];

export function readYaml(text: string, file: string, lang: Lang, msg: Messages): ReadResult {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const result: ReadResult = { entries: [], issues: [], labels: { name: lang === 'id' ? 'nama' : 'name' } };
  const fileIssue = (line: number, message: string, field?: string) => result.issues.push({ file, line, ...(field ? { field } : {}), message });

  // Later errors usually follow from the first one; one precise message helps more than a cascade.
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line;
    const tab = error.code === 'TAB_AS_INDENT' || /^\s*\t/.test(text.split('\n')[line - 1] ?? '');
    fileIssue(line, tab ? msg.yamlTab() : msg.yamlSyntax(error.message.replace(/ at line \d+, column \d+.*$/s, '')));
    return result;
  }

  let list: Node | null = doc.contents;
  if (isMap(list)) {
    const root = list;
    const members = root.items.find((pair) => isScalar(pair.key) && LIST_KEYS.includes(String(pair.key.value)));
    if (!members) {
      fileIssue(lineOf(root), msg.yamlRoot());
      return result;
    }
    for (const pair of root.items) {
      if (pair !== members) fileIssue(lineOf(pair.key as Node), msg.yamlTopKey(), String(pair.key));
    }
    list = resolve(members.value, doc);
  }
  if (list === null || (isScalar(list) && isEmpty(list))) return result;
  if (!isSeq(list)) {
    fileIssue(lineOf(list), msg.yamlRoot());
    return result;
  }

  list.items.forEach((item, i) => {
    const node = resolve(item, doc);
    const raw: RawEntry = { entry: i + 1, line: lineOf(node), fields: {}, issues: [] };
    if (!isMap(node)) {
      result.issues.push({ file, line: raw.line, entry: raw.entry, message: msg.entryNotMap() });
      return;
    }
    result.entries.push(raw);
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value).trim() : String(pair.key);
      const keyLine = lineOf(pair.key as Node);
      const field = KEY_FIELD.get(key.toLowerCase());
      const at = { file, line: keyLine, entry: raw.entry, field: key };
      const previous = field && raw.fields[field];
      if (!field) raw.issues.push({ ...at, message: msg.unknownField(KNOWN, suggestSlug(key, [...KEY_FIELD.keys()])) });
      else if (previous) raw.issues.push({ ...at, message: msg.duplicateField(previous.label, previous.line) });
      else raw.fields[field] = { label: key, ...value(resolve(pair.value, doc), keyLine) };
    }
  });
  return result;

  function value(node: Node | null, keyLine: number): Omit<RawValue, 'label'> {
    if (node === null || (isScalar(node) && isEmpty(node))) return { value: '', line: keyLine };
    if (isScalar(node)) return { value: String(node.value), line: lineOf(node) };
    if (!isSeq(node)) return { value: null, line: lineOf(node) };
    const items = node.items.map((item) => resolve(item, doc));
    if (!items.every(isScalar)) return { value: null, line: lineOf(node) };
    return { value: items.map((item) => String(item.value)), line: lineOf(node), itemLines: items.map(lineOf) };
  }
}

function isNode(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value) || isAlias(value);
}

/** An alias (*name) stands for the node it names; anything else is taken as it is. */
function resolve(value: unknown, doc: Document): Node | null {
  if (isAlias(value)) return (value.resolve(doc) as Node | undefined) ?? null;
  return isNode(value) ? value : null;
}

/** Failsafe reads `~` and `null` as text; unquoted, they still mean "nothing here". */
function isEmpty(node: { value: unknown; type?: string }): boolean {
  const text = String(node.value).trim();
  return text === '' || (node.type === 'PLAIN' && /^(?:~|null)$/i.test(text));
}
