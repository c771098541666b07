// Reads members.yaml or a registration CSV into members plus everything worth fixing. Valid entries
// come back even when others have issues: the CLI decides whether an issue stops a run.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Member, MemberIssue } from '../model.ts';
import { type CheckContext, checkEntry, type Draft, issueAt, nameForId, slugify } from './members-schema.ts';
import { type Lang, messages } from './messages.ts';
import { type CsvMapping, readCsv } from './read-csv.ts';
import { readYaml } from './read-yaml.ts';

export interface LoadMembersOptions {
  /** Language of the issue messages (default Indonesian). */
  lang?: Lang;
  /** Column headers for a CSV whose headers are not recognized. */
  csv?: CsvMapping;
}

export interface LoadMembersResult {
  members: Member[];
  /** In file order (by line). */
  issues: MemberIssue[];
}

export function loadMembersFile(path: string, options: LoadMembersOptions = {}): LoadMembersResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const msg = messages(options.lang);
    const code = (error as NodeJS.ErrnoException).code;
    return { members: [], issues: [{ file: path, message: code === 'ENOENT' ? msg.fileMissing() : msg.fileUnreadable(code ?? String(error)) }] };
  }
  return parseMembers(text, path, options);
}

/** The same for text already read; `file` names it in issues and its extension picks the format. */
export function parseMembers(text: string, file: string, options: LoadMembersOptions = {}): LoadMembersResult {
  const lang = options.lang ?? 'id';
  const msg = messages(lang);
  const ext = extname(file).toLowerCase();
  if (ext !== '.yaml' && ext !== '.yml' && ext !== '.csv') return { members: [], issues: [{ file, message: msg.extension(ext || file) }] };
  const read = ext === '.csv' ? readCsv(text, file, lang, msg, options.csv) : readYaml(text, file, lang, msg);
  const ctx: CheckContext = { file, msg, labels: read.labels };
  const drafts = read.entries.map((raw) => checkEntry(raw, ctx));
  const members = settle(drafts, ctx);
  const issues = [...read.issues, ...drafts.flatMap((d) => d.issues)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { members, issues };
}

/**
 * File-wide checks, then ids. A repeated blog or given id is an issue on the later entry (even when
 * the earlier one has issues of its own: fixing it would clash anyway). Ids derived from names give
 * way to given ones and take -2, -3 among themselves.
 */
function settle(drafts: Draft[], ctx: CheckContext): Member[] {
  const ids = new Map<string, Draft>();
  const blogs = new Map<string, Draft>();
  for (const draft of drafts) {
    const { explicitId, blogKey, raw } = draft;
    const sameId = explicitId === undefined ? undefined : ids.get(explicitId);
    if (sameId) draft.issues.push(issueAt(ctx, raw, 'id', ctx.msg.idDuplicate(explicitId!, sameId.raw.entry, sameId.raw.fields.id!.line)));
    else if (explicitId !== undefined) ids.set(explicitId, draft);
    const sameBlog = blogKey === undefined ? undefined : blogs.get(blogKey);
    if (sameBlog) draft.issues.push(issueAt(ctx, raw, 'blog', ctx.msg.blogDuplicate(sameBlog.raw.entry, sameBlog.raw.fields.blog!.line)));
    else if (blogKey !== undefined) blogs.set(blogKey, draft);
  }
  const taken = new Set(ids.keys());
  const members: Member[] = [];
  for (const { member, issues, explicitId } of drafts) {
    if (!member || issues.length > 0) continue;
    let id = explicitId;
    if (id === undefined) {
      const base = slugify(nameForId(member.name)) || 'anggota';
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    members.push({ id, ...member });
  }
  return members;
}
