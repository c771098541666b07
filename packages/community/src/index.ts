// @guru-blog/community: members file → polite fetch → parse → sanitize → store, for a directory
// site of teachers' blogs. The site side (Astro loader and pages) builds on these.

export { DEFAULT_POLICY, type FetchPolicy } from './fetch/policy.ts';
export { type FeedOutcome, type Progress, type RunReport, runFetch } from './fetch/run-fetch.ts';
export { BlockedError, checkUrl } from './fetch/url-guard.ts';
export { type CsvMapping, formatIssue, type LoadMembersOptions, type LoadMembersResult, loadMembersFile, parseMembers } from './members/index.ts';
export { membersOpml } from './members/members-opml.ts';
export type { FeedState, FeedStatus, Jenjang, Member, MemberIssue, StoredItem } from './model.ts';
export { excerpt, plainText } from './sanitize/excerpt.ts';
export { sanitizeContent } from './sanitize/sanitize-content.ts';
export { default as guruCommunity } from './site/integration.ts';
export { communityPostSchema, communityPostsLoader, memberSchema, membersLoader } from './site/loaders.ts';
export type { CommunityUserOptions } from './site/options.ts';
export { Store } from './store/store.ts';
