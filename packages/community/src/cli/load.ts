// What every command starts with: the members (issues printed) and the store.
import { relative } from 'node:path';
import { formatIssue, loadMembersFile } from '../members/index.ts';
import type { Member } from '../model.ts';
import type { CliIo, CliOptions } from './index.ts';
import type { Translate } from './messages.ts';

export interface Loaded {
  members: Member[];
  issueCount: number;
}

/** Loads and reports the members file; undefined (after saying why) when there is none. */
export function loadMembers(options: CliOptions, io: CliIo, t: Translate): Loaded | undefined {
  if (!options.membersFile) {
    io.stderr(`${t('err.noMembers', { dir: io.cwd })}\n`);
    return undefined;
  }
  const shown = relative(io.cwd, options.membersFile) || options.membersFile;
  const { members, issues } = loadMembersFile(options.membersFile, { lang: options.lang, csv: options.csv });
  if (issues.length) {
    io.stderr(`${t('members.issues', { count: issues.length })}\n`);
    for (const issue of issues) io.stderr(`  ${formatIssue({ ...issue, file: relative(io.cwd, issue.file) || issue.file }, options.lang)}\n`);
  }
  io.stderr(`${t('members.loaded', { count: members.length, active: members.filter((m) => m.active).length, file: shown })}\n`);
  return { members, issueCount: issues.length };
}
