import { ENTRIES, type EntryOrInfo } from './entries.ts';

/** The entry for one message: its exact key, else the longest "prefix*" pattern that covers it. */
export function entryFor(catalog: string, key: string): EntryOrInfo | undefined {
  const exact = ENTRIES[`${catalog}:${key}`];
  if (exact) return exact;
  let best: { length: number; entry: EntryOrInfo } | undefined;
  for (const [pattern, entry] of Object.entries(ENTRIES)) {
    if (!pattern.endsWith('*')) continue;
    const prefix = pattern.slice(0, -1);
    if (`${catalog}:${key}`.startsWith(prefix) && (!best || prefix.length > best.length)) best = { length: prefix.length, entry };
  }
  return best?.entry;
}
