/**
 * Old build output and corpora are moved aside, not deleted, until the bench ends. On ext4 a
 * new file does not reuse an inode freed in the last 60 s (300 s while its table block is
 * unwritten), and scanning past them is kernel time charged to the build that creates files next:
 * a 1,000-post theme build spent 1.6–3.9 s in the kernel after its previous output was deleted
 * and 1.6–1.7 s after it was moved aside, and the slowdown grew run by run. Moving aside keeps
 * every build as on a fresh checkout, and costs the variant that writes more files no more than
 * the other.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { WORK_DIR } from './paths.ts';

const TRASH = join(WORK_DIR, 'trash');
let moved = 0;

/**
 * Moves `path` (inside the bench's work folder) to the trash and says where; anything else is
 * deleted.
 */
export function discard(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const inside = relative(WORK_DIR, path);
  if (inside && !inside.startsWith('..') && !inside.startsWith('trash')) {
    mkdirSync(TRASH, { recursive: true });
    const to = join(TRASH, `${process.pid}-${Date.now()}-${moved++}`);
    try {
      renameSync(path, to);
      return to;
    } catch {
      // Another file system, or a name taken: delete it after all.
    }
  }
  rmSync(path, { recursive: true, force: true });
  return undefined;
}

/** Deletes what was moved aside: once the bench has finished building. */
export function emptyTrash(): void {
  rmSync(TRASH, { recursive: true, force: true });
}
