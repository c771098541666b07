import { z } from 'astro/zod';
import { subjectCatalog, suggestSlug } from './catalog/subjects.ts';
import { FAMILIES, JENJANG, type Subject } from './catalog/types.ts';
import { cmsOptionSchema } from './cms/options.ts';
import { createTranslator, isStringKey, LANGS } from './i18n/index.ts';
import { ACCENT_NAMES, DEFAULT_ACCENT } from './styles/palette.ts';
import { isTimeZone } from './utils/dates.ts';

/** Routes the theme injects; each can be switched off, and a site's own page at the path wins. */
export const ROUTE_NAMES = ['home', 'posts', 'lessons', 'tags', 'archive', 'about', 'search', 'notFound', 'rss'] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

/** Components a site may replace with its own `.astro` file (Starlight's override pattern). */
export const COMPONENT_NAMES = [
  'Head',
  'Header',
  'Footer',
  'ThemeToggle',
  'SearchForm',
  'PostCard',
  'PostMeta',
  'TableOfContents',
  'AuthorCard',
  'PrevNext',
] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

const link = z.object({
  /** Text shown to readers, e.g. "YouTube" or "Instagram". */
  label: z.string().min(1),
  /** Full address, e.g. "https://youtube.com/@bu-ratna". */
  href: z.url({ protocol: /^(https?|mailto)$/ }),
});

export const authorSchema = z.object({
  /** The teacher's name as readers should see it, e.g. "Bu Ratna Sari Dewi, S.Pd.". */
  name: z.string().min(1),
  /** School, e.g. "SMP Negeri 3 Yogyakarta". */
  school: z.string().optional(),
  /** Path of a photo inside `public/`, e.g. "/foto-saya.jpg". */
  photo: z.string().optional(),
  /** One or two sentences shown on the home and about pages. */
  bio: z.string().optional(),
  links: z.array(link).default([]),
  /** Subjects the teacher teaches, as catalog slugs (`npx guru-blog mapel`), e.g. `['matematika']`. */
  subjects: z.array(z.string()).default([]),
});

const subjectSchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    nameId: z.string().min(1),
    nameEn: z.string().min(1),
    shortId: z.string().optional(),
    aliases: z.array(z.string()).default([]),
    jenjang: z.array(z.enum(JENJANG)).min(1),
    grades: z.array(z.number().int().min(1).max(13)).optional(),
    family: z.enum(FAMILIES).default('general'),
    group: z.string().default('muatan-lokal'),
    elective: z.boolean().default(false),
  })
  .transform((s) => ({ ...s, shortId: s.shortId ?? s.nameId }));

const routesSchema = z
  .object(Object.fromEntries(ROUTE_NAMES.map((name) => [name, z.boolean().default(true)])) as Record<RouteName, z.ZodDefault<z.ZodBoolean>>)
  .strict()
  .prefault({});

const componentsSchema = z
  .object(Object.fromEntries(COMPONENT_NAMES.map((name) => [name, z.string().optional()])) as Record<ComponentName, z.ZodOptional<z.ZodString>>)
  .strict()
  .prefault({});

