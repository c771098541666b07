// The click-to-load facade, built once as a hast tree so the Markdown plugins (Sätteri and
// rehype) and the <Embed> component (through `toHtml`) produce the same HTML:
//
// <figure class="embed embed--youtube">
//   <div class="embed-frame embed-frame--16x9">
//     <iframe title=… srcdoc="<a href=EMBED_URL>[thumbnail] title · provider · show here</a>"
//             width height loading="lazy"></iframe>
//   </div>
//   <figcaption class="embed-link"><a href=original target=_blank>Open in …</a></figcaption>
// </figure>
//
// The iframe has no `src`: its document is the tiny `srcdoc` page, a single link that fills the
// frame. Clicking it navigates the frame itself (no target) to the embed, so the service is
// contacted only after the reader's click, with JavaScript on or off (browsers without scripting
// ignore `loading="lazy"`, which is harmless here: the srcdoc loads nothing but the thumbnail).
// Zero JavaScript. The srcdoc document inherits the page's Content-Security-Policy, so it has no
// style attributes, only the one constant <style> FACADE_CSS whose hash src/integration/csp.ts
// allows. The figcaption link works everywhere, also in print, where the stylesheet hides the
// frame and prints the address (checked in headless Chromium by test/embeds-browser.test.ts).
import { escapeHtml } from '../kit/escape.mjs';
import type { Embed, EmbedAspect, EmbedProvider } from './parse.ts';

export type EmbedLang = 'id' | 'en';

/** Minimal hast shapes (compatible with `hast` and Sätteri's HastNode). */
export interface HastText {
  type: 'text';
  value: string;
}
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, string | number | boolean | string[] | undefined>;
  children: HastChild[];
}
export type HastChild = HastElement | HastText;

interface Strings {
  /** Default title per provider (the iframe's accessible name when the teacher gave none). */
  titles: Record<EmbedProvider, string>;
  playlist: string;
  short: string;
  folder: string;
  /** Provider name as people say it in this language. */
  names: Record<EmbedProvider, string>;
  show: string;
  open: (name: string) => string;
  openTitled: (title: string, name: string) => string;
  openPdf: string;
  newTab: string;
}

const NAMES_EN: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  'google-slides': 'Google Slides',
  'google-docs': 'Google Docs',
  'google-sheets': 'Google Sheets',
  'google-forms': 'Google Forms',
  'google-drive': 'Google Drive',
  canva: 'Canva',
  wordwall: 'Wordwall',
  quizizz: 'Wayground (Quizizz)',
  padlet: 'Padlet',
  geogebra: 'GeoGebra',
  phet: 'PhET',
  pdf: 'PDF',
  web: 'web',
};

// Kept here rather than in i18n/id.ts so the Markdown plugin (which runs outside Vite) needs no
// site config; Google's own Indonesian names are used for its apps.
export const EMBED_STRINGS: Record<EmbedLang, Strings> = {
  id: {
    titles: {
      youtube: 'Video YouTube',
      'google-slides': 'Presentasi Google Slide',
      'google-docs': 'Dokumen Google',
      'google-sheets': 'Spreadsheet Google',
      'google-forms': 'Formulir Google',
      'google-drive': 'Berkas Google Drive',
      canva: 'Desain Canva',
      wordwall: 'Aktivitas Wordwall',
      quizizz: 'Kuis Wayground (Quizizz)',
      padlet: 'Papan Padlet',
      geogebra: 'Applet GeoGebra',
      phet: 'Simulasi PhET',
      pdf: 'Dokumen PDF',
      web: 'Konten dari situs lain',
    },
    playlist: 'Daftar putar YouTube',
    short: 'Video pendek YouTube',
    folder: 'Folder Google Drive',
    names: {
      ...NAMES_EN,
      'google-slides': 'Google Slide',
      'google-docs': 'Google Dokumen',
      'google-sheets': 'Google Spreadsheet',
      'google-forms': 'Google Formulir',
    },
    show: 'Tampilkan di halaman ini',
    open: (name) => `Buka di ${name}`,
    openTitled: (title, name) => `Buka “${title}” di ${name}`,
    openPdf: 'Buka PDF',
    newTab: '(tab baru)',
  },
  en: {
    titles: {
      youtube: 'YouTube video',
      'google-slides': 'Google Slides presentation',
      'google-docs': 'Google Docs document',
      'google-sheets': 'Google Sheets spreadsheet',
      'google-forms': 'Google Form',
      'google-drive': 'Google Drive file',
      canva: 'Canva design',
      wordwall: 'Wordwall activity',
      quizizz: 'Wayground (Quizizz) quiz',
      padlet: 'Padlet board',
      geogebra: 'GeoGebra applet',
      phet: 'PhET simulation',
      pdf: 'PDF document',
      web: 'Content from another site',
    },
    playlist: 'YouTube playlist',
    short: 'YouTube Short',
    folder: 'Google Drive folder',
    names: NAMES_EN,
    show: 'Show it on this page',
    open: (name) => `Open in ${name}`,
    openTitled: (title, name) => `Open “${title}” in ${name}`,
    openPdf: 'Open the PDF',
    newTab: '(new tab)',
  },
};

