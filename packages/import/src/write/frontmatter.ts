// The Markdown file of one imported entry: frontmatter the theme's post schema accepts (or a page
// with the theme's Page layout), a comment line saying where it came from, and the body.
import { stringify } from 'yaml';

export interface FileFields {
  kind: 'post' | 'page';
  title: string;
  description?: string;
  pubDate?: string;
  updatedDate?: string;
  tags: string[];
  heroImage?: string;
  heroAlt?: string;
  draft: boolean;
  author?: string;
  /** Comment lines above the fields (already translated). */
  comments: string[];
}

export function renderFile(fields: FileFields, body: string): string {
  const data: Record<string, unknown> = {};
  if (fields.kind === 'page') data.layout = '@guru-blog/theme/layouts/Page.astro';
  data.title = fields.title;
  if (fields.description) data.description = fields.description;
  if (fields.kind === 'post') {
    if (fields.pubDate) data.pubDate = fields.pubDate;
    if (fields.updatedDate) data.updatedDate = fields.updatedDate;
    data.tags = fields.tags;
    if (fields.heroImage) {
      data.heroImage = fields.heroImage;
      data.heroAlt = fields.heroAlt || fields.title;
    }
    if (fields.author) data.author = fields.author;
  }
  if (fields.draft) data.draft = true;
  const yaml = stringify(data, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  const comments = fields.comments.map((line) => `# ${line.replaceAll('\n', ' ')}`).join('\n');
  return `---\n${comments ? `${comments}\n` : ''}${yaml}\n---\n\n${body.trim()}\n`;
}