const stringsSchema = z
  .record(z.string(), z.string())
  .default({})
  .superRefine((strings, ctx) => {
    for (const key of Object.keys(strings)) {
      if (!isStringKey(key)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown UI string key "${key}"` });
    }
  });

export const optionsSchema = z
  .object({
    /** Blog title in the header, the browser tab and feeds. */
    title: z.string().min(1),
    /** One sentence about the blog, for search engines and feeds. */
    description: z.string().default(''),
    author: authorSchema,
    /** Language of the site's UI: `id` (Indonesian, default) or `en`. */
    lang: z.enum(LANGS).default('id'),
    /** Links shown in the footer (YouTube channel, Instagram, school website...). */
    social: z.array(link).default([]),
    /** Which injected routes to create; set one to `false` to write your own page instead. */
    routes: routesSchema,
    /**
     * The header's links, replacing the ones made from `routes` (a site with pages of its own, such
     * as a community directory): `[{ label: 'Anggota', href: '/anggota/' }]`. Paths are site-relative.
     */
    nav: z.array(z.object({ label: z.string().min(1), href: z.string().startsWith('/') })).optional(),
    /** Full-text search with Pagefind (index built after `astro build`). */
    search: z.boolean().default(true),
    /**
     * Time zone of the post dates shown: a post written at 06:00 WIB (`2025-08-17T06:00:00+07:00`,
     * as Blogger and WordPress write times) is dated the 17th, not the 16th as in UTC. A date
     * without a time is that day in any zone. `Asia/Jakarta` (WIB), `Asia/Makassar` (WITA),
     * `Asia/Jayapura` (WIT), or any IANA name.
     */
    timeZone: z.string().default('Asia/Jakarta'),
    /**
     * The site's accent colour, for links, buttons and highlights: `senja` (terracotta, default),
     * `samudra` (ocean blue), `hutan` (forest green), `anggrek` (orchid purple) or `kunyit`
     * (turmeric gold). Each one is readable in light and dark mode.
     */
    accent: z.enum(ACCENT_NAMES).default(DEFAULT_ACCENT),
    /** Posts per page in the post list. */
    postsPerPage: z.number().int().positive().default(10),
    /** Override any UI string, e.g. `{ 'site.nav.posts': 'Artikel' }`. */
    strings: stringsSchema,
    /** Replace theme components with your own, e.g. `{ Footer: './src/components/MyFooter.astro' }`. */
    components: componentsSchema,
    /** Extra CSS files (paths from the project root) loaded after the theme's styles. */
    customCss: z.array(z.string()).default([]),
    /**
     * Subjects to add to the catalog (Muatan Lokal, SMK programmes), or to replace one by slug:
     * `{ slug: 'bahasa-jawa', nameId: 'Bahasa Jawa', nameEn: 'Javanese', jenjang: ['smp'], family: 'language' }`.
     */
    subjects: z.array(subjectSchema).default([]),
    /** Content-Security-Policy meta tag on every page (Astro's built-in CSP). */
    csp: z.boolean().default(true),
    /**
     * The browser editor at /admin/ (Decap CMS): `true`, or `{ backend: { repo: 'bu-ratna/blog' },
     * editorialWorkflow: true }`. The editor comes built with the theme; `npm run cms` needs
     * the package decap-server. Off by default, and then nothing of it is built.
     */
    cms: cmsOptionSchema,
    /**
     * More sites whose `<iframe>` a post may show (host names, e.g. `['www.liveworksheets.com']`).
     * YouTube, Google, Canva, Wordwall, Quizizz, Padlet, GeoGebra and PhET are allowed already; an
     * iframe from any other site is shown as a link.
     */
    embedHosts: z
      .array(
        z
          .string()
          .regex(
            /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/,
            'a host name such as www.liveworksheets.com (no https://, no path)',
          ),
      )
      .default([]),
  })
  .strict()
  .superRefine((options, ctx) => {
    // author.subjects must name catalog subjects (or ones the site added), like a lesson's subject.
    const t = createTranslator(options.lang);
    if (!isTimeZone(options.timeZone)) ctx.addIssue({ code: 'custom', path: ['timeZone'], message: t('error.option.timeZone', { value: options.timeZone }) });
    const slugs = subjectCatalog(options.subjects as Subject[]).map((s) => s.slug);
    options.author.subjects.forEach((slug, i) => {
      if (slugs.includes(slug)) return;
      const suggestion = suggestSlug(slug, slugs);
      const parts = [
        t('error.lesson.unknownSubject', { value: slug }),
        ...(suggestion ? [t('error.lesson.didYouMean', { suggestion })] : []),
        t('error.lesson.listHint'),
      ];
      ctx.addIssue({ code: 'custom', path: ['author', 'subjects', i], message: parts.join('; ') });
    });
  });

export type GuruBlogUserOptions = z.input<typeof optionsSchema>;
export type GuruBlogOptions = z.output<typeof optionsSchema>;
