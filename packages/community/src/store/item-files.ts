// Items on disk: one JSON file per member in `<store>/items/`, read and merged per member so that a
// run over thousands of members holds only the feeds in flight. Used by the Store on the main thread
// and by the feed workers, which merge what they prepared themselves.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { StoredItem } from '../model.ts';

const ITEMS_DIR = 'items';

const tmpName = (file: string) => `${file}.${process.pid}-${threadId}.${Date.now()}.tmp`;
const json = (data: unknown) => `${JSON.stringify(data, null, 1)}\n`;

/** Writes `data` to `file` atomically (same folder, then rename). */
export function writeJsonAtomic(file: string, data: unknown): void {
  const tmp = tmpName(file);
  writeFileSync(tmp, json(data));
  renameSync(tmp, file);
}

/** writeJsonAtomic without blocking the thread while the disk works. */
async function writeJsonAtomicAsync(file: string, data: unknown): Promise<void> {
  const tmp = tmpName(file);
  await writeFile(tmp, json(data));
  await rename(tmp, file);
}

export function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** A store key that stays the same for the same item of the same member, whatever its id looks like. */
export function itemKey(memberId: string, sourceId: string): string {
  return `${memberId}:${createHash('sha1').update(sourceId).digest('hex').slice(0, 16)}`;
}

/** Member ids name files in the store: slugs only. */
function checkId(memberId: string): void {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(memberId)) throw new Error(`member id "${memberId}" is not a slug (a-z, 0-9, -)`);
}

export class ItemFiles {
  private readonly itemsDir: string;

  /** `storeDir` is the store's folder (the items live in its `items/`). */
  constructor(storeDir: string) {
    this.itemsDir = join(storeDir, ITEMS_DIR);
  }

  itemsOf(memberId: string): StoredItem[] {
    checkId(memberId);
    return readJson<StoredItem[]>(join(this.itemsDir, `${memberId}.json`)) ?? [];
  }

  /** Members that have stored items. */
  memberIds(): string[] {
    if (!existsSync(this.itemsDir)) return [];
    return readdirSync(this.itemsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length));
  }

  allItems(): StoredItem[] {
    return this.memberIds().flatMap((id) => this.itemsOf(id));
  }

  /**
   * Adds new items and refreshes changed ones; items the feed no longer lists are kept (feeds
   * show only their latest posts). Written at once (atomically). `max` keeps the newest per member.
   * One merge per member at a time: the caller (a fetch run) has one feed per member.
   */
  async mergeItems(memberId: string, incoming: StoredItem[], max = Number.POSITIVE_INFINITY): Promise<{ added: number; updated: number }> {
    const byKey = new Map(this.itemsOf(memberId).map((item) => [item.key, item]));
    let added = 0;
    let updated = 0;
    for (const item of incoming) {
      const old = byKey.get(item.key);
      if (!old) {
        byKey.set(item.key, item);
        added++;
      } else if (JSON.stringify({ ...old, firstSeen: '' }) !== JSON.stringify({ ...item, firstSeen: '' })) {
        byKey.set(item.key, { ...item, firstSeen: old.firstSeen });
        updated++;
      }
    }
    if (added || updated) {
      const list = [...byKey.values()].sort((a, b) => b.published.localeCompare(a.published)).slice(0, max);
      await mkdir(this.itemsDir, { recursive: true });
      await writeJsonAtomicAsync(join(this.itemsDir, `${memberId}.json`), list);
    }
    return { added, updated };
  }
}
