// The store between runs: one JSON file of feed states and one JSON file of items per member, in a
// folder the site can commit or cache in CI. Every write goes to a temporary file first and is
// renamed into place, so an interrupted run leaves the previous version, never half a file.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredId, StoredIds } from '../members/load-members.ts';
import { blogKeyOf } from '../members/members-schema.ts';
import type { FeedState, StoredItem } from '../model.ts';
import { ItemFiles, readJson, removeTempFiles, syncDir, writeJsonAtomic } from './item-files.ts';

export { ItemFiles, itemKey, writeJsonAtomic } from './item-files.ts';

export const STORE_VERSION = 1;
const STATE_FILE = 'feeds.json';

/** The last fetch run: `finished` is missing when it was killed or could not save its end. */
export interface RunRecord {
  started: string;
  finished?: string;
}

interface StateFile {
  version: number;
  updated: string;
  run?: RunRecord;
  feeds: Record<string, FeedState>;
}

/** Feed states are saved during a run at most this often (and at its end). */
const CHECKPOINT_MS = 1000;

/** Feed states live in memory (small); items stay on disk (item-files.ts). */
export class Store {
  private feeds: Record<string, FeedState>;
  readonly dir: string;
  private readonly items: ItemFiles;
  #run: RunRecord | undefined;
  #lastSave = 0;
  #pending: NodeJS.Timeout | undefined;

  constructor(dir: string) {
    this.dir = dir;
    this.items = new ItemFiles(dir);
    const state = readJson<StateFile>(join(dir, STATE_FILE));
    if (state && state.version !== STORE_VERSION)
      throw new Error(`${join(dir, STATE_FILE)} has store version ${state.version}; this version reads ${STORE_VERSION}`);
    this.feeds = state?.feeds ?? {};
    this.#run = state?.run;
  }

  /** The last fetch run as saved. */
  get lastRun(): RunRecord | undefined {
    return this.#run;
  }

  /** Every stored id with the blog it belongs to (see StoredIds), for settling the members' ids. */
  storedIds(): StoredIds {
    const ids = new Map<string, StoredId>();
    for (const state of Object.values(this.feeds)) {
      ids.set(state.memberId, state.blog ? { blog: state.blog } : state.siteUrl ? { likelyBlog: blogKeyOf(state.siteUrl) } : {});
    }
    return ids;
  }

  /** Moves a member's state and items to a new id (the members file gave the member another id). */
  renameMember(from: string, to: string): void {
    const state = this.feeds[from];
    if (!state || this.feeds[to]) return;
    this.items.rename(from, to);
    delete this.feeds[from];
    this.feeds[to] = { ...state, memberId: to };
  }

  /** Marks a run as started and saves (throws when the store cannot be written, e.g. a full disk). */
  startRun(now: Date): void {
    mkdirSync(this.dir, { recursive: true });
    removeTempFiles(this.dir);
    this.items.removeTempFiles();
    this.#run = { started: now.toISOString() };
    this.save(now);
  }

  /**
   * Saves the feed states at most once a second, and at the latest a second after a change: a
   * killed run keeps what it learnt. A failed deferred save is left to the next one, which reports.
   */
  checkpoint(now: Date): void {
    const wait = CHECKPOINT_MS - (Date.now() - this.#lastSave);
    if (wait <= 0) {
      this.save(now);
      return;
    }
    this.#pending ??= setTimeout(() => {
      this.#pending = undefined;
      try {
        this.save(new Date());
      } catch {}
    }, wait).unref();
  }

  /** Saves the end of a run; the items' renames are made durable first. */
  finishRun(now: Date): void {
    clearTimeout(this.#pending);
    this.#pending = undefined;
    this.items.sync();
    if (this.#run) this.#run = { ...this.#run, finished: now.toISOString() };
    this.save(now);
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
    const state: StateFile = { version: STORE_VERSION, updated: now.toISOString(), ...(this.#run ? { run: this.#run } : {}), feeds: this.feeds };
    writeJsonAtomic(join(this.dir, STATE_FILE), state);
    syncDir(this.dir);
    this.#lastSave = Date.now();
  }
}