const FRAME_SIZE: Record<EmbedAspect, [number, number]> = {
  '16:9': [560, 315],
  '9:16': [315, 560],
  '4:3': [560, 420],
  '3:4': [560, 747],
};

// Permissions the services' own embed codes ask for, minus camera/microphone/geolocation.
const ALLOW: Partial<Record<EmbedProvider, string>> = {
  youtube: 'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share',
};
const NO_FULLSCREEN = new Set<EmbedProvider>(['google-forms', 'google-docs', 'google-sheets']);

export interface RenderEmbedOptions {
  /** Title shown on the facade and used as the iframe's accessible name. */
  title?: string | undefined;
  lang?: EmbedLang | undefined;
  /** Show the YouTube thumbnail (loaded from i.ytimg.com when the page is shown). Default true. */
  thumbnail?: boolean | undefined;
}

/** A letter or two standing in for a logo where there is no thumbnail (decorative). */
function badge(provider: EmbedProvider): string {
  if (provider === 'pdf') return 'PDF';
  if (provider === 'youtube') return '▶';
  if (provider === 'web') return '↗';
  return NAMES_EN[provider].replace(/^Google /, '')[0] ?? '';
}

const el = (tagName: string, properties: HastElement['properties'], children: HastChild[] = []): HastElement => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const txt = (value: string): HastText => ({ type: 'text', value });

/** The provider's default title for this embed, in the site's language. */
export function defaultEmbedTitle(embed: Embed, lang: EmbedLang = 'id'): string {
  const s = EMBED_STRINGS[lang];
  if (embed.kind === 'playlist') return s.playlist;
  if (embed.kind === 'short') return s.short;
  if (embed.kind === 'folder') return s.folder;
  return s.titles[embed.provider];
}

/** The facade as a hast `<figure>`. */
export function embedHast(embed: Embed, options: RenderEmbedOptions = {}): HastElement {
  const lang = options.lang === 'en' ? 'en' : 'id';
  const s = EMBED_STRINGS[lang];
  const given = options.title?.replace(/\s+/g, ' ').trim();
  const title = given || defaultEmbedTitle(embed, lang);
  // A site the theme does not know is named by its address: "Buka di phet.example.org".
  // A page of this site has no host to show: its path names it.
  const name = embed.provider === 'web' ? (URL.canParse(embed.href) ? new URL(embed.href).hostname : embed.href) : s.names[embed.provider];
  const openText = embed.provider === 'pdf' ? (given ? `${s.openPdf}: ${given}` : s.openPdf) : given ? s.openTitled(given, name) : s.open(name);
  const figureClass = ['embed', `embed--${embed.provider}`];
  const link = el('figcaption', { className: ['embed-link'] }, [
    el('a', { className: ['embed-open'], href: embed.href, target: '_blank', rel: 'noopener' }, [
      txt(`${openText} `),
      el('span', { className: ['embed-new-tab'] }, [txt(s.newTab)]),
    ]),
  ]);
  const thumbnail = embed.thumbnail && options.thumbnail !== false ? embed.thumbnail : undefined;

  if (!embed.frame) {
    // Nothing the page may frame (a PDF or a frame from another site): the card itself is the link.
    const picture = thumbnail
      ? el('img', {
          className: ['embed-thumb'],
          src: thumbnail,
          alt: '',
          width: 480,
          height: 360,
          loading: 'lazy',
          decoding: 'async',
          referrerPolicy: 'no-referrer',
        })
      : el('span', { className: ['embed-thumb', 'embed-thumb--none'], ariaHidden: 'true' }, [txt(badge(embed.provider))]);
    return el('figure', { className: [...figureClass, 'embed--link-only'] }, [
      el('a', { className: ['embed-facade', 'embed-open'], href: embed.href, target: '_blank', rel: 'noopener' }, [
        picture,
        el('span', { className: ['embed-text'] }, [
          el('span', { className: ['embed-title'] }, [txt(title)]),
          el('span', { className: ['embed-provider'] }, [txt(name)]),
          el('span', { className: ['embed-action'] }, [
            txt(`${embed.provider === 'pdf' ? s.openPdf : s.open(name)} `),
            el('span', { className: ['embed-new-tab'] }, [txt(s.newTab)]),
          ]),
        ]),
      ]),
    ]);
  }

  const [width, height] = FRAME_SIZE[embed.aspect];
  const iframe = el('iframe', {
    title,
    srcDoc: facadeDocument({ href: playUrl(embed), title, provider: name, action: s.show, lang, thumbnail, badge: badge(embed.provider) }),
    width,
    height,
    loading: 'lazy',
    referrerPolicy: 'strict-origin-when-cross-origin',
    ...(ALLOW[embed.provider] ? { allow: ALLOW[embed.provider] } : {}),
    ...(NO_FULLSCREEN.has(embed.provider) ? {} : { allowFullScreen: true }),
  });
  return el('figure', { className: figureClass }, [
    el('div', { className: ['embed-frame', `embed-frame--${embed.aspect.replace(':', 'x')}`] }, [iframe]),
    link,
  ]);
}

