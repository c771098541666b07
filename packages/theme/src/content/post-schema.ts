import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { currentTranslator } from '../runtime-lang.ts';
import { fieldError } from './messages.ts';

type Extension = z.ZodObject | ((context: SchemaContext) => z.ZodObject);

export interface PostSchemaOptions {
  /** Extra frontmatter fields for this site, merged into the theme's. */
  extend?: Extension;
}

/**
 * Frontmatter of a post. Field names are English camelCase; messages for bad values are in the
 * site's language and say what to write. Use in `src/content.config.ts`:
 * `defineCollection({ loader: postsLoader(), schema: postSchema() })`.
 */
export function postSchema(options: PostSchemaOptions = {}) {
  return (context: SchemaContext) => {
    const t = currentTranslator();
    const date = () => z.coerce.date({ error: fieldError(t, 'error.expected.date') });
    const text = () => z.string({ error: fieldError(t, 'error.expected.string') });
    const base = z.object({
      title: text().min(1, { error: fieldError(t, 'error.expected.nonEmpty') }),
      description: text().default(''),
      pubDate: date(),
      updatedDate: date().optional(),
      tags: z.array(z.string({ error: fieldError(t, 'error.expected.tags') }), { error: fieldError(t, 'error.expected.tags') }).default([]),
      heroImage: context.image().optional(),
      heroAlt: text().optional(),
      draft: z.boolean({ error: fieldError(t, 'error.expected.boolean') }).default(false),
      /** Name of a guest author; the site's author is used when absent. */
      author: text().optional(),
    });
    const extension = typeof options.extend === 'function' ? options.extend(context) : options.extend;
    const merged = extension ? base.extend(extension.shape) : base;
    return merged.superRefine((data, ctx) => {
      const post = data as unknown as PostData;
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

/** A post's frontmatter after validation (a site's `extend` fields come on top). */
export interface PostData {
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date;
  tags: string[];
  /** A file next to the post (processed by Astro), or an https address (served as it is). */
  heroImage?: ImageMetadata | string;
  heroAlt?: string;
  draft: boolean;
  author?: string;
}
