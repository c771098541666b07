import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Remembers what this run put on disk so a cancel (Ctrl-C) or a failed write removes exactly that:
 * the whole folder when we created it, otherwise only the entries that were not there before.
 */
export class CreatedTracker {
  private dir: string | undefined;
  /** The topmost folder mkdir created (a parent, when the typed path had missing parents). */
  private createdRoot: string | undefined;
  private before = new Set<string>();

  /** Creates `dir` (and missing parents) or adopts an existing one, noting what was already in it. */
  prepare(dir: string, before: string[]): void {
    this.dir = dir;
    this.before = new Set(before);
    if (!existsSync(dir)) this.createdRoot = mkdirSync(dir, { recursive: true }) ?? dir;
  }

  get touched(): boolean {
    return this.dir !== undefined;
  }

  /** Removes what we added; returns the folder it cleaned, if any. */
  cleanup(): string | undefined {
    const dir = this.dir;
    if (!dir || !existsSync(dir)) return undefined;
    if (this.createdRoot) {
      rmSync(this.createdRoot, { recursive: true, force: true, maxRetries: 3 });
    } else {
      for (const entry of readdirSync(dir)) {
        if (!this.before.has(entry)) rmSync(join(dir, entry), { recursive: true, force: true, maxRetries: 3 });
      }
    }
    this.dir = undefined;
    return dir;
  }
}
