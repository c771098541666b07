import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from './messages/index.ts';

/** Optional parts a template may support; the question for one is asked only when it does. */
export type Feature = 'cms';

/** `template.json` at the root of each folder in templates/ (not copied into the new site). */
export interface TemplateManifest {
  name: string;
  /** What the template makes: a teacher's blog or an organizer's directory of members' blogs. */
  kind: 'blog' | 'community';
  label: Record<Lang, string>;
  hint: Record<Lang, string>;
  /** Sort order in the question. */
  order: number;
  features: Feature[];
  /** Text files in which `{{key}}` placeholders are filled with the answers. */
  render: string[];
  /** Dependencies of the new site beyond the theme (name → version range). */
  dependencies: Record<string, string>;
}

export interface Template extends TemplateManifest {
  dir: string;
}

/** The templates bundled with this package (copied from the repository's templates/ at build). */
export const BUNDLED_TEMPLATES = new URL('../templates/', import.meta.url);

/** Every folder with a template.json; a template added to templates/ shows up without code changes. */
export function loadTemplates(root: string): Template[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'template.json')))
    .map((e) => {
      const dir = join(root, e.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'template.json'), 'utf8')) as TemplateManifest;
      return { ...manifest, kind: manifest.kind ?? 'blog', dir };
    })
    .sort((a, b) => a.order - b.order);
}
