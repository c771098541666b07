// @guru-blog/import: the `guru-blog import` command. The theme's CLI loads this package only when
// a teacher runs an import, so its HTML → Markdown stack is not part of every blog's install.

import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FetchLike } from './downloads/download.ts';
import { LoadError } from './load.ts';
import { type Lang, type MessageKey, noteText, type Translate, translator } from './messages.ts';
import type { SourceKind } from './model.ts';
import { type ImportResult, runImport } from './run.ts';
import { findSite, SiteFiles } from './write/site.ts';

export { parseExportText } from './load.ts';
export { type ImportRequest, type ImportResult, runImport } from './run.ts';
export { findSite, SiteFiles } from './write/site.ts';

export interface ImportIo {
  cwd: string;
  lang: Lang;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Rewrites one status line (a terminal), or is absent (a log: progress is not printed). */
  status?: (text: string) => void;
  /** The environment a site's `base` may come from (`BASE_PATH`); process.env when absent. */
  env?: Record<string, string | undefined>;
  fetch?: FetchLike;
  now?: () => Date;
  imageTimeoutMs?: number;
}

const EXIT = { ok: 0, user: 1, usage: 2 } as const;

class Refusal extends Error {
  readonly code: 1 | 2;
  readonly key: MessageKey;
  readonly vars: Record<string, string>;
  constructor(code: 1 | 2, key: MessageKey, vars: Record<string, string> = {}) {
    super(key);
    this.code = code;
    this.key = key;
    this.vars = vars;
  }
}

/** Every option of `guru-blog import`, for parseArgs and for the generated command reference. */
export const OPTIONS = {
  feed: { type: 'string' },
  base: { type: 'string' },
  images: { type: 'boolean', default: true },
  'no-images': { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const;

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'([^']{1,80})'/.exec((error as Error).message)?.[1] ?? argv.find((a) => a.startsWith('-')) ?? '';
    throw new Refusal(EXIT.usage, 'err.unknownOption', { option });
  }
}

function summary(t: Translate, lang: Lang, result: ImportResult, file: string, images: boolean): string {
  const c = result.counts;
  const lines = [
    t('summary.head', { source: result.parsed.source === 'blogger' ? 'Blogger' : 'WordPress', file }),
    t('summary.posts', { count: c.posts }),
    t('summary.pages', { count: c.pages }),
    t('summary.drafts', { count: c.drafts }),
    t('summary.files', { written: c.written, unchanged: c.unchanged }),
  ];
  if (c.trashed) lines.push(t('summary.trashed', { count: c.trashed }));
  if (c.skipped) lines.push(t('summary.skipped', { count: c.skipped }));
  lines.push(images ? t('summary.images', { fetched: c.imagesFetched, reused: c.imagesReused, failed: c.imagesFailed }) : t('summary.noImages'));
  if (images && c.filesFetched + c.filesReused + c.filesFailed > 0)
    lines.push(t('summary.attachments', { fetched: c.filesFetched, reused: c.filesReused, failed: c.filesFailed }));
  lines.push(t('summary.redirects', { count: result.redirects }));
  const { base, baseSource } = result.site;
  if (baseSource === 'unresolved') lines.push(t('summary.baseUnknown'));
  else if (base) lines.push(t('summary.base', { base, from: t(`base.${baseSource}` as MessageKey) }));
  if (c.edited) lines.push(t('summary.edited', { count: c.edited }));
  lines.push(t('summary.comments', { count: c.comments }));
  const notes = result.notes.filter((n) => n.code !== 'imageFailed');
  if (notes.length) {
    lines.push('', t('summary.notesHead'));
    for (const note of notes.slice(0, 30)) lines.push(`  - ${note.entry ? `${note.entry}: ` : ''}${noteText(lang, note.code, note.vars)}`);
    if (notes.length > 30) lines.push(`  … (${notes.length - 30})`);
  }
  lines.push('', t('summary.report', { file: result.reportFile }), t('summary.next'));
  return `${lines.join('\n')}\n`;
}

