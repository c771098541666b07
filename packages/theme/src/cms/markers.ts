/** Marks the folder a collection's loader reads, so the CMS can edit the same files. */
export const CONTENT_FOLDER = Symbol.for('guru-blog.content-folder');

export type ContentKind = 'posts' | 'lessons';

export interface ContentFolder {
  kind: ContentKind;
  /** As given to the loader, relative to the site's root ("./src/content/posts"). */
  base: string;
}

/** A date field's default, replaced in the browser by today's date in the site's time zone. */
export const TODAY = '{{guru-blog.today}}';

/** Id of the element that carries the generated configuration into the admin page. */
export const CONFIG_ELEMENT_ID = 'guru-blog-cms-config';

/** Port of Decap's local file server (`decap-server`); `guru-blog cms` passes another one when 8081 is taken. */
export const DEFAULT_LOCAL_PORT = 8081;
