export { type LoadMembersOptions, type LoadMembersResult, loadMembersFile, parseMembers } from './load-members.ts';
export { MEMBER_FIELDS, type MemberField, parseWebUrl, slugify } from './members-schema.ts';
export { formatIssue, type Lang } from './messages.ts';
export { CSV_HEADERS, type CsvMapping } from './read-csv.ts';
export { YAML_KEYS } from './read-yaml.ts';
