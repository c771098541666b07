export { type LoadMembersOptions, type LoadMembersResult, loadMembersFile, parseMembers, type StoredIds } from './load-members.ts';
export { choiceNotice, chooseMembersFile, MEMBER_FILES, type MembersFileChoice, readSettings } from './members-file.ts';
export { MEMBER_FIELDS, type MemberField, parseWebUrl, slugify } from './members-schema.ts';
export { formatIssue, type Lang, messages } from './messages.ts';
export { CSV_HEADERS, type CsvMapping } from './read-csv.ts';
export { YAML_KEYS } from './read-yaml.ts';
