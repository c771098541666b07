// Which members file a community uses, decided the same way by the site and the CLI: a file named
// for this run (--members, or the loader's own option), else the one setting both read
// (`"guru-community": { "members": "…" }` in the site's package.json), else the one of
// members.yaml, members.yml and members.csv that is there; with several there, the first, said aloud.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Lang, messages } from './messages.ts';

export const MEMBER_FILES = ['members.yaml', 'members.yml', 'members.csv'] as const;
/** The key of the site's package.json that holds the community's settings. */
export const SETTINGS_KEY = 'guru-community';

export interface MembersFileChoice {
  /** Absolute path; undefined when there is none. */
  file?: string;
  /** Other members files in the folder, not used: the organizer is told which one is. */
  ignored: string[];
  /** Where the choice came from. */
  from: 'given' | 'setting' | 'found';
}

/** The site's settings in package.json (`"guru-community": { "members": "pendaftaran.csv" }`). */
export function readSettings(root: string): { members?: string } {
  try {
    const json = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    const settings = json[SETTINGS_KEY];
    if (!settings || typeof settings !== 'object') return {};
    const { members } = settings as Record<string, unknown>;
    return typeof members === 'string' ? { members } : {};
  } catch {
    return {};
  }
}

export function chooseMembersFile(root: string, given?: string): MembersFileChoice {
  if (given) return { file: resolve(root, given), ignored: [], from: 'given' };
  const setting = readSettings(root).members;
  if (setting) return { file: resolve(root, setting), ignored: [], from: 'setting' };
  const present = MEMBER_FILES.filter((name) => existsSync(join(root, name)));
  return { ...(present[0] ? { file: join(root, present[0]) } : {}), ignored: present.slice(1), from: 'found' };
}

/** The sentence for several files found: which one is used, why, and how to pick another. */
export function choiceNotice(choice: MembersFileChoice, lang: Lang = 'id'): string | undefined {
  if (!choice.file || choice.ignored.length === 0) return undefined;
  const name = choice.file.split(/[\\/]/).pop()!;
  return messages(lang).membersFileChosen(name, choice.ignored.join(', '), MEMBER_FILES.join(', '), SETTINGS_KEY);
}
