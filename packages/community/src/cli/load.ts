// What every command starts with: the members (issues printed) and the store.
import { relative } from 'node:path';
import { choiceNotice, formatIssue, loadMembersFile } from '../members/index.ts';
import type { Member } from '../model.ts';
import { Store } from '../store/store.ts';
import type { CliIo, CliOptions } from './index.ts';
import type { Translate } from './messages.ts';

export interface Loaded {
  members: Member[];
  issueCount: number;
  /** Stored ids to move to the id the file now gives (applied by the commands that write). */
  moves: { from: string; to: string }[];
}

/** Loads and reports the members file; undefined (after saying why) when there is none. */
export function loadMembers(options: CliOptions, io: CliIo, t: Translate): Loaded | undefined {
  if (!options.membersFile) {
    io.stderr(`${t('err.noMembers', { dir: io.cwd })}\n`);
    return undefined;
  }
  const shown = relative(io.cwd, options.membersFile) || options.membersFile;
  const chosen = options.membersChoice && choiceNotice(options.membersChoice, options.lang);
  if (chosen) io.stderr(`${chosen}\n`);
  const { members, issues, notices, moves } = loadMembersFile(options.membersFile, {
    lang: options.lang,
    csv: options.csv,
    // Ids follow the blogs the store knows, so reordering the file moves no one's posts.
    stored: new Store(options.storeDir).storedIds(),
    fetchable: { allowLoopback: options.policy.allowLoopback },
  });
  const list = (items: typeof issues) => {
    for (const issue of items) io.stderr(`  ${formatIssue({ ...issue, file: relative(io.cwd, issue.file) || issue.file }, options.lang)}\n`);
  };
  if (issues.length) {
    io.stderr(`${t('members.issues', { count: issues.length })}\n`);
    list(issues);
  }
  if (notices.length) {
    io.stderr(`${t('members.notices', { count: notices.length })}\n`);
    list(notices);
  }
  io.stderr(`${t('members.loaded', { count: members.length, active: members.filter((m) => m.active).length, file: shown })}\n`);
  return { members, issueCount: issues.length, moves };
}
