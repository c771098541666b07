// `guru-blog import blogger|wordpress …`: moves an old blog into the site. The work is done by
// @guru-blog/import, loaded only when a teacher runs this command, so its HTML → Markdown stack
// (unified, rehype, remark) does not weigh on every blog's install and build. It is looked up from
// the site first (`npm install -D @guru-blog/import`), then beside the theme.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Context, userError } from './context.ts';

interface ImportModule {
  importCommand(
    argv: string[],
    io: { cwd: string; lang: 'id' | 'en'; stdout: (text: string) => void; stderr: (text: string) => void; status?: (text: string) => void },
  ): Promise<number>;
}

// The package's built command (plain JavaScript: an installed package lives under node_modules,
// where Node strips no types). A variable, so that the CLI's bundler leaves it to run time.
const PACKAGE = '@guru-blog/import/command';

async function loadImporter(cwd: string): Promise<ImportModule | undefined> {
  const candidates: (() => string)[] = [() => createRequire(join(cwd, 'package.json')).resolve(PACKAGE), () => import.meta.resolve(PACKAGE)];
  for (const resolve of candidates) {
    let location: string;
    try {
      location = resolve();
    } catch {
      continue;
    }
    return (await import(location.startsWith('file:') ? location : pathToFileURL(location).href)) as ImportModule;
  }
  return undefined;
}

/** `argv` is what follows the word `import`. */
export async function importCommand(argv: string[], ctx: Context): Promise<number> {
  const importer = await loadImporter(ctx.io.cwd);
  if (!importer) throw userError((t) => t('err.importMissing'));
  return importer.importCommand(argv, {
    cwd: ctx.io.cwd,
    lang: ctx.lang,
    stdout: ctx.io.stdout,
    stderr: ctx.io.stderr,
    ...(ctx.io.status ? { status: ctx.io.status } : {}),
  });
}

/** The words after `import` when the command line is an import (`--lang` may come first), else undefined. */
export function importArgs(argv: string[]): string[] | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return arg === 'import' || arg === 'impor' ? [...argv.slice(0, i), ...argv.slice(i + 1)] : undefined;
  }
  return undefined;
}
