// The members as the site reads them, the same way in the content loader and the search records:
// the same file (chooseMembersFile, as the CLI) and the same ids (the store's, as the CLI).
import { join } from 'node:path';
import { type CsvMapping, choiceNotice, chooseMembersFile, type LoadMembersResult, loadMembersFile, messages } from '../members/index.ts';
import { Store } from '../store/store.ts';

export interface SiteMembersOptions {
  /** Members file from the project root; default: the site's setting, else members.yaml|yml|csv. */
  file?: string;
  csv?: CsvMapping;
  /** Store folder from the project root. */
  store?: string;
  lang?: 'id' | 'en';
}

export interface SiteMembers extends LoadMembersResult {
  /** Which file was used and why, when several were there. */
  choice?: string;
}

export function readSiteMembers(root: string, options: SiteMembersOptions = {}): SiteMembers {
  const lang = options.lang ?? 'id';
  const chosen = chooseMembersFile(root, options.file);
  if (!chosen.file) return { members: [], issues: [{ file: root, message: messages(lang).noMembersFile() }], notices: [], moves: [] };
  const stored = new Store(join(root, options.store ?? '.guru-community')).storedIds();
  const result = loadMembersFile(chosen.file, { lang, stored, ...(options.csv ? { csv: options.csv } : {}) });
  const choice = choiceNotice(chosen, lang);
  return { ...result, ...(choice ? { choice } : {}) };
}
