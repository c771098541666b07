import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { userError } from './context.ts';

/**
 * Creates `path` with `content`, never replacing a file: the `wx` flag makes the existence check and
 * the write one step, so nothing is overwritten even if two commands race.
 */
export async function writeNewFile(path: string, content: string, cwd: string, exampleTitle: string): Promise<string> {
  const shown = displayPath(path, cwd);
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, content, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw userError((t) => t('err.exists', { file: shown, example: exampleTitle }));
    throw error;
  }
  return shown;
}

/** Path as the teacher should read it: relative to where they ran the command, with `/`. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel && !rel.startsWith('..') ? rel : path).split('\\').join('/');
}
