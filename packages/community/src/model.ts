// The shapes every part of the community package shares: members in, feed state and items stored,
// parsed feeds in between. Dates are ISO strings where they are stored (JSON), Date in memory.

export const JENJANG = ['paud', 'sd', 'smp', 'sma', 'smk', 'slb'] as const;
export type Jenjang = (typeof JENJANG)[number];

/** One member of the community, from members.yaml or a registration CSV. */
export interface Member {
  /** Stable slug, unique in the file: from `id`, else from the name. */
  id: string;
  name: string;
  /** The blog's home page (https://…). */
  blog: string;
  /** The feed, when given; otherwise it is discovered from the blog. A Blogger label feed or
   * WordPress category feed limits the directory to relevant posts. */
  feed?: string;
  school?: string;
  jenjang: Jenjang[];
  /** Subject slugs from the Guru Blog catalog (`matematika`, `ipa`, …). */
  subjects: string[];
  provinsi?: string;
  kabupaten?: string;
  /** Photo URL or a path in the site's public/ folder. */
  photo?: string;
  /** Inactive members stay listed with their stored posts but are not fetched. */
  active: boolean;
}

/** A problem in the members file, precise enough to fix: where, which field, what to do. */
export interface MemberIssue {
  file: string;
  /** 1-based line in YAML, or the CSV row's line. */
  line?: number;
  /** 1-based entry number in the list (YAML) or data row (CSV). */
  entry?: number;
  field?: string;
  message: string;
}

/** One item of a feed after parsing, before sanitizing: what the parser could read. */
export interface ParsedItem {
  /** guid / id / link: what identifies the item across fetches. */
  id: string;
  /** Plain text (entities decoded, tags removed). May be empty: Blogger titles often are. */
  title: string;
  /** Absolute URL of the post (Atom: rel="alternate", never "replies"). */
  url?: string;
  published?: Date;
  updated?: Date;
  /** Full content as HTML, unsanitized, URLs absolute. */
  contentHtml?: string;
  /** Summary/description as HTML, unsanitized, URLs absolute. */
  summaryHtml?: string;
  categories: string[];
  author?: string;
  /** Absolute URL of an image (enclosure, media:thumbnail, JSON Feed image). */
  image?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title?: string;
  /** The blog's home page as the feed states it. */
  siteUrl?: string;
  /** RSS <ttl> (minutes), a hint for how often to fetch. */
  ttlMinutes?: number;
  items: ParsedItem[];
}

/** A stored post: sanitized, with the member it belongs to. */
export interface StoredItem {
  /** Unique in the store: `${memberId}:${hash of the feed's item id}`. */
  key: string;
  memberId: string;
  /** The feed's own id for the item. */
  sourceId: string;
  title: string;
  url: string;
  /** ISO date; future dates are clamped to the fetch time, missing ones to the first-seen time. */
  published: string;
  updated?: string;
  /** Plain-text excerpt. */
  excerpt: string;
  /** Sanitized HTML (allowlist), links with rel="ugc nofollow noopener". */
  contentHtml: string;
  categories: string[];
  author?: string;
  image?: string;
  firstSeen: string;
}

export type FeedStatus = 'new' | 'ok' | 'moved' | 'failing' | 'gone' | 'dead';

/**
 * Why the last fetch failed, as a code the messages for the organizer are chosen by: the network's
 * (blocked … bad-encoding), an HTTP status (`http-404`), or a later stage (no feed on the blog page,
 * a document that is no feed, a full disk, a bug).
 */
export type FailureCode =
  | 'blocked'
  | 'timeout'
  | 'too-large'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'dns'
  | 'network'
  | 'bad-encoding'
  | `http-${number}`
  | 'no-feed'
  | 'parse'
  | 'disk-full'
  | 'store'
  | 'internal';

/** What the store remembers about one member's feed between runs. */
export interface FeedState {
  memberId: string;
  /** The member's blog address (host and path) these states and posts belong to: ids may change
   * when the members file does, the blog does not. */
  blog?: string;
  /** The feed URL fetched (given or discovered). */
  feedUrl?: string;
  status: FeedStatus;
  etag?: string;
  lastModified?: string;
  lastFetch?: string;
  lastSuccess?: string;
  /** Consecutive failed runs. */
  failures: number;
  failingSince?: string;
  /** The technical detail of the last failure (English, as the network or parser said it). */
  lastError?: string;
  /** What the last failure was, for a message in the organizer's language. */
  reason?: FailureCode;
  /** A permanent redirect seen: the members file should say this instead. */
  movedTo?: string;
  /** Not fetched again before this time (RSS ttl, Retry-After, minimum interval). */
  nextFetchAfter?: string;
  title?: string;
  siteUrl?: string;
}
