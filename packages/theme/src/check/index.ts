/// <reference types="astro/client" />
// (The CLI reaches this module; other packages type-checking the CLI need Astro's content types too.)
// `guru-blog check`: reads every post and lesson itself and says, once per problem, the file, the
// line, the field, what was written and what to write, in the site's language. The build runs it
// first and the dev server on every save, so Astro's English wrapper never reaches a teacher.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { Subject } from '../catalog/index.ts';
import { lessonSchema } from '../content/lesson-schema.ts';
import { postSchema } from '../content/post-schema.ts';
import { createTranslator, type Lang, type Translate } from '../i18n/index.ts';
import { isAddressOrSitePath } from '../utils/urls.ts';
import { checkBody, placeholders } from './body.ts';
import { contentFiles, entryId } from './collections.ts';
import { checkFields } from './fields.ts';
import type { Problem } from './problem.ts';
import { decode, firstNonAscii, splitFrontmatter } from './source.ts';
import { parseFrontmatter } from './yaml-lines.ts';

export type { Problem } from './problem.ts';

export interface CheckOptions {
  /** The site's root folder (absolute). */
  root: string;
  lang: Lang;
  /** The site's `strings` overrides. */
  strings?: Record<string, string>;
  /** Subjects the site adds (`guruBlog({ subjects })`). */
  subjects?: Subject[];
  /** Defaults: src/content/posts, src/content/lessons, public. */
  postsDir?: string;
  lessonsDir?: string;
  publicDir?: string;
}

interface Collection {
  name: 'posts' | 'lessons';
  dir: string;
  schema: z.ZodObject;
  /** The frontmatter field holding a picture file next to the entry. */
  imageField: string;
}

// Fields are checked as strings: whether an image file exists is the loader's and the image
// step's business (the missing-image check below covers Markdown images).
const SCHEMA_CONTEXT = { image: () => z.string() } as never;

/** Every problem of the site's posts and lessons, sorted by file and line. */
export function checkContent(options: CheckOptions): Problem[] {
  const { root, lang } = options;
  const language = { lang, strings: options.strings ?? {}, subjects: options.subjects ?? [] };
  const t = createTranslator(lang, options.strings);
  const collections: Collection[] = [
    {
      name: 'posts',
      dir: options.postsDir ?? join(root, 'src', 'content', 'posts'),
      schema: postSchema(language)(SCHEMA_CONTEXT) as unknown as z.ZodObject,
      imageField: 'heroImage',
    },
    {
      name: 'lessons',
      dir: options.lessonsDir ?? join(root, 'src', 'content', 'lessons'),
      schema: lessonSchema(language)(SCHEMA_CONTEXT) as unknown as z.ZodObject,
      imageField: 'image',
    },
  ];
  const publicDir = options.publicDir ?? join(root, 'public');
  const problems: Problem[] = [];
  for (const collection of collections) {
    const ids = new Map<string, string>();
    for (const path of contentFiles(collection.dir)) {
      const file = relative(root, path).split('\\').join('/');
      const { problems: found, slug } = checkFile({ path, file, root, publicDir, collection, t });
      problems.push(...found);
      if (slug === undefined) continue;
      const id = entryId(collection.dir, path, slug);
      const first = ids.get(id);
      if (first) problems.push({ severity: 'error', file, line: 1, message: t('check.duplicate', { id, other: first, collection: collection.name }) });
      else ids.set(id, file);
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

interface FileCheck {
  path: string;
  file: string;
  root: string;
  publicDir: string;
  collection: Collection;
  t: Translate;
}

/** One file's problems, and its `slug` field (null when none) once its frontmatter could be read. */
function checkFile({ path, file, root, publicDir, collection, t }: FileCheck): { problems: Problem[]; slug?: unknown } {
  const problems: Problem[] = [];
  const error = (line: number, message: string) => problems.push({ severity: 'error', file, line, message });
  const { text, legacy } = decode(readFileSync(path));
  if (legacy) {
    const sample = firstNonAscii(text);
    error(sample?.line ?? 1, t('check.encoding', { sample: sample?.text ?? '' }));
  }
  const split = splitFrontmatter(text);
  if (split.kind === 'empty') return { problems: [...problems, { severity: 'error', file, line: 1, message: t('check.empty') }] };
  if (split.kind === 'noFrontmatter') return { problems: [...problems, { severity: 'error', file, line: 1, message: t('check.noFrontmatter') }] };
  if (split.kind === 'unclosed') {
    return { problems: [...problems, { severity: 'error', file, line: 1, message: t('check.unclosed', { line: split.lastField }) }] };
  }
  const { yaml, yamlLine, body, bodyLine } = split.split;
  const parsed = parseFrontmatter(yaml, yamlLine);
  if (!parsed.ok) {
    error(parsed.line, t('check.yaml', { detail: parsed.detail }));
    return { problems };
  }
  const { located } = parsed;
  const known = Object.keys(collection.schema.shape);
  problems.push(...checkFields({ file, located, schema: collection.schema, known, t }));
  const image = located.data[collection.imageField];
  if (typeof image === 'string' && image && !isAddressOrSitePath(image)) {
    const looked = resolve(dirname(path), image);
    if (!existsSync(looked)) {
      const where = relative(root, looked).split('\\').join('/');
      problems.push({
        severity: 'error',
        file,
        line: located.lineOf([collection.imageField]),
        field: collection.imageField,
        message: `${t('error.image.missing', { path: image, looked: where })}. ${t('error.image.hint')}`,
      });
    }
  }
  problems.push(...checkBody({ file, path, root, publicDir, body, bodyLine, t }));
  if (located.data.draft !== true) {
    const left = placeholders(located.strings, body, bodyLine);
    if (left.length) {
      const list = left.map((p) => (p.where ? t('check.placeholder.field', { field: p.where, line: p.line }) : t('check.placeholder.line', { line: p.line })));
      problems.push({ severity: 'warning', file, line: left[0]!.line, message: t('check.placeholders', { count: left.length, list: list.join(', ') }) });
    }
  }
  return { problems, slug: located.data.slug ?? null };
}
