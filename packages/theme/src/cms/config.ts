import type { z } from 'astro/zod';
import type { Subject } from '../catalog/index.ts';
import type { Translate } from '../i18n/index.ts';
import { fieldHints } from './labels.ts';
import { CONTENT_FOLDER, type ContentFolder, type ContentKind, DEFAULT_LOCAL_PORT, TODAY } from './markers.ts';
import { type CmsOptions, repoFromEnv } from './options.ts';
import type { CmsCollection, CmsField } from './types.ts';
import { markImage, objectFields, type UnmappedField } from './zod-fields.ts';

type SchemaInput = z.ZodObject | ((context: { image: () => z.ZodType }) => z.ZodObject);
/** What the generator needs of one entry of `collections` in the site's content config. */
export interface SiteCollection {
  loader?: unknown;
  schema?: unknown;
}

export interface CmsConfigInput {
  t: Translate;
  subjects: Subject[];
  cms: CmsOptions;
  collections: Record<string, SiteCollection>;
  site?: string;
  localPort?: number;
  env?: Record<string, string | undefined>;
  /** Whether a content folder holds `.mdx` files; their collection is left out otherwise. */
  hasMdx?: (folder: string) => boolean;
}

export interface UnmappedInCollection extends UnmappedField {
  collection: string;
}

export interface CmsConfigResult {
  config: Record<string, unknown>;
  unmapped: UnmappedInCollection[];
  /** Content folders the CMS edits (relative to the site root), for the file checks. */
  folders: { collection: string; folder: string }[];
}

/** A stand-in for Astro's `image()`: the same place in the schema, recognised by the walker. */
async function schemaShape(schema: unknown): Promise<Record<string, z.core.$ZodType> | undefined> {
  const { z } = await import('astro/zod');
  const image = () => markImage(z.string());
  const resolved = typeof schema === 'function' ? (schema as Extract<SchemaInput, (...a: never[]) => unknown>)({ image }) : schema;
  const def = (resolved as { _zod?: { def?: { type?: string; shape?: Record<string, z.core.$ZodType> } } } | undefined)?._zod?.def;
  return def?.type === 'object' ? def.shape : undefined;
}

const folderOf = (base: string) => base.replace(/^\.\//, '').replace(/\/+$/, '');

/**
 * The Decap CMS configuration for a site: one collection per posts or lessons collection of its
 * content config (fields from its zod schema, extensions included), plus a read-only-body twin for
 * `.mdx` files, labels in the site's language, and the publishing backend.
 */
export async function cmsConfig(input: CmsConfigInput): Promise<CmsConfigResult> {
  const { t, cms } = input;
  const unmapped: UnmappedInCollection[] = [];
  const collections: CmsCollection[] = [];
  const folders: CmsConfigResult['folders'] = [];
  for (const [name, collection] of Object.entries(input.collections)) {
    const marker = (collection.loader as { [CONTENT_FOLDER]?: ContentFolder } | undefined)?.[CONTENT_FOLDER];
    if (!marker) continue;
    const shape = await schemaShape(collection.schema);
    if (!shape) continue;
    const found: UnmappedField[] = [];
    const fields = objectFields(shape, {
      hints: (path, field) => fieldHints({ t, subjects: input.subjects, meta: metaOf(shape) }, path, field),
      unmapped: found,
    });
    unmapped.push(...found.map((f) => ({ ...f, collection: name })));
    const dateField = marker.kind === 'posts' ? 'pubDate' : 'date';
    for (const field of fields) if (field.name === dateField && field.widget === 'datetime') field.default = TODAY;
    const folder = folderOf(marker.base);
    folders.push({ collection: name, folder });
    const [markdown, mdx] = collectionsFor(name, marker.kind, folder, fields, t);
    collections.push(markdown, ...(input.hasMdx?.(folder) === false ? [] : [mdx]));
  }
  const repo = cms.backend.repo ?? repoFromEnv(input.env);
  const backend: Record<string, unknown> = { name: cms.backend.name, branch: cms.backend.branch };
  if (cms.backend.name !== 'git-gateway') backend.repo = repo ?? 'pemilik/nama-repo';
  if (cms.backend.baseUrl) backend.base_url = cms.backend.baseUrl;
  if (cms.backend.authEndpoint) backend.auth_endpoint = cms.backend.authEndpoint;
  const config: Record<string, unknown> = {
    load_config_file: false,
    backend,
    // Only used when the editor runs on 127.0.0.1 or localhost (`npm run cms`); a published
    // site ignores it.
    local_backend: { url: `http://127.0.0.1:${input.localPort ?? DEFAULT_LOCAL_PORT}/api/v1` },
    locale: t.lang,
    ...(input.site ? { site_url: input.site, display_url: input.site } : {}),
    // Files for download (attachments): served as they are from public/.
    media_folder: 'public/lampiran',
    public_folder: '/lampiran',
    ...(cms.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
  return { config, unmapped, folders };
}

/** `.meta({ title, description })` (or `.describe()`) a site gave a top-level field of its own, under any `.optional()`. */
function metaOf(shape: Record<string, z.core.$ZodType>) {
  type Described = { meta?: () => { title?: string; description?: string } | undefined; description?: string; _zod?: { def?: { innerType?: Described } } };
  return (path: string) => {
    for (let schema = shape[path] as unknown as Described | undefined; schema; schema = schema._zod?.def?.innerType) {
      const own = schema.meta?.();
      if (own?.title || own?.description) return own;
      if (schema.description) return { description: schema.description };
    }
    return undefined;
  };
}

function collectionsFor(name: string, kind: ContentKind, folder: string, fields: CmsField[], t: Translate): [CmsCollection, CmsCollection] {
  const posts = kind === 'posts';
  const dateField = posts ? 'pubDate' : 'date';
  const base = {
    folder,
    format: 'frontmatter',
    // Photos go next to the entry, where astro:assets finds and optimises them.
    media_folder: 'images',
    public_folder: 'images',
    summary: `{{${dateField}}} · {{title}}`,
    sortable_fields: ['title', dateField],
    editor: { preview: false },
  };
  const label = t(posts ? 'cms.collection.posts' : 'cms.collection.lessons');
  const singular = t(posts ? 'cms.collection.post' : 'cms.collection.lesson');
  const hasDate = fields.some((f) => f.name === dateField);
  const slug = hasDate ? `{{${dateField}}}-{{slug}}` : '{{slug}}';
  const markdown: CmsField = { name: 'body', label: t('cms.field.body'), widget: 'markdown', required: false };
  // MDX holds imports and components the rich editor would rewrite: its body is plain text,
  // kept byte for byte; only the fields above it are re-written when the entry is saved.
  const code: CmsField = { name: 'body', label: t('cms.field.body'), widget: 'text', required: false, hint: t('cms.collection.postsMdx.description') };
  return [
    { name, label, label_singular: singular, extension: 'md', create: true, slug, ...base, fields: [...fields, markdown] },
    {
      name: `${name}-mdx`,
      label: t(posts ? 'cms.collection.postsMdx' : 'cms.collection.lessonsMdx'),
      label_singular: singular,
      description: t('cms.collection.postsMdx.description'),
      extension: 'mdx',
      create: false,
      slug,
      ...base,
      fields: [...fields, code],
    },
  ];
}
