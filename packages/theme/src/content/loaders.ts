import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import type { Subject } from '../catalog/index.ts';
import { CONTENT_FOLDER, type ContentKind } from '../cms/markers.ts';
import { createTranslator, type Translate } from '../i18n/index.ts';
import { isAddressOrSitePath } from '../utils/urls.ts';
import { skippingCheckedInDev } from './dev-skip.ts';
import type { SchemaLanguage } from './messages.ts';

/**
 * A missing image file named in the frontmatter would stop the build with Astro's own message,
 * in English and without the post's name. The loaders check the fields that hold images first,
 * and stop with the file, the field and where the image was looked for, in the site's language.
 */
function checkingImages(loader: Loader, fields: string[], t: Translate): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          const data = props.data as Record<string, unknown>;
          for (const field of fields) {
            const value = data[field];
            if (typeof value !== 'string' || !props.filePath || isAddressOrSitePath(value)) continue;
            const looked = resolve(dirname(props.filePath), value);
            if (existsSync(looked)) continue;
            const root = fileURLToPath(context.config.root);
            throw new AstroError(
              `${relative(root, props.filePath)}\n  ${field}: ${t('error.image.missing', { path: value, looked: relative(root, looked) })}`,
              t('error.image.hint'),
            );
          }
          return context.parseData(props);
        },
      }),
  };
}

export interface LoaderOptions extends SchemaLanguage {
  /** The folder, from the project root. */
  base?: string;
  /** Subjects the site adds (`guruBlog({ subjects })`), for the content checker in dev. */
  subjects?: Subject[];
}

const PATTERN = ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'];
const translator = (options: SchemaLanguage) => createTranslator(options.lang ?? 'id', options.strings);

/**
 * Posts from `src/content/posts` (.md and .mdx, subfolders allowed). Files and folders whose name
 * starts with `_` are skipped, so a teacher can keep notes and drafts-in-progress beside posts.
 */
export function postsLoader(options: LoaderOptions = {}) {
  const base = options.base ?? './src/content/posts';
  return marked(checkingImages(skippingCheckedInDev(glob({ base, pattern: PATTERN }), options), ['heroImage'], translator(options)), 'posts', base);
}

/** Lesson pages from `src/content/lessons` (.md and .mdx); `_` files are skipped as for posts. */
export function lessonsLoader(options: LoaderOptions = {}) {
  const base = options.base ?? './src/content/lessons';
  return marked(checkingImages(skippingCheckedInDev(glob({ base, pattern: PATTERN }), options), ['image'], translator(options)), 'lessons', base);
}

/** The browser CMS edits the same folder: it finds it through this mark on the loader. */
function marked(loader: Loader, kind: ContentKind, base: string): Loader {
  return Object.assign(loader, { [CONTENT_FOLDER]: { kind, base } });
}
