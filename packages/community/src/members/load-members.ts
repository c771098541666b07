// Reads members.yaml or a registration CSV into members plus everything worth fixing. Valid entries
// come back even when others have issues: the CLI decides whether an issue stops a run.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Member, MemberIssue } from '../model.ts';
import { decodeFeed } from '../parse/decode.ts';
import { checkFetchable } from './fetchable.ts';
import { type CheckContext, checkEntry, type Draft, issueAt, nameForId, slugify } from './members-schema.ts';
import { type Lang, messages } from './messages.ts';
import { type CsvMapping, readCsv } from './read-csv.ts';
import { readYaml } from './read-yaml.ts';

/**
 * What the store remembers of a member id: the blog (host and path) its posts belong to; a store
 * written before blogs were kept has at most the home page its feed named, a likely match.
 */
export interface StoredId {
  blog?: string;
  likelyBlog?: string;
}
export type StoredIds = ReadonlyMap<string, StoredId>;

export interface LoadMembersOptions {
  /** Language of the issue messages (default Indonesian). */
  lang?: Lang;
  /** Column headers for a CSV whose headers are not recognized. */
  csv?: CsvMapping;
  /** The store's ids: a member whose blog is stored keeps that id, wherever the file lists them. */
  stored?: StoredIds;
  /** Check that blog and feed addresses can be fetched at all (not localhost, private, metadata). */
  fetchable?: { allowLoopback?: boolean };
}

export interface LoadMembersResult {
  members: Member[];
  /** In file order (by line). */
  issues: MemberIssue[];
  /** Worth knowing but not wrong (the file's encoding, a changed blog, posts kept aside). */
  notices: MemberIssue[];
  /** Stored ids to move to the id the file now gives their blog's member. */
  moves: { from: string; to: string }[];
}

export function loadMembersFile(path: string, options: LoadMembersOptions = {}): LoadMembersResult {
  let bytes: Buffer;
  const msg = messages(options.lang);
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ...EMPTY, issues: [{ file: path, message: code === 'ENOENT' ? msg.fileMissing() : msg.fileUnreadable(code ?? String(error)) }] };
  }
  // Excel saves "CSV" in the Windows code page unless told "CSV UTF-8": the bytes say which.
  const { text, encoding } = decodeFeed(bytes);
  const result = parseMembers(text, path, options);
  if (encoding === 'windows-1252') result.notices.unshift({ file: path, message: msg.windows1252() });
  return result;
}

const EMPTY: LoadMembersResult = { members: [], issues: [], notices: [], moves: [] };

/** The same for text already read; `file` names it in issues and its extension picks the format. */
export function parseMembers(text: string, file: string, options: LoadMembersOptions = {}): LoadMembersResult {
  const lang = options.lang ?? 'id';
  const msg = messages(lang);
  const ext = extname(file).toLowerCase();
  if (ext !== '.yaml' && ext !== '.yml' && ext !== '.csv') return { ...EMPTY, issues: [{ file, message: msg.extension(ext || file) }] };
  if (!text.replace(/^\uFEFF/, '').trim()) return { ...EMPTY, issues: [{ file, line: 1, message: msg.fileEmpty() }] };
  const read = ext === '.csv' ? readCsv(text, file, lang, msg, options.csv) : readYaml(text, file, lang, msg);
  const ctx: CheckContext = { file, msg, labels: read.labels };
  const drafts = read.entries.map((raw) => checkEntry(raw, ctx));
  if (options.fetchable) for (const draft of drafts) checkFetchable(draft, ctx, options.fetchable);
  const settled = settle(drafts, ctx, options.stored ?? new Map());
  const issues = [...read.issues, ...drafts.flatMap((d) => d.issues)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (read.issues.length === 0 && read.entries.length === 0) issues.push({ file, line: 1, message: msg.noMembers() });
  return { members: settled.members, issues, notices: settled.notices, moves: settled.moves };
}

/**
 * File-wide checks, then ids. A repeated blog or given id is an issue on the later entry (even when
 * the earlier one has issues of its own: fixing it would clash anyway). Ids are settled so that a
 * member's stored posts stay theirs whatever the file's order: a given id first, then the id the
 * store holds for the member's blog, then one from the name (-2, -3 among equal names), never an
 * id whose stored posts belong to another blog unless the member is the only one who can be meant.
 */
function settle(drafts: Draft[], ctx: CheckContext, stored: StoredIds): Omit<LoadMembersResult, 'issues'> {
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
  const valid = drafts.filter((d): d is Draft & { member: Omit<Member, 'id'> } => Boolean(d.member) && d.issues.length === 0);
  const idOfBlog = new Map<string, string>();
  for (const [id, { blog, likelyBlog }] of stored) {
    const known = blog ?? likelyBlog;
    if (known !== undefined && !idOfBlog.has(known)) idOfBlog.set(known, id);
  }
  const inFile = new Set(valid.map((d) => d.blogKey));
  const taken = new Set(ids.keys());
  const chosen = new Map<Draft, string>();
  const notices: MemberIssue[] = [];
  const moves: LoadMembersResult['moves'] = [];

  // A given id rules; the posts stored for its blog under another id move to it.
  for (const draft of valid) {
    if (draft.explicitId === undefined) continue;
    chosen.set(draft, draft.explicitId);
    const before = draft.blogKey === undefined ? undefined : idOfBlog.get(draft.blogKey);
    if (before !== undefined && before !== draft.explicitId && !stored.has(draft.explicitId)) {
      moves.push({ from: before, to: draft.explicitId });
      notices.push(issueAt(ctx, draft.raw, 'id', ctx.msg.idMoved(before, draft.explicitId)));
      taken.add(before);
    }
  }
  // The id the store holds for the blog.
  for (const draft of valid) {
    if (chosen.has(draft) || draft.blogKey === undefined) continue;
    const id = idOfBlog.get(draft.blogKey);
    if (id !== undefined && !taken.has(id)) {
      chosen.set(draft, id);
      taken.add(id);
    }
  }
  // Ids whose stored posts belong to a blog that is still listed are someone's; a blog no longer
  // listed leaves its id to the one member of that name (a changed address), or to no one.
  for (const [id, { blog }] of stored) if (blog !== undefined && inFile.has(blog)) taken.add(id);
  const bases = new Map<Draft, string>();
  for (const draft of valid) if (!chosen.has(draft)) bases.set(draft, slugify(nameForId(draft.member.name)) || 'anggota');
  const sameBase = (base: string) => [...bases.values()].filter((b) => b === base).length;
  for (const [draft, base] of bases) {
    let id = base;
    for (let n = 2; ; n++) {
      const storedBlog = stored.get(id)?.blog;
      const orphan = storedBlog !== undefined && storedBlog !== draft.blogKey && !taken.has(id);
      if (!taken.has(id) && !orphan) break;
      if (orphan && sameBase(base) === 1) {
        notices.push(issueAt(ctx, draft.raw, 'blog', ctx.msg.blogChanged(storedBlog)));
        break;
      }
      if (orphan && !notices.some((n) => n.message.includes(`"${id}"`)))
        notices.push({ file: ctx.file, message: ctx.msg.storedUnclaimed(id, storedBlog, sameBase(base)) });
      taken.add(id);
      id = `${base}-${n}`;
    }
    chosen.set(draft, id);
    taken.add(id);
  }
  const members = valid.map((draft) => ({ id: chosen.get(draft)!, ...draft.member }));
  return { members, notices, moves };
}
