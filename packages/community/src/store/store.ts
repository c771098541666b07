// The store between runs: one JSON file of feed states and one JSON file of items per member, in a
// folder the site can commit or cache in CI. Every write goes to a temporary file first and is
// renamed into place, so an interrupted run leaves the previous version, never half a file.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedState, StoredItem } from '../model.ts';

export const STORE_VERSION = 1;
const STATE_FILE = 'feeds.json';
const ITEMS_DIR = 'items';

interface StateFile {
  version: number;
  updated: string;
  feeds: Record<string, FeedState>;
}

/** Writes `data` to `file` atomically (same folder, then rename). */
export function writeJsonAtomic(file: string, data: unknown): void {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(data, null, 1)}\n`);
  renameSync(tmp, file);
}

function readJson<T>(file: string): T | undefined {
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

export class Store {
  private feeds: Record<string, FeedState>;
  private items = new Map<string, StoredItem[]>();

  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    const state = readJson<StateFile>(join(dir, STATE_FILE));
    if (state && state.version !== STORE_VERSION)
      throw new Error(`${join(dir, STATE_FILE)} has store version ${state.version}; this version reads ${STORE_VERSION}`);
    this.feeds = state?.feeds ?? {};
    const itemsDir = join(dir, ITEMS_DIR);
    if (existsSync(itemsDir)) {
      for (const file of readdirSync(itemsDir)) {
        if (!file.endsWith('.json')) continue;
        const list = readJson<StoredItem[]>(join(itemsDir, file)) ?? [];
        this.items.set(file.slice(0, -'.json'.length), list);
      }
    }
  }

  feed(memberId: string): FeedState | undefined {
    return this.feeds[memberId];
  }

  allFeeds(): FeedState[] {
    return Object.values(this.feeds);
  }

  setFeed(state: FeedState): void {
    this.feeds[state.memberId] = state;
  }

  itemsOf(memberId: string): StoredItem[] {
    return this.items.get(memberId) ?? [];
  }

  allItems(): StoredItem[] {
    return [...this.items.values()].flat();
  }

  /**
   * Adds new items and refreshes changed ones; items the feed no longer lists are kept (feeds
   * show only their latest posts). Returns how many were new. `max` keeps the newest per member.
   */
  mergeItems(memberId: string, incoming: StoredItem[], max = Number.POSITIVE_INFINITY): { added: number; updated: number } {
    checkId(memberId);
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
    const list = [...byKey.values()].sort((a, b) => b.published.localeCompare(a.published)).slice(0, max);
    this.items.set(memberId, list);
    this.dirty.add(memberId);
    return { added, updated };
  }

  private dirty = new Set<string>();

  /** Writes the states and the items of members that changed. */
  save(now: Date): void {
    mkdirSync(join(this.dir, ITEMS_DIR), { recursive: true });
    for (const memberId of this.dirty) writeJsonAtomic(join(this.dir, ITEMS_DIR, `${memberId}.json`), this.itemsOf(memberId));
    this.dirty.clear();
    const state: StateFile = { version: STORE_VERSION, updated: now.toISOString(), feeds: this.feeds };
    writeJsonAtomic(join(this.dir, STATE_FILE), state);
  }
}
