import { remember } from './remember.ts';
import { slugify } from './slug.ts';

// Every card links its tags: a build asks for the same few tag pages thousands of times.
const tagPaths = new Map<string, string>();
const tagPath = (tag: string): string => remember(tagPaths, tag, () => `/tags/${slugify(tag)}/`);

/** Where each kind of page lives, in one place so links and routes can't drift apart. */
export const paths = {
  home: () => '/',
  posts: (page = 1) => (page <= 1 ? '/posts/' : `/posts/page/${page}/`),
  post: (id: string) => `/posts/${id}/`,
  tags: () => '/tags/',
  tag: tagPath,
  archive: () => '/archive/',
  year: (year: number | string) => `/archive/${year}/`,
  about: () => '/about/',
  search: () => '/search/',
  lessons: () => '/lessons/',
  lesson: (id: string) => `/lessons/${id}/`,
  subject: (slug: string) => `/mapel/${slug}/`,
  phase: (key: string) => `/fase/${key}/`,
  grade: (grade: number) => `/kelas/${grade}/`,
  docType: (docType: string) => `/jenis/${docType}/`,
  rss: () => '/rss.xml',
};
