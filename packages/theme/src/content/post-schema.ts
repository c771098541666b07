import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { createTranslator, type Translate } from '../i18n/index.ts';
import { fieldError, type SchemaLanguage } from './messages.ts';

type Extension = z.ZodObject | ((context: SchemaContext) => z.ZodObject);

export interface PostSchemaOptions extends SchemaLanguage {
  /** Extra frontmatter fields for this site, merged into the theme's. */
  extend?: Extension;
}

/**
 * Frontmatter of a post. Field names are English camelCase; messages for bad values are in the
 * site's language and say what to write. Use in `src/content.config.ts`:
 * `defineCollection({ loader: postsLoader(), schema: postSchema() })`.
 */
export function postSchema(options: PostSchemaOptions = {}) {
  // Astro calls the returned function once per entry (its image() resolves paths from that
  // entry's file): only that field is made per entry; the rest is built once.
  const t = createTranslator(options.lang ?? 'id', options.strings);
  const fields = postFields(t);
  return (context: SchemaContext) => {
    const base = fields.extend({ heroImage: context.image().optional() });
    const extension = typeof options.extend === 'function' ? options.extend(context) : options.extend;
    // A site's fields come on top; the checks below read only the theme's own.
    const merged = extension ? base.extend<Record<never, never>>(extension.shape) : base;
    return merged.superRefine((data, ctx) => {
      const post: PostData = data;
      // During validation Astro's image() gives a marked string ("__ASTRO_IMAGE_…"), for a file
      // and for an address alike. An address must be https: the page's CSP loads no other.
      const hero = typeof post.heroImage === 'string' ? post.heroImage.replace(/^__ASTRO_IMAGE_/, '') : '';
      if (hero.includes('://') && !hero.startsWith('https://')) {
        ctx.addIssue({ code: 'custom', path: ['heroImage'], message: t('error.field.expected', { expected: t('error.expected.heroImage') }) });
      }
      if (post.heroImage && !post.heroAlt?.trim()) {
        ctx.addIssue({ code: 'custom', path: ['heroAlt'], message: t('error.field.expected', { expected: t('error.expected.heroAlt') }) });
      }
      if (post.updatedDate && post.updatedDate < post.pubDate) {
        ctx.addIssue({ code: 'custom', path: ['updatedDate'], message: t('error.field.expected', { expected: t('error.expected.updatedDate') }) });
      }
    });
  };
}

function postFields(t: Translate) {
  const date = () => z.coerce.date({ error: fieldError(t, 'error.expected.date') });
  const text = () => z.string({ error: fieldError(t, 'error.expected.string') });
  return z.object({
    title: text().min(1, { error: fieldError(t, 'error.expected.nonEmpty') }),
    description: text().default(''),
    pubDate: date(),
    updatedDate: date().optional(),
    tags: z.array(z.string({ error: fieldError(t, 'error.expected.tags') }), { error: fieldError(t, 'error.expected.tags') }).default([]),
    heroAlt: text().optional(),
    draft: z.boolean({ error: fieldError(t, 'error.expected.boolean') }).default(false),
    /** Name of a guest author; the site's author is used when absent. */
    author: text().optional(),
  });
}

/**
 * A post's frontmatter after validation (a site's `extend` fields come on top): the schema's
 * output. `heroImage` is typed by hand because Astro's `image()` declares a plain object, where
 * the build gives ImageMetadata for a file and the https address as it is.
 */
export type PostData = z.output<ReturnType<typeof postFields>> & { heroImage?: ImageMetadata | string };
