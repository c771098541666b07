// Items on disk: one JSON file per member in `<store>/items/`, read and merged per member so that a
// run over thousands of members holds only the feeds in flight. Used by the Store on the main thread
// and by the feed workers, which merge what they prepared themselves.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { StoredItem } from '../model.ts';

const ITEMS_DIR = 'items';

const tmpName = (file: string) => `${file}.${process.pid}-${threadId}.${Date.now()}.tmp`;
const json = (data: unknown) => `${JSON.stringify(data, null, 1)}\n`;

/**
 * Writes `data` to `file` the way databases do, so that neither a killed run nor a power cut leaves
 * half a file: a temporary file in the same folder, flushed to the disk (fsync), then renamed over
 * the old one. A failed write (a full disk) removes its temporary file before the error goes on.
 * The folder itself is flushed by `syncDir` (once per run for the items: the rename is then
 * durable too; until then a power cut can cost the run's newest items, never older ones).
 */
export function writeJsonAtomic(file: string, data: unknown): void {
  const tmp = tmpName(file);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeFileSync(fd, json(data));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** writeJsonAtomic without blocking the thread while the disk works. */
async function writeJsonAtomicAsync(file: string, data: unknown): Promise<void> {
  const tmp = tmpName(file);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(json(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Flushes a folder's entries (the renames into it) to the disk; a no-op where folders cannot be opened (Windows). */
export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // not supported here, or the folder does not exist yet
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Removes temporary files a killed run left in `dir` (they would only take disk space). */
export function removeTempFiles(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name.endsWith('.tmp')) rmSync(join(dir, name), { force: true });
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

  /** Moves a member's items to a new id, the key of every item with them. */
  rename(from: string, to: string): void {
    checkId(from);
    checkId(to);
    const items = this.itemsOf(from);
    if (items.length === 0) return;
    const fresh = items.map((item) => ({ ...item, memberId: to, key: `${to}:${item.key.slice(item.key.indexOf(':') + 1)}` }));
    writeJsonAtomic(join(this.itemsDir, `${to}.json`), fresh);
    rmSync(join(this.itemsDir, `${from}.json`), { force: true });
  }

  removeTempFiles(): void {
    removeTempFiles(this.itemsDir);
  }

  /** Makes the renames of item files durable (see writeJsonAtomic). */
  sync(): void {
    syncDir(this.itemsDir);
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
    // A post is one post however its id changes: some feeds give every item a new GUID on every
    // fetch, which would otherwise fill the member's list with copies and push the real posts out.
    const byUrl = new Map([...byKey.values()].map((item) => [item.url, item.key]));
    let added = 0;
    let updated = 0;
    for (const fresh of incoming) {
      const sameId = byKey.has(fresh.key);
      const key = sameId ? fresh.key : (byUrl.get(fresh.url) ?? fresh.key);
      const old = byKey.get(key);
      // Under a new id the first key and date stay, so the post keeps its page and its place in the river.
      const item = !old
        ? fresh
        : sameId
          ? { ...fresh, firstSeen: old.firstSeen }
          : { ...fresh, key, sourceId: old.sourceId, published: old.published, firstSeen: old.firstSeen };
      if (!old) {
        byKey.set(key, item);
        byUrl.set(item.url, key);
        added++;
      } else if (JSON.stringify(old) !== JSON.stringify(item)) {
        byKey.set(key, item);
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
