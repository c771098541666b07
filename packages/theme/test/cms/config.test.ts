import { z } from 'astro/zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { subjectCatalog } from '../../src/catalog/index.ts';
import { cmsConfig, type SiteCollection } from '../../src/cms/config.ts';
import { TODAY } from '../../src/cms/markers.ts';
import { type CmsOptions, cmsOptionSchema, repoFromEnv } from '../../src/cms/options.ts';
import type { CmsCollection, CmsField } from '../../src/cms/types.ts';
import { lessonSchema } from '../../src/content/lesson-schema.ts';
import { lessonsLoader, postsLoader } from '../../src/content/loaders.ts';
import { postSchema } from '../../src/content/post-schema.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { decapValidateConfig } from './decap-validate.ts';

const cms = cmsOptionSchema.parse(true) as CmsOptions;
let validate: (config: unknown) => void;
beforeAll(async () => {
  validate = await decapValidateConfig();
});

async function generate(collections: Record<string, SiteCollection>, lang: 'id' | 'en' = 'id', options: CmsOptions = cms) {
  return cmsConfig({ t: createTranslator(lang), subjects: subjectCatalog(), cms: options, collections, localPort: 8123, env: {} });
}
const collection = (config: Record<string, unknown>, name: string) => (config.collections as CmsCollection[]).find((c) => c.name === name)!;
const field = (fields: CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const found = fields.find((f) => f.name === head);
  if (!found) throw new Error(`no field ${head} in ${fields.map((f) => f.name).join(', ')}`);
  return rest.length ? field(found.fields ?? (found.field ? [found.field] : []), rest.join('.')) : found;
};

