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

/**
 * Feed states live in memory (small); items stay on disk and are read per member when needed, so a
 * run over thousands of members holds only the feeds in flight.
 */
export class Store {
  private feeds: Record<string, FeedState>;
  readonly dir: string;
  private readonly itemsDir: string;

  constructor(dir: string) {
    this.dir = dir;
    this.itemsDir = join(dir, ITEMS_DIR);
    const state = readJson<StateFile>(join(dir, STATE_FILE));
    if (state && state.version !== STORE_VERSION)
      throw new Error(`${join(dir, STATE_FILE)} has store version ${state.version}; this version reads ${STORE_VERSION}`);
    this.feeds = state?.feeds ?? {};
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
   */
  mergeItems(memberId: string, incoming: StoredItem[], max = Number.POSITIVE_INFINITY): { added: number; updated: number } {
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
      mkdirSync(this.itemsDir, { recursive: true });
      writeJsonAtomic(join(this.itemsDir, `${memberId}.json`), list);
    }
    return { added, updated };
  }

  /** Writes the feed states (items are written as they are merged). */
  save(now: Date): void {
    mkdirSync(this.dir, { recursive: true });
    const state: StateFile = { version: STORE_VERSION, updated: now.toISOString(), feeds: this.feeds };
    writeJsonAtomic(join(this.dir, STATE_FILE), state);
  }
}
