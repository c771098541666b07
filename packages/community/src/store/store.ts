// The store between runs: one JSON file of feed states and one JSON file of items per member, in a
// folder the site can commit or cache in CI. Every write goes to a temporary file first and is
// renamed into place, so an interrupted run leaves the previous version, never half a file.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FeedState, StoredItem } from '../model.ts';
import { ItemFiles, readJson, writeJsonAtomic } from './item-files.ts';

export { ItemFiles, itemKey, writeJsonAtomic } from './item-files.ts';

export const STORE_VERSION = 1;
const STATE_FILE = 'feeds.json';

interface StateFile {
  version: number;
  updated: string;
  feeds: Record<string, FeedState>;
}

/** Feed states live in memory (small); items stay on disk (item-files.ts). */
export class Store {
  private feeds: Record<string, FeedState>;
  readonly dir: string;
  private readonly items: ItemFiles;

  constructor(dir: string) {
    this.dir = dir;
    this.items = new ItemFiles(dir);
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
    return this.items.itemsOf(memberId);
  }

  /** Members that have stored items. */
  memberIds(): string[] {
    return this.items.memberIds();
  }

  allItems(): StoredItem[] {
    return this.items.allItems();
  }

  /** Writes the feed states (items are written as they are merged). */
  save(now: Date): void {
    mkdirSync(this.dir, { recursive: true });
    const state: StateFile = { version: STORE_VERSION, updated: now.toISOString(), feeds: this.feeds };
    writeJsonAtomic(join(this.dir, STATE_FILE), state);
  }
}