function loadErrorMessage(error: LoadError, source: SourceKind, file: string): Refusal {
  const hint = source === 'blogger' ? 'hint.blogger' : 'hint.wordpress';
  switch (error.reason) {
    case 'missing':
      return new Refusal(EXIT.user, 'err.missingFile', { file });
    case 'zip':
      return new Refusal(EXIT.user, 'err.notExport', { file, source, detail: '\u0000zip', hint });
    case 'notExport':
      return new Refusal(EXIT.user, 'err.notExport', { file, source, detail: '\u0000other', hint });
    case 'wrongSource':
      return new Refusal(EXIT.user, 'err.wrongSource', { file, source, actual: error.detail.actual ?? '' });
    case 'badUrl':
      return new Refusal(EXIT.user, 'err.badUrl', { url: file });
    default:
      return new Refusal(EXIT.user, 'err.feed', { url: error.detail.url ?? file, reason: error.detail.reason ?? '' });
  }
}

function render(t: Translate, refusal: Refusal): string {
  const vars = { ...refusal.vars };
  if (vars.detail === '\u0000zip') vars.detail = t('err.notExportZip');
  if (vars.detail === '\u0000other') vars.detail = t('err.notExportOther');
  if (vars.hint) vars.hint = t(vars.hint as MessageKey);
  return t(refusal.key, vars);
}

/** Runs `guru-blog import …` (argv after `import`); returns the exit code. */
export async function importCommand(argv: string[], io: ImportIo): Promise<number> {
  const t = translator(io.lang);
  try {
    const { values, positionals } = parse(argv);
    if (values.help) {
      io.stdout(`${t('help')}\n`);
      return EXIT.ok;
    }
    const [source, file, ...extra] = positionals;
    if (source === undefined) throw new Refusal(EXIT.usage, 'err.usage');
    if (source !== 'blogger' && source !== 'wordpress') throw new Refusal(EXIT.usage, 'err.unknownSource', { source });
    if (values.feed !== undefined && source !== 'blogger') throw new Refusal(EXIT.usage, 'err.feedWordpress');
    if ((values.feed === undefined && file === undefined) || extra.length || (values.feed !== undefined && file !== undefined))
      throw new Refusal(EXIT.usage, 'err.usage');
    // A folder path: letters, digits and - . _ ~ / (what a GitHub repository name can hold).
    if (values.base !== undefined && !/^\/?[A-Za-z0-9._~/-]{0,200}$/.test(values.base)) throw new Refusal(EXIT.usage, 'err.badBase', { base: values.base });
    const site = findSite(io.cwd, io.env ?? process.env, values.base);
    if (!site) throw new Refusal(EXIT.user, 'err.notSite');
    const images = values.images !== false && !values['no-images'];
    const shown = values.feed ?? file!;
    let result: ImportResult;
    try {
      result = await runImport({
        source,
        ...(values.feed !== undefined ? { feed: values.feed } : { file: resolve(io.cwd, file!) }),
        images,
        force: Boolean(values.force),
        lang: io.lang,
        site,
        files: new SiteFiles(site.root),
        fetch: io.fetch ?? ((url, init) => fetch(url, init)),
        now: io.now?.() ?? new Date(),
        ...(io.imageTimeoutMs ? { imageTimeoutMs: io.imageTimeoutMs } : {}),
        onProgress: (done, total) => io.status?.(t('progress.images', { done, total })),
        onFeedProgress: (count) => io.status?.(t('progress.feed', { count })),
      });
    } catch (error) {
      if (error instanceof LoadError) throw loadErrorMessage(error, source, shown);
      throw error;
    }
    io.status?.('');
    io.stdout(summary(t, io.lang, result, shown, images));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Refusal) {
      io.stderr(`${io.lang === 'en' ? 'Error: ' : 'Galat: '}${render(t, error)}\n`);
      return error.code;
    }
    throw error;
  }
}