/**
 * The one stylesheet of every facade document. It must stay byte-for-byte the same for all
 * embeds: the page's CSP (inherited by srcdoc documents) allows exactly its sha256 hash
 * (src/integration/csp.ts). No `<` or `&` in it, so it needs no escaping.
 */
export const FACADE_CSS =
  'html,body{margin:0;height:100%}' +
  'body{font:16px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#1f2328;color:#fff}' +
  'a{position:relative;display:flex;flex-direction:column;justify-content:flex-end;box-sizing:border-box;height:100%;color:#fff;text-decoration:none;overflow:hidden}' +
  'a:focus-visible{outline:3px solid #fff;outline-offset:-6px;box-shadow:inset 0 0 0 6px #0b5fbf}' +
  'img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}' +
  '.b{flex:1;display:grid;place-items:center;font-weight:700;font-size:2.5rem;color:#d0d7de}' +
  '.t{position:relative;display:flex;flex-direction:column;gap:.1rem;padding:.75rem 1rem;background:rgba(0,0,0,.78)}' +
  '.ti{font-weight:700;overflow-wrap:anywhere}' +
  'a:hover .ti{text-decoration:underline;text-decoration-thickness:2px}' +
  '.p{font-size:.9rem;color:#e6e6e6}' +
  '.a{font-size:.9rem;font-weight:700}' +
  '.a::before{content:"\\25B6\\00A0"}';

/** Where the facade's link goes: the embed (YouTube starts playing, the reader already asked). */
function playUrl(embed: Embed): string {
  if (embed.provider !== 'youtube') return embed.embedUrl;
  return `${embed.embedUrl}${embed.embedUrl.includes('?') ? '&' : '?'}autoplay=1`;
}

interface FacadeParts {
  href: string;
  title: string;
  provider: string;
  action: string;
  lang: EmbedLang;
  thumbnail: string | undefined;
  badge: string;
}

/** The srcdoc document: one link filling the frame. Escaped here for its own parser; the
 * serialiser escapes the whole for the attribute. */
function facadeDocument(p: FacadeParts): string {
  const picture = p.thumbnail
    ? `<img src="${escapeHtml(p.thumbnail)}" alt="" width="480" height="360" decoding="async" referrerpolicy="no-referrer">`
    : `<span class="b" aria-hidden="true">${escapeHtml(p.badge)}</span>`;
  return (
    `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><title>${escapeHtml(p.title)}</title><style>${FACADE_CSS}</style></head>` +
    `<body><a href="${escapeHtml(p.href)}" referrerpolicy="strict-origin-when-cross-origin">${picture}` +
    `<span class="t"><span class="ti">${escapeHtml(p.title)}</span><span class="p">${escapeHtml(p.provider)}</span><span class="a">${escapeHtml(p.action)}</span></span></a></body></html>`
  );
}

const VOID = new Set(['img', 'br', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'area', 'col', 'embed', 'track', 'base', 'param']);
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  allowFullScreen: 'allowfullscreen',
  referrerPolicy: 'referrerpolicy',
  srcDoc: 'srcdoc',
};

function attributeName(property: string): string {
  if (property in ATTRIBUTE_NAMES) return ATTRIBUTE_NAMES[property] as string;
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/** Serialises the small hast trees built here (elements and text only). */
export function toHtml(node: HastChild | HastChild[]): string {
  if (Array.isArray(node)) return node.map(toHtml).join('');
  if (node.type === 'text') return escapeHtml(node.value);
  let html = `<${node.tagName}`;
  for (const [key, value] of Object.entries(node.properties)) {
    if (value === undefined || value === false || value === null) continue;
    const name = attributeName(key);
    if (value === true) html += ` ${name}`;
    else html += ` ${name}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value))}"`;
  }
  html += '>';
  if (VOID.has(node.tagName)) return html;
  return `${html}${toHtml(node.children)}</${node.tagName}>`;
}

/** The facade as HTML (for the <Embed> component). */
export function embedHtml(embed: Embed, options: RenderEmbedOptions = {}): string {
  return toHtml(embedHast(embed, options));
}