describe('Decap CMS config from the site zod schemas', () => {
  it('maps every post field, in Indonesian, and passes Decap’s own validation', async () => {
    const { config, unmapped } = await generate({ posts: { loader: postsLoader(), schema: postSchema() } });
    validate(config);
    expect(unmapped).toEqual([]);
    const posts = collection(config, 'posts');
    expect(posts).toMatchObject({
      folder: 'src/content/posts',
      extension: 'md',
      create: true,
      slug: '{{pubDate}}-{{slug}}',
      media_folder: 'images',
      public_folder: 'images',
      label: 'Tulisan',
    });
    expect(field(posts.fields, 'title')).toMatchObject({ widget: 'string', required: true, label: 'Judul' });
    expect(field(posts.fields, 'description')).toMatchObject({ widget: 'text', required: false });
    expect(field(posts.fields, 'pubDate')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, required: true, default: TODAY });
    expect(field(posts.fields, 'updatedDate')).toMatchObject({ widget: 'datetime', required: false });
    expect(field(posts.fields, 'updatedDate').default).toBeUndefined();
    expect(field(posts.fields, 'tags')).toMatchObject({ widget: 'list', label: 'Tag' });
    expect(field(posts.fields, 'tags').field).toBeUndefined();
    expect(field(posts.fields, 'heroImage')).toMatchObject({ widget: 'image', required: false, label: 'Gambar utama' });
    expect(field(posts.fields, 'heroAlt').hint).toMatch(/tunanetra/);
    expect(field(posts.fields, 'draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(posts.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
    // The .mdx twin: no "new", the body as plain text kept as it is, with the note why.
    const mdx = collection(config, 'posts-mdx');
    expect(mdx).toMatchObject({ extension: 'mdx', create: false, folder: 'src/content/posts' });
    expect(mdx.fields.at(-1)).toMatchObject({ name: 'body', widget: 'text' });
    expect(mdx.description).toMatch(/komponen/);
    expect(config).toMatchObject({ locale: 'id', local_backend: { url: 'http://127.0.0.1:8123/api/v1' }, backend: { name: 'github', branch: 'main' } });
  });

  it('maps every lesson field: catalog selects, grades, nested activities, attachments as files', async () => {
    const { config, unmapped } = await generate({ lessons: { loader: lessonsLoader(), schema: lessonSchema() } });
    validate(config);
    expect(unmapped).toEqual([]);
    const { fields, slug } = collection(config, 'lessons');
    expect(slug).toBe('{{date}}-{{slug}}');
    expect(field(fields, 'date').default).toBe(TODAY);
    expect(field(fields, 'pubDate').default).toBeUndefined();
    const subject = field(fields, 'subject');
    expect(subject).toMatchObject({ widget: 'select', required: true, label: 'Mata pelajaran' });
    expect(subject.options).toContainEqual({ label: 'Matematika', value: 'matematika' });
    expect(field(fields, 'grades')).toMatchObject({ widget: 'select', multiple: true });
    expect(field(fields, 'grades').options).toContainEqual({ label: '7', value: 7 });
    expect(field(fields, 'docType').options).toContainEqual({ label: 'Modul Ajar', value: 'modul-ajar' });
    expect(field(fields, 'jenjang').options).toContainEqual({ label: 'SMP', value: 'smp' });
    expect(field(fields, 'phase').options).toContainEqual({ label: 'Fase D', value: 'd' });
    expect(field(fields, 'semester')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 2 });
    expect(field(fields, 'profileDimensions')).toMatchObject({ widget: 'select', multiple: true });
    expect(field(fields, 'objectives')).toMatchObject({ widget: 'list', field: { widget: 'string' } });
    // Inside an optional object nothing is required: Decap would block an untouched one.
    expect(field(fields, 'timeAllocation')).toMatchObject({ widget: 'object', collapsed: true, required: false });
    expect(field(fields, 'timeAllocation.jp')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, required: false });
    expect(field(fields, 'activities')).toMatchObject({ widget: 'list', label: 'Kegiatan Pembelajaran' });
    expect(field(fields, 'activities.core')).toMatchObject({ widget: 'object', required: true });
    expect(field(fields, 'activities.core.steps.text')).toMatchObject({ widget: 'string', required: true });
    expect(field(fields, 'activities.core.steps.experience').options).toContainEqual({ label: 'Memahami', value: 'memahami' });
    expect(field(fields, 'activities.core.steps.principles')).toMatchObject({ widget: 'select', multiple: true });
    expect(field(fields, 'attachments.href')).toMatchObject({ widget: 'file', media_folder: '/public/lampiran', public_folder: '/lampiran' });
    // No default inside a list item: Decap would start every new lesson with an empty attachment.
    expect(field(fields, 'attachments.kind').default).toBeUndefined();
    expect(field(fields, 'image')).toMatchObject({ widget: 'image' });
    expect(field(fields, 'observationTable.rows')).toMatchObject({ widget: 'list', field: { widget: 'list', field: { widget: 'string' } } });
    expect(field(fields, 'timeline.when')).toMatchObject({ widget: 'string' });
    expect(field(fields, 'conclusion')).toMatchObject({ widget: 'text', label: 'Kesimpulan' });
  });

  it('shows fields a site adds with extend, typed and labelled, image() included', async () => {
    const extend = ({ image }: { image: () => z.ZodType }) =>
      z.object({
        kelasRombel: z.number().int().min(1).max(12),
        mapelPilihan: z.enum(['seni-tari', 'seni-musik']).optional(),
        catatanGuru: z.string().meta({ title: 'Catatan guru', description: 'Hanya untuk rekan guru.' }).optional(),
        tanggalUjian: z.coerce.date().optional(),
        terbuka: z.boolean().default(true),
        sumber: z.array(z.object({ nama: z.string(), halaman: z.number().optional() })).default([]),
        fotoKelas: image().optional(),
      });
    const { config, unmapped } = await generate({ posts: { loader: postsLoader(), schema: postSchema({ extend }) } });
    validate(config);
    expect(unmapped).toEqual([]);
    const { fields } = collection(config, 'posts');
    expect(field(fields, 'kelasRombel')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 12, required: true, label: 'Kelas rombel' });
    expect(field(fields, 'mapelPilihan').options).toContainEqual({ label: 'Seni-tari', value: 'seni-tari' });
    expect(field(fields, 'catatanGuru')).toMatchObject({ label: 'Catatan guru', hint: 'Hanya untuk rekan guru.', widget: 'string' });
    expect(field(fields, 'tanggalUjian')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(field(fields, 'terbuka')).toMatchObject({ widget: 'boolean', default: true });
    expect(field(fields, 'sumber.halaman')).toMatchObject({ widget: 'number', required: false });
    expect(field(fields, 'fotoKelas')).toMatchObject({ widget: 'image' });
    // Lessons take extensions the same way.
    const lessons = await generate({ lessons: { loader: lessonsLoader(), schema: lessonSchema({ extend: z.object({ kodeModul: z.string() }) }) } });
    expect(field(collection(lessons.config, 'lessons').fields, 'kodeModul')).toMatchObject({ widget: 'string', required: true });
  });

  it('names a field it cannot map, and leaves the rest of the form intact', async () => {
    const extend = z.object({ nilai: z.record(z.string(), z.number()), pasangan: z.tuple([z.string(), z.number()]), aman: z.string() });
    const { config, unmapped } = await generate({ posts: { loader: postsLoader(), schema: postSchema({ extend }) } });
    validate(config);
    expect(unmapped).toEqual([
      { collection: 'posts', path: 'nilai', type: 'record' },
      { collection: 'posts', path: 'pasangan', type: 'tuple' },
    ]);
    expect(field(collection(config, 'posts').fields, 'aman')).toMatchObject({ widget: 'string' });
    const t = createTranslator('id');
    expect(t('cms.error.unmapped', { field: 'nilai', type: 'record', collection: 'posts' })).toMatch(/isian "nilai" \(record\) di koleksi posts/);
  });

  it('labels in English for an English site', async () => {
    const { config } = await generate(
      { posts: { loader: postsLoader(), schema: postSchema() }, lessons: { loader: lessonsLoader(), schema: lessonSchema() } },
      'en',
    );
    validate(config);
    expect(field(collection(config, 'posts').fields, 'pubDate').label).toBe('Publication date');
    expect(field(collection(config, 'lessons').fields, 'subject').options).toContainEqual({ label: 'Mathematics', value: 'matematika' });
    expect(config.locale).toBe('en');
  });

  it('leaves out collections the theme does not load, and .mdx twins of folders without .mdx', async () => {
    const { config } = await cmsConfig({
      t: createTranslator('id'),
      subjects: subjectCatalog(),
      cms,
      collections: { posts: { loader: postsLoader({ base: './konten/tulisan' }), schema: postSchema() }, other: { schema: z.object({ a: z.string() }) } },
      hasMdx: () => false,
      env: {},
    });
    expect((config.collections as CmsCollection[]).map((c) => [c.name, c.folder])).toEqual([['posts', 'konten/tulisan']]);
  });

  it('publishing backends: github with Netlify OAuth by default, own OAuth endpoint, editorial workflow, legacy git-gateway', async () => {
    const posts = { posts: { loader: postsLoader(), schema: postSchema() } };
    const netlify = await cmsConfig({
      t: createTranslator('id'),
      subjects: [],
      cms,
      collections: posts,
      env: { REPOSITORY_URL: 'https://github.com/bu-ratna/blog-matematika' },
    });
    expect(netlify.config.backend).toEqual({ name: 'github', branch: 'main', repo: 'bu-ratna/blog-matematika' });
    const pages = cmsOptionSchema.parse({
      backend: { repo: 'bu-ratna/blog', baseUrl: 'https://oauth.example.workers.dev', authEndpoint: 'auth' },
      editorialWorkflow: true,
    }) as CmsOptions;
    const own = await cmsConfig({ t: createTranslator('id'), subjects: [], cms: pages, collections: posts, env: {} });
    validate(own.config);
    expect(own.config).toMatchObject({
      backend: { name: 'github', repo: 'bu-ratna/blog', base_url: 'https://oauth.example.workers.dev', auth_endpoint: 'auth' },
      publish_mode: 'editorial_workflow',
    });
    const legacy = await cmsConfig({
      t: createTranslator('id'),
      subjects: [],
      cms: cmsOptionSchema.parse({ backend: { name: 'git-gateway' } }) as CmsOptions,
      collections: posts,
      env: {},
    });
    validate(legacy.config);
    expect(legacy.config.backend).toEqual({ name: 'git-gateway', branch: 'main' });
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'guru/blog' })).toBe('guru/blog');
    expect(repoFromEnv({ REPOSITORY_URL: 'git@github.com:guru/blog.git' })).toBe('guru/blog');
    expect(cmsOptionSchema.parse(undefined)).toBe(false);
    expect(cmsOptionSchema.safeParse({ backend: { baseUrl: 'http://insecure.example' } }).success).toBe(false);
  });

  it('Decap’s validation rejects a broken config (the check can fail)', () => {
    expect(() =>
      validate({
        backend: { name: 'github' },
        media_folder: 'x',
        collections: [{ name: 'a', label: 'A', folder: 'x', create: true, fields: [{ label: 'no name', widget: 'string' }] }],
      }),
    ).toThrow(/name/);
    expect(() =>
      validate({
        backend: { name: 'github' },
        media_folder: 'x',
        collections: [{ name: 'a', label: 'A', folder: 'x', create: true, fields: [{ name: 's', widget: 'select' }] }],
      }),
    ).toThrow(/options/);
  });
});
