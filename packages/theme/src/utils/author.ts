import { type Subject, subjectCatalog } from '../catalog/index.ts';
import { config, url } from './site.ts';

/** The author's subjects by name in the site's language ("Matematika"), for the home and about pages. */
export function taughtSubjects(): string[] {
  const catalog = subjectCatalog(config.subjects as Subject[]);
  return config.author.subjects
    .map((slug) => catalog.find((s) => s.slug === slug))
    .filter((s) => s !== undefined)
    .map((s) => (config.lang === 'en' ? s.nameEn : s.nameId));
}

/** The author's photo address: a path in `public/` gets the site's base, an https address stays. */
export function authorPhoto(): string | undefined {
  const { photo } = config.author;
  return photo && (/^https?:/.test(photo) ? photo : url(photo));
}
