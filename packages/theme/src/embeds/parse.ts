// Turns a URL a teacher pasted (or a whole `<iframe …>` snippet) into the address the service
// lets other sites frame. Pure: no network, no DOM. Only https URLs on the exact hosts below are
// accepted, and every piece that goes into the embed address is checked against a strict pattern
// and re-assembled, so nothing from the pasted URL reaches the iframe unchecked.
// URL shapes are those each service's share and embed dialogs give (e.g. YouTube watch, youtu.be
// and embed links; Google Slides /pub and /embed).

import { unescapeAttribute } from '../utils/html.ts';

export type EmbedProvider =
  | 'youtube'
  | 'google-slides'
  | 'google-docs'
  | 'google-sheets'
  | 'google-forms'
  | 'google-drive'
  | 'canva'
  | 'wordwall'
  | 'quizizz'
  | 'padlet'
  | 'geogebra'
  | 'phet'
  | 'pdf'
  /** A frame from a site the theme does not know: shown as a link card unless the site allows its host. */
  | 'web';

/** Shape of the frame; the stylesheet turns it into an `aspect-ratio`. */
export type EmbedAspect = '16:9' | '9:16' | '4:3' | '3:4';

export interface Embed {
  provider: EmbedProvider;
  /** The service's name (brand, not translated): "YouTube", "Google Slides", … */
  title: string;
  /** What the iframe loads (https on one of {@link EMBED_FRAME_HOSTS}, or a path on this site for a local PDF). */
  embedUrl: string;
  /** The URL as the teacher gave it (trimmed): the "open in a new tab" link. */
  href: string;
  /** A preview image that can be known without the network (YouTube videos only). */
  thumbnail?: string;
  aspect: EmbedAspect;
  /**
   * False when the page may not frame it: a PDF on another site (the Content-Security-Policy
   * allows frames only from the hosts below and the site itself), shown as a link card instead.
   */
  frame: boolean;
  /** Finer kind where a provider has several: YouTube `video`/`short`/`playlist`, Drive `file`/`folder`. */
  kind?: 'video' | 'short' | 'playlist' | 'file' | 'folder';
}

