import type { UIStringKey } from '../i18n/index.ts';

/** One thing wrong in one file: an error stops the build, a warning is only said. */
export interface Problem {
  severity: 'error' | 'warning';
  /** Path relative to the site's root, with forward slashes. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The frontmatter field, dotted ("activities.0.core"), when the problem is in one. */
  field?: string;
  /** The sentence, already in the site's language. */
  message: string;
}

export type Say = (key: UIStringKey, vars?: Record<string, string | number>) => string;
