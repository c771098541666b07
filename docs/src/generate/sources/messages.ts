// Adapter: every message catalog the tools print from, as plain key → text maps per language.
import type { Lang } from '../zod-fields.ts';
import * as community from './community.ts';
import * as importer from './importer.ts';
import * as scaffolder from './scaffolder.ts';
import * as theme from './theme.ts';

export interface Catalog {
  /** Stable id used in entry keys ("catalog:key") and page slugs. */
  id: string;
  /** Who prints it, as a teacher sees it. */
  title: Record<Lang, string>;
  messages: Record<Lang, Record<string, string>>;
}

/** Theme strings that are messages (build errors and warnings), not words on the blog's pages. */
const isBuildMessage = (key: string) => /^(error|build)\./.test(key);
const isCheckMessage = (key: string) => key.startsWith('check.');
const pick = (strings: Record<string, string>, keep = isBuildMessage) => Object.fromEntries(Object.entries(strings).filter(([key]) => keep(key)));

export function catalogs(): Catalog[] {
  return [
    { id: 'create-guru-blog', title: { id: 'npm create guru-blog', en: 'npm create guru-blog' }, messages: scaffolder.CLI_MESSAGES },
    { id: 'guru-blog', title: { id: 'guru-blog (tulisan dan modul ajar baru)', en: 'guru-blog (new posts and lessons)' }, messages: theme.CLI_MESSAGES },
    {
      id: 'import',
      title: { id: 'guru-blog import (pindah dari Blogger/WordPress)', en: 'guru-blog import (from Blogger/WordPress)' },
      messages: importer.CLI_MESSAGES,
    },
    { id: 'import-notes', title: { id: 'Catatan laporan impor', en: 'Import report notes' }, messages: importer.NOTE_MESSAGES },
    {
      id: 'build',
      title: { id: 'astro build / astro dev (tema)', en: 'astro build / astro dev (theme)' },
      messages: { id: pick(theme.UI_STRINGS.id), en: pick(theme.UI_STRINGS.en) },
    },
    {
      id: 'check',
      title: { id: 'guru-blog check (pemeriksa tulisan)', en: 'guru-blog check (content checker)' },
      messages: { id: pick(theme.UI_STRINGS.id, isCheckMessage), en: pick(theme.UI_STRINGS.en, isCheckMessage) },
    },
    { id: 'node', title: { id: 'Versi Node (npm run dev/build)', en: 'Node version (npm run dev/build)' }, messages: theme.NODE_MESSAGES },
    { id: 'guru-community', title: { id: 'guru-community', en: 'guru-community' }, messages: community.CLI_MESSAGES },
    {
      id: 'members',
      title: { id: 'Berkas anggota (members.yaml / CSV)', en: 'Members file (members.yaml / CSV)' },
      messages: { id: community.memberMessageCatalog('id'), en: community.memberMessageCatalog('en') },
    },
  ];
}
