import { join, resolve } from 'node:path';
import { checkAllowed, type OptionName, type ParsedArgs, requireValue } from './args.ts';
import { type Context, EXIT, usageError, userError } from './context.ts';
import { isoDate } from './lesson-input.ts';
import { renderPost } from './skeletons/index.ts';
import { slugFromTitle } from './slug.ts';
import { writeNewFile } from './write-file.ts';

export const NEW_POST_OPTIONS = ['judul', 'tags', 'dir'] as const satisfies OptionName[];
export const DEFAULT_POST_DIR = 'src/content/posts';

/** "pecahan, kelas 7,," → ["pecahan", "kelas 7"] (duplicates dropped). */
export function parseTags(text: string | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** `guru-blog new post --judul "…"`: writes src/content/posts/<slug-of-title>.md, never over a file. */
export async function newPost(args: ParsedArgs, ctx: Context): Promise<number> {
  const { io, t } = ctx;
  checkAllowed(args, NEW_POST_OPTIONS, 'new post', 'guru-blog new --help');
  let title = requireValue(args.values, 'judul');
  const prompt = title === undefined ? await io.prompter?.(ctx.lang) : undefined;
  if (prompt) {
    title = (
      await prompt.text({
        message: t('prompt.judulPost'),
        placeholder: t('prompt.judulPostPlaceholder'),
        validate: (value) => (!value.trim() ? t('prompt.empty') : slugFromTitle(value) ? undefined : t('err.emptySlug', { title: value.trim() })),
      })
    ).trim();
  }
  if (title === undefined)
    throw usageError((tr) => tr('err.missingOptions', { list: '--judul', example: 'guru-blog new post --judul "Belajar Pecahan dengan Kertas Lipat"' }));
  const slug = slugFromTitle(title);
  if (!slug) throw userError((tr) => tr('err.emptySlug', { title }));
  const dir = resolve(io.cwd, args.values.dir || DEFAULT_POST_DIR);
  const content = renderPost({ title, tags: parseTags(args.values.tags), date: isoDate(io.now()) });
  const file = await writeNewFile(join(dir, `${slug}.md`), content, io.cwd, `${title} 2`);
  io.stdout(`${t('ok.post', { file })}\n${t('ok.postNext')}\n`);
  return EXIT.ok;
}
