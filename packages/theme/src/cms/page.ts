import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { subjectCatalog } from '../catalog/index.ts';
import { createTranslator } from '../i18n/index.ts';
import type { RuntimeConfig } from '../integration/virtual-modules.ts';
import { cmsConfig, type SiteCollection } from './config.ts';
import { type UnlistedFiles, unlistedFiles } from './content-files.ts';
import { DEFAULT_LOCAL_PORT } from './markers.ts';

/** The port of the local file server: `guru-blog cms` passes the one it started. */
export function localPort(env: Record<string, string | undefined> = process.env): number {
  const port = Number(env.GURU_BLOG_CMS_PORT);
  return Number.isInteger(port) && port > 0 && port < 65536 ? port : DEFAULT_LOCAL_PORT;
}

export interface AdminPage {
  title: string;
  /** The generated configuration and the site's time zone, as JSON safe inside a <script>. */
  json: string;
  unlisted: UnlistedFiles;
  port: number;
}

function hasMdx(dir: string): boolean {
  try {
    return readdirSync(dir).some((name) => name.endsWith('.mdx') && !name.startsWith('_'));
  } catch {
    return false;
  }
}

const reported = new Set<string>();
/** Once per build: the admin page may render twice (dev reloads), the message should not repeat. */
function warnOnce(message: string) {
  if (reported.has(message)) return;
  reported.add(message);
  console.warn(`[guru-blog cms] ${message}`);
}

/** Everything /admin/ needs, computed while the site builds (or on each request in dev). */
export async function adminPage(runtime: RuntimeConfig, collections: Record<string, SiteCollection>, root: string): Promise<AdminPage> {
  const t = createTranslator(runtime.lang, runtime.strings);
  if (!runtime.cms) throw new Error('The admin page is injected only when the cms option is on.');
  const port = localPort();
  const { config, unmapped, folders } = await cmsConfig({
    t,
    subjects: subjectCatalog(runtime.subjects),
    cms: runtime.cms,
    collections,
    site: runtime.site ? `${runtime.site}${runtime.base === '/' ? '' : runtime.base.replace(/\/$/, '')}` : undefined,
    localPort: port,
    hasMdx: (folder) => hasMdx(join(root, folder)),
  });
  for (const field of unmapped) warnOnce(t('cms.error.unmapped', { field: field.path, type: field.type, collection: field.collection }));
  const unlisted = unlistedFiles(
    root,
    folders.map((f) => f.folder),
  );
  if (unlisted.unparseable.length) warnOnce(t('cms.warn.unparseable', { files: unlisted.unparseable.join(', ') }));
  if (unlisted.nested.length) warnOnce(t('cms.warn.nested', { files: unlisted.nested.join(', ') }));
  const json = JSON.stringify({ config, timeZone: runtime.timeZone }).replace(/</g, '\\u003c');
  return { title: `${t('cms.title')} · ${runtime.title}`, json, unlisted, port };
}
