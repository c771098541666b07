// `guru-blog`: dispatch only. Each command lives in its own module and gets an injected Context, so
// tests can run it without a terminal (see test/cli.test.ts).
import { readFileSync } from 'node:fs';
import { detectLang, withoutLangFlag } from '../kit/index.ts';
import { CancelledError } from '../prompts/cancelled.ts';
import { type ParsedArgs, parseCli } from './args.ts';
import { CliError, type Context, EXIT, type Io, usageError } from './context.ts';
import { importArgs, importCommand } from './import.ts';
import { listSubjects } from './list-subjects.ts';
import { type Lang, type MessageKey, translator } from './messages.ts';
import { newLesson } from './new-lesson.ts';
import { newPost } from './new-post.ts';

type Command = (args: ParsedArgs, ctx: Context) => Promise<number>;

/** Subcommands of `new`, with the Indonesian words teachers may type. */
const NEW_COMMANDS: Record<string, Command> = { lesson: newLesson, pelajaran: newLesson, post: newPost, tulisan: newPost };

const help =
  (key: MessageKey, code: number = EXIT.ok): Command =>
  async (_args, ctx) => {
    (code === EXIT.ok ? ctx.io.stdout : ctx.io.stderr)(`${ctx.t(key)}\n`);
    return code;
  };

/** Picks the command from the positionals; extra words are refused (an unquoted title, usually). */
function route(args: ParsedArgs): Command {
  const [first, second, ...rest] = args.positionals;
  const refuseExtra = (extra: string[]) => {
    if (extra.length) throw usageError((t) => t('err.unexpectedArg', { arg: extra.join(' ') }));
  };
  if (first === undefined) return args.values.version ? version : help('help.main', args.values.help ? EXIT.ok : EXIT.usage);
  if (first === 'help') return help(second === 'new' ? 'help.new' : second === 'mapel' ? 'help.mapel' : 'help.main');
  if (first === 'new' || first === 'baru') {
    if (second === undefined) return help('help.new', args.values.help ? EXIT.ok : EXIT.usage);
    const command = NEW_COMMANDS[second];
    if (!command) throw usageError((t) => t('err.unknownCommand', { command: `new ${second}` }));
    refuseExtra(rest);
    return args.values.help ? help('help.new') : command;
  }
  if (first === 'check' || first === 'periksa') {
    refuseExtra(second === undefined ? [] : [second, ...rest]);
    // Loaded on demand: the checker brings Astro's zod, which `new lesson` does not need.
    return async (args, ctx) => (await import('./check.ts')).checkCommand(args, ctx);
  }
  if (first === 'mapel' || first === 'subjects') {
    refuseExtra(second === undefined ? [] : [second, ...rest]);
    return args.values.help ? help('help.mapel') : listSubjects;
  }
  if (first === 'cms') {
    refuseExtra(second === undefined ? [] : [second, ...rest]);
    return cms;
  }
  throw usageError((t) => t('err.unknownCommand', { command: first }));
}

/** `guru-blog cms`: the blog and the browser editor's local file server, on 127.0.0.1 only. */
const cms: Command = async (_args, ctx) => {
  const { serveCms } = await import('../cms/serve.ts');
  return serveCms({ cwd: ctx.io.cwd, lang: ctx.lang, stdout: ctx.io.stdout, stderr: ctx.io.stderr });
};

const version: Command = async (_args, ctx) => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  ctx.io.stdout(`guru-blog ${pkg.version}\n`);
  return EXIT.ok;
};

/** Runs one command line; returns the exit code. Errors meant for the teacher are printed, not thrown. */
export async function run(argv: string[], io: Io = nodeIo()): Promise<number> {
  const { lang, refused } = detectLang(argv, io.env);
  const t = translator(lang);
  const ctx: Context = { io, lang, t };
  try {
    if (refused !== undefined) throw usageError((tr) => tr('err.badLang', { value: refused }));
    if (argv[0] === 'dev' || argv[0] === 'build' || argv[0] === 'preview') {
      const { astroCommand } = await import('./astro.ts');
      const rest = withoutLangFlag(argv.slice(1));
      return await astroCommand(argv[0], rest, ctx, rest.length !== argv.length - 1);
    }
    // `import` parses its own options (--feed, --no-images, --force): handed over before the common parse.
    const imported = importArgs(argv);
    if (imported) return await importCommand(imported, ctx);
    const args = parseCli(argv);
    return await route(args)(args, ctx);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${t('err.prefix')}${error.render(t)}\n`);
      return error.code;
    }
    if (error instanceof CancelledError) {
      io.stderr(`${t('prompt.cancelled')}\n`);
      return EXIT.cancelled;
    }
    if (io.env.GURU_BLOG_DEBUG) throw error;
    io.stderr(`${t('err.prefix')}${t('err.unexpected', { message: error instanceof Error ? error.message : String(error) })}\n`);
    return EXIT.user;
  }
}

/** The real terminal: prompts only when both ends are a terminal (never in scripts or CI). */
export function nodeIo(): Io {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return {
    cwd: process.cwd(),
    env: process.env,
    now: () => new Date(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(process.stderr.isTTY ? { status: (text: string) => process.stderr.write(`\r\x1b[K${text}`) } : {}),
    // Loaded when a question is asked: scripts and CI never load the prompts.
    ...(interactive ? { prompter: async (lang: Lang) => (await import('../prompts/prompter.ts')).clackPrompter(lang) } : {}),
  };
}
