// What members' feed HTML may keep on the community site. Everything not listed here is dropped.

/** Harmless formatting elements. `h1` is renamed to `h2` before this check (the page owns its h1). */
export const ALLOWED_TAGS: readonly string[] = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'mark',
  'small',
  'blockquote',
  'q',
  'cite',
  'pre',
  'code',
  'kbd',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
  'figure',
  'figcaption',
  'img',
  'a',
  'abbr',
  'time',
  'details',
  'summary',
  'iframe',
];

/** Attributes per tag; every value is also checked in sanitize-content.ts. No id/name/class/style anywhere:
 * ids and names would let a post clobber the page's globals (`window.cookie`, `document.forms`). */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, string[]>> = {
  a: ['href', 'title', 'rel'],
  img: ['src', 'srcset', 'alt', 'width', 'height', 'loading', 'decoding'],
  iframe: ['src', 'title', 'width', 'height', 'loading', 'allowfullscreen'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
  abbr: ['title'],
  time: ['datetime'],
};

/** Disallowed elements whose text must not reach the page either (code, CSS, hidden or form UI). */
export const DROP_CONTENT_TAGS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'select',
  'button',
  'xmp',
  'noembed',
  'noframes',
  'title',
  'head',
  'svg',
  'math',
  'object',
  'embed',
  'applet',
];

/** Embeddable video/document players: exact hostname → allowed path prefixes (https only). A host alone
 * is not enough: docs.google.com also serves forms that could ask readers for passwords. */
export const IFRAME_HOSTS: Readonly<Record<string, readonly string[]>> = {
  'www.youtube.com': ['/embed/'],
  'youtube.com': ['/embed/'],
  'www.youtube-nocookie.com': ['/embed/'],
  'youtube-nocookie.com': ['/embed/'],
  'player.vimeo.com': ['/video/'],
  'drive.google.com': ['/file/d/'],
  'docs.google.com': ['/document/d/', '/presentation/d/', '/spreadsheets/d/'],
  'www.dailymotion.com': ['/embed/video/'],
  'geo.dailymotion.com': ['/player'],
  // Videos uploaded to Blogger itself, common on teachers' Blogger blogs.
  'www.blogger.com': ['/video.g'],
};