/** Hosts embed iframes load from; `frame-src` in the theme's CSP lists exactly these plus 'self'. */
export const EMBED_FRAME_HOSTS = [
  'www.youtube-nocookie.com',
  'docs.google.com',
  'drive.google.com',
  'www.canva.com',
  'wordwall.net',
  'quizizz.com',
  'wayground.com',
  'padlet.com',
  'www.geogebra.org',
  'phet.colorado.edu',
] as const;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_LIST = /^[A-Za-z0-9_-]{2,64}$/;
// Google file ids are 25–44 characters today; published ("e/2PACX-…") ids are longer.
const GOOGLE_ID = /^[A-Za-z0-9_-]{20,100}$/;
const GOOGLE_PUB_ID = /^2PACX-[A-Za-z0-9_-]{20,200}$/;
const GOOGLE_FORM_PUB_ID = /^1FAIpQL[A-Za-z0-9_-]{20,100}$/;
const CANVA_DESIGN = /^DA[A-Za-z0-9_-]{6,30}$/;
const CANVA_TOKEN = /^[A-Za-z0-9_-]{6,60}$/;
const WORDWALL_ID = /^[0-9a-f]{32}$/;
const WORDWALL_LANG = /^[a-z]{2}(?:-[a-z]{2})?$/;
const DIGITS = /^[0-9]{1,12}$/;
const QUIZ_ID = /^[0-9a-f]{24}$/;
const PADLET_ID = /^[a-z0-9]{8,32}$/;
const PADLET_USER = /^[A-Za-z0-9_.-]{1,64}$/;
const GEOGEBRA_ID = /^[A-Za-z0-9]{6,12}$/;
const GEOGEBRA_APPS = new Set(['m', 'calculator', 'classic', 'graphing', 'geometry', '3d', 'cas', 'probability', 'scientific']);
const PHET_SIM = /^[a-z0-9]+(?:-[a-z0-9]+){0,8}$/;
const PHET_VERSION = /^(?:latest|\d{1,3}\.\d{1,3}\.\d{1,3})$/;
const PHET_LOCALE = /^[a-z]{2,3}(?:_[A-Z]{2})?$/;
// A path on the site itself, e.g. /files/lkpd-pecahan.pdf (percent-escapes allowed, no quotes/spaces).
const LOCAL_PDF = /^\/(?!\/)[A-Za-z0-9._~%!$&'()*+,;=:@/-]*\.pdf$/i;

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com']);

function segments(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

/** `t=90`, `t=90s`, `t=1m30s`, `start=90` → seconds; anything else → undefined. */
function startSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  if (DIGITS.test(value)) return Number(value) || undefined;
  const m = /^(?:(\d{1,3})h)?(?:(\d{1,4})m)?(?:(\d{1,6})s)?$/.exec(value);
  if (!m || value === '') return undefined;
  const seconds = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return seconds || undefined;
}

function youtube(url: URL, href: string): Embed | undefined {
  const parts = segments(url);
  const host = url.hostname;
  let id: string | undefined;
  let short = false;
  if (host === 'youtu.be') id = parts.length === 1 ? parts[0] : undefined;
  else if (parts[0] === 'watch' && parts.length === 1) id = url.searchParams.get('v') ?? undefined;
  else if (parts.length === 2 && (parts[0] === 'embed' || parts[0] === 'live' || parts[0] === 'shorts')) {
    id = parts[1];
    short = parts[0] === 'shorts';
  } else if (parts[0] === 'playlist' && parts.length === 1) id = undefined;
  else return undefined;

  const list = url.searchParams.get('list');
  const validList = list && YOUTUBE_LIST.test(list) ? list : undefined;
  if (id === 'videoseries') id = undefined;
  if (id !== undefined && !YOUTUBE_ID.test(id)) return undefined;
  if (id === undefined && !validList) return undefined;

  const params = new URLSearchParams();
  const start = startSeconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  if (id && start) params.set('start', String(start));
  if (validList) params.set('list', validList);
  const query = params.size ? `?${params}` : '';
  const embedUrl = `https://www.youtube-nocookie.com/embed/${id ?? 'videoseries'}${query}`;
  return {
    provider: 'youtube',
    title: 'YouTube',
    embedUrl,
    href,
    ...(id ? { thumbnail: `https://i.ytimg.com/vi/${id}/hqdefault.jpg` } : {}),
    aspect: short ? '9:16' : '16:9',
    frame: true,
    kind: short ? 'short' : id ? 'video' : 'playlist',
  };
}

function google(url: URL, href: string): Embed | undefined {
  let parts = segments(url);
  // Workspace accounts: /a/<domain>/…, several signed-in accounts: /u/<n>/…
  while (parts[0] === 'u' && DIGITS.test(parts[1] ?? '')) parts = parts.slice(2);
  if (parts[0] === 'a' && parts[1] && /^[A-Za-z0-9.-]+$/.test(parts[1])) parts = parts.slice(2);
  while (parts[0] === 'u' && DIGITS.test(parts[1] ?? '')) parts = parts.slice(2);
  const [app, d, first, second, action] = parts;
  if (d !== 'd' || !first) return undefined;
  const published = first === 'e';
  const id = published ? second : first;
  if (!id) return undefined;
  const rest = published ? parts.slice(4) : parts.slice(3);
  const base = `https://docs.google.com/${app}/d/${published ? `e/${id}` : id}`;
  const common = { href, frame: true } as const;

  switch (app) {
    case 'presentation':
      if (!(published ? GOOGLE_PUB_ID : GOOGLE_ID).test(id)) return undefined;
      return { ...common, provider: 'google-slides', title: 'Google Slides', embedUrl: `${base}/embed?start=false&loop=false&delayms=3000`, aspect: '16:9' };
    case 'document':
      if (published) {
        if (!GOOGLE_PUB_ID.test(id)) return undefined;
        return { ...common, provider: 'google-docs', title: 'Google Docs', embedUrl: `${base}/pub?embedded=true`, aspect: '3:4' };
      }
      if (!GOOGLE_ID.test(id)) return undefined;
      return { ...common, provider: 'google-docs', title: 'Google Docs', embedUrl: `${base}/preview`, aspect: '3:4' };
    case 'spreadsheets':
      if (published) {
        if (!GOOGLE_PUB_ID.test(id)) return undefined;
        return { ...common, provider: 'google-sheets', title: 'Google Sheets', embedUrl: `${base}/pubhtml?widget=true&headers=false`, aspect: '4:3' };
      }
      if (!GOOGLE_ID.test(id)) return undefined;
      return { ...common, provider: 'google-sheets', title: 'Google Sheets', embedUrl: `${base}/preview`, aspect: '4:3' };
    case 'forms': {
      // The /edit address is the owner's editor, not the form.
      const page = published ? action : second;
      if (rest.length > 1 || (page !== undefined && page !== 'viewform')) return undefined;
      if (!(published ? GOOGLE_FORM_PUB_ID : GOOGLE_ID).test(id)) return undefined;
      return { ...common, provider: 'google-forms', title: 'Google Forms', embedUrl: `${base}/viewform?embedded=true`, aspect: '3:4' };
    }
    default:
      return undefined;
  }
}

function drive(url: URL, href: string): Embed | undefined {
  let parts = segments(url);
  if (parts[0] === 'a' && parts[1]) parts = parts.slice(2);
  const common = { provider: 'google-drive', title: 'Google Drive', href, frame: true } as const;
  let fileId: string | undefined;
  if (parts[0] === 'file' && parts[1] === 'd' && parts.length <= 4) fileId = parts[2];
  else if ((parts[0] === 'open' || parts[0] === 'uc') && parts.length === 1) fileId = url.searchParams.get('id') ?? undefined;
  else {
    // drive/folders/ID, drive/u/0/folders/ID
    const i = parts.indexOf('folders');
    if (parts[0] === 'drive' && i > 0 && i === parts.length - 2) {
      const folder = parts[i + 1];
      if (!folder || !GOOGLE_ID.test(folder) || !(i === 1 || (i === 3 && parts[1] === 'u' && DIGITS.test(parts[2] ?? '')))) return undefined;
      return { ...common, embedUrl: `https://drive.google.com/embeddedfolderview?id=${folder}#grid`, aspect: '4:3', kind: 'folder' };
    }
    return undefined;
  }
  if (!fileId || !GOOGLE_ID.test(fileId)) return undefined;
  if (parts[0] === 'file' && parts[3] !== undefined && !['view', 'edit', 'preview'].includes(parts[3])) return undefined;
  return { ...common, embedUrl: `https://drive.google.com/file/d/${fileId}/preview`, aspect: '4:3', kind: 'file' };
}

function canva(url: URL, href: string): Embed | undefined {
  const parts = segments(url);
  if (parts[0] !== 'design') return undefined;
  const [, design, a, b] = parts;
  if (!design || !CANVA_DESIGN.test(design)) return undefined;
  let token: string | undefined;
  if (a === 'view' && parts.length === 3) token = undefined;
  else if (a && b === 'view' && parts.length === 4 && CANVA_TOKEN.test(a)) token = a;
  else return undefined; // /edit and others are not embeddable
  return {
    provider: 'canva',
    title: 'Canva',
    embedUrl: `https://www.canva.com/design/${design}/${token ? `${token}/` : ''}view?embed`,
    href,
    aspect: '16:9',
    frame: true,
  };
}

function wordwall(url: URL, href: string): Embed | undefined {
  let parts = segments(url);
  let lang = '';
  if (parts[0] && WORDWALL_LANG.test(parts[0]) && parts[1] === 'embed') {
    lang = `${parts[0]}/`;
    parts = parts.slice(1);
  }
  if (parts[0] !== 'embed') return undefined;
  let path: string;
  if (parts.length === 2 && parts[1] && WORDWALL_ID.test(parts[1])) path = parts[1];
  else if (parts.length === 5 && parts[1] === 'play' && parts.slice(2).every((p) => DIGITS.test(p))) path = parts.slice(1).join('/');
  else return undefined;
  const params = new URLSearchParams();
  for (const key of ['themeId', 'templateId', 'fontStackId']) {
    const value = url.searchParams.get(key);
    if (value && DIGITS.test(value)) params.set(key, value);
  }
  const query = params.size ? `?${params}` : '';
  return { provider: 'wordwall', title: 'Wordwall', embedUrl: `https://wordwall.net/${lang}embed/${path}${query}`, href, aspect: '4:3', frame: true };
}

function quizizz(url: URL, href: string): Embed | undefined {
  const parts = segments(url);
  let id: string | undefined;
  if (parts[0] === 'admin' && parts[1] === 'quiz' && parts.length <= 4) id = parts[2];
  else if (parts[0] === 'embed' && parts[1] === 'quiz' && parts.length === 3) id = parts[2];
  else if (parts[0] === 'quiz' && parts.length <= 3) id = parts[1];
  if (!id || !QUIZ_ID.test(id)) return undefined;
  return { provider: 'quizizz', title: 'Wayground (Quizizz)', embedUrl: `https://wayground.com/embed/quiz/${id}`, href, aspect: '16:9', frame: true };
}

function padlet(url: URL, href: string): Embed | undefined {
  const parts = segments(url);
  let id: string | undefined;
  if (parts[0] === 'embed' && parts.length === 2) id = parts[1];
  else if (parts.length === 2 && parts[0] && PADLET_USER.test(parts[0]) && parts[1]) id = parts[1].slice(parts[1].lastIndexOf('-') + 1);
  if (!id || !PADLET_ID.test(id)) return undefined;
  return { provider: 'padlet', title: 'Padlet', embedUrl: `https://padlet.com/embed/${id}`, href, aspect: '4:3', frame: true };
}

/** GeoGebra materials: `/m/ID`, `/calculator/ID` (and the other apps), `/material/show|iframe/id/ID`. */
function geogebra(url: URL, href: string): Embed | undefined {
  const parts = segments(url);
  let id: string | undefined;
  if (parts[0] && GEOGEBRA_APPS.has(parts[0]) && parts.length === 2) id = parts[1];
  else if (parts[0] === 'material' && (parts[1] === 'show' || parts[1] === 'iframe') && parts[2] === 'id') id = parts[3];
  if (!id || !GEOGEBRA_ID.test(id)) return undefined;
  return { provider: 'geogebra', title: 'GeoGebra', embedUrl: `https://www.geogebra.org/material/iframe/id/${id}`, href, aspect: '4:3', frame: true };
}

/**
 * PhET HTML5 simulations: the simulation file (`/sims/html/SIM/latest/SIM_all.html`, any
 * language file) or its page (`/in/simulations/SIM`, which then opens in that language).
 */
function phet(url: URL, href: string): Embed | undefined {
  const parts = segments(url);
  let sim: string | undefined;
  let file = 'all';
  let locale = url.searchParams.get('locale') ?? undefined;
  if (parts[0] === 'sims' && parts[1] === 'html' && parts.length === 5 && PHET_VERSION.test(parts[3] ?? '')) {
    sim = parts[2];
    const match = /^([a-z0-9-]+)_([A-Za-z_]{2,6})\.html$/.exec(parts[4] ?? '');
    if (!match || match[1] !== sim || !(match[2] === 'all' || PHET_LOCALE.test(match[2] ?? ''))) return undefined;
    file = match[2]!;
  } else if (parts.length === 3 && parts[1] === 'simulations' && PHET_LOCALE.test(parts[0] ?? '')) {
    sim = parts[2];
    locale ??= parts[0];
  } else return undefined;
  if (!sim || !PHET_SIM.test(sim)) return undefined;
  const query = file === 'all' && locale && PHET_LOCALE.test(locale) && locale !== 'en' ? `?locale=${locale}` : '';
  return {
    provider: 'phet',
    title: 'PhET',
    embedUrl: `https://phet.colorado.edu/sims/html/${sim}/latest/${sim}_${file}.html${query}`,
    href,
    aspect: '16:9',
    frame: true,
  };
}

function localPdf(value: string): Embed | undefined {
  const [path = '', hash] = value.split('#', 2) as [string, string | undefined];
  if (path.includes('?') || !LOCAL_PDF.test(path) || path.split('/').includes('..')) return undefined;
  const page = hash && /^page=\d{1,5}$/.test(hash) ? `#${hash}` : '';
  return { provider: 'pdf', title: 'PDF', embedUrl: `${path}${page}`, href: value, aspect: '3:4', frame: true };
}

const HOSTS: Record<string, (url: URL, href: string) => Embed | undefined> = {
  'youtu.be': youtube,
  'docs.google.com': google,
  'drive.google.com': drive,
  'canva.com': canva,
  'www.canva.com': canva,
  'wordwall.net': wordwall,
  'www.wordwall.net': wordwall,
  'quizizz.com': quizizz,
  'www.quizizz.com': quizizz,
  'wayground.com': quizizz,
  'www.wayground.com': quizizz,
  'padlet.com': padlet,
  'geogebra.org': geogebra,
  'www.geogebra.org': geogebra,
  'phet.colorado.edu': phet,
};
for (const host of YOUTUBE_HOSTS) HOSTS[host] = youtube;

/** The `src` of a pasted `<iframe …>` embed code, or the input itself. */
function unwrapIframe(input: string): string {
  if (!/^<iframe[\s>]/i.test(input)) return input;
  const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(input);
  const raw = src?.[1] ?? src?.[2] ?? '';
  return unescapeAttribute(raw);
}

/**
 * The embeddable form of a URL a teacher pasted, or `undefined` when it is not one the theme
 * knows (wrong host, not https, an editor link, a malformed id, …): then keep it a plain link.
 *
 * Accepts YouTube (watch, youtu.be, shorts, live, embed, playlist), Google Slides / Docs /
 * Sheets / Forms (edit, view and published links), Google Drive files and folders, Canva designs
 * (view links), Wordwall embed links, Quizizz / Wayground quizzes, Padlet boards, GeoGebra
 * materials, PhET HTML5 simulations, a PDF on the
 * site itself (`/files/lkpd.pdf`) or on any https site, and a whole pasted `<iframe>` code.
 */
export function parseEmbedUrl(input: string): Embed | undefined {
  if (typeof input !== 'string') return undefined;
  const value = unwrapIframe(input.trim());
  if (value.length === 0 || value.length > 2048) return undefined;
  if (value.startsWith('/')) return localPdf(value);
  // Only absolute https URLs; no credentials, no custom ports, no whitespace or control characters.
  if (!/^https:\/\//i.test(value) || /[\s\p{Cc}<>"'`\\]/u.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  const handler = HOSTS[url.hostname];
  if (handler) return handler(url, value);
  if (/\.pdf$/i.test(url.pathname) && url.hostname.includes('.')) {
    // A PDF on another site: our CSP does not let the page frame it, so it becomes a link card.
    return { provider: 'pdf', title: 'PDF', embedUrl: url.href, href: value, aspect: '3:4', frame: false };
  }
  return undefined;
}
