// Writing the new site without ever leaving its folder, and with a sentence instead of a raw
// EROFS/ENOSPC trace when the disk refuses.
import { existsSync, lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { MessageKey } from './messages/index.ts';

/** The two things the write step does to the disk, injectable so a full disk can be tested. */
export interface Disk {
  mkdir(path: string): void;
  /** Creates a new file; fails with EEXIST when anything (a file, a symlink) is at `path`. */
  writeNew(path: string, content: string | Uint8Array): void;
}

export const nodeDisk: Disk = {
  mkdir: (path) => mkdirSync(path, { recursive: true }),
  writeNew: (path, content) => writeFileSync(path, content, { flag: 'wx' }),
};

/**
 * The first symlink between `dir` and `path` (relative to `dir`) that leads outside `dir`, or
 * undefined when every existing folder on the way really lies inside it. A `.vscode` or `.git`
 * that links elsewhere would otherwise get our files written into someone else's folder.
 */
export function symlinkOut(dir: string, path: string): string | undefined {
  const base = realpathSync(dir);
  let current = dir;
  for (const part of relative(dir, path).split(sep).slice(0, -1)) {
    current = join(current, part);
    if (!existsSync(current) && !isLink(current)) return undefined; // created by us below: a plain folder
    if (!isLink(current)) continue;
    let target: string;
    try {
      target = realpathSync(current);
    } catch {
      return relative(dir, current); // a dangling link: never write through it
    }
    const inside = relative(base, target);
    if (inside.startsWith('..') || isAbsolute(inside)) return relative(dir, current);
  }
  return undefined;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The message for an error the disk gave, when it is one a teacher can act on. */
export function diskProblem(error: unknown): MessageKey | undefined {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'EROFS':
      return 'write.readOnly';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'write.noSpace';
    case 'EACCES':
    case 'EPERM':
      return 'write.denied';
    case 'ENAMETOOLONG':
      return 'write.tooLong';
    case 'EIO':
      return 'write.io';
    default:
      return undefined;
  }
}
