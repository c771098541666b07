// File names for downloaded images and documents: from the address's own name, made safe (ASCII
// kebab-case; an image takes the extension its bytes show, a document the one of its name), unique
// within the folder. Bytes are checked before they are kept: an old server's HTML error page,
// saved as `lembar-kerja.pdf`, would be published as a broken file.
import { slugFromTitle } from '@guru-blog/theme/scaffold';

const MAGIC: [string, (b: Uint8Array) => boolean][] = [
  ['jpg', (b) => b[0] === 0xff && b[1] === 0xd8],
  ['png', (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  ['gif', (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46],
  ['webp', (b) => b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50],
  ['avif', (b) => b[4] === 0x66 && b[5] === 0x74 && b[6] === 0x79 && b[7] === 0x70],
  ['tiff', (b) => (b[0] === 0x49 && b[1] === 0x49) || (b[0] === 0x4d && b[1] === 0x4d)],
];

/** The image format the bytes really are (a server's HTML error page is none), else undefined. */
export function sniffImage(bytes: Uint8Array, declared: string): string | undefined {
  if (declared === 'svg') {
    const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
    return head.startsWith('<svg') || head.startsWith('<?xml') ? 'svg' : undefined;
  }
  return MAGIC.find(([, test]) => test(bytes))?.[0];
}

/** `…/AVvXsEg/s1600/Foto%20Kelas.JPG` → `foto-kelas`; nameless Blogger addresses → `gambar`. */
export function baseName(address: string): string {
  let last = '';
  try {
    last = decodeURIComponent(new URL(address).pathname.split('/').pop() ?? '');
  } catch {
    last = '';
  }
  const eq = last.lastIndexOf('=');
  if (eq > 0) last = last.slice(0, eq);
  const dot = last.lastIndexOf('.');
  const stem = dot > 0 ? last.slice(0, dot) : last;
  // Nameless uploads (`/img/a/AVvXsE…`) have long random stems: not a name.
  const slug = stem.length > 60 && !stem.includes('-') && !stem.includes('_') ? '' : slugFromTitle(stem);
  return slug || 'gambar';
}

export function uniqueName(base: string, extension: string, taken: Set<string>): string {
  let name = `${base}.${extension}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.${extension}`;
  taken.add(name);
  return name;
}

/**
 * Uploads a post may link to that are copied to the new site. Only kinds that cannot run script
 * when the new site serves them from its own origin (no HTML, no SVG, no executables) and that a
 * teacher attaches: documents, worksheets, spreadsheets, slides, archives, recordings.
 */
const DOCUMENTS = new Set([
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'pps',
  'ppsx',
  'odt',
  'ods',
  'odp',
  'rtf',
  'txt',
  'csv',
  'epub',
  'zip',
  'rar',
  '7z',
  'mp3',
  'm4a',
  'ogg',
  'wav',
]);

/** `…/lks-sel.PDF?ver=2` → `pdf` when the address names a document kind, else undefined. */
export function documentExtension(address: string): string | undefined {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return undefined;
  }
  const dot = path.lastIndexOf('.');
  const extension = dot < 0 || path.indexOf('/', dot) >= 0 ? '' : path.slice(dot + 1).toLowerCase();
  return DOCUMENTS.has(extension) ? extension : undefined;
}

const ZIP = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
const OLE = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const DOCUMENT_MAGIC: Record<string, (b: Uint8Array) => boolean> = {
  pdf: (b) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46,
  docx: ZIP,
  xlsx: ZIP,
  pptx: ZIP,
  ppsx: ZIP,
  odt: ZIP,
  ods: ZIP,
  odp: ZIP,
  epub: ZIP,
  zip: ZIP,
  doc: OLE,
  xls: OLE,
  ppt: OLE,
  pps: OLE,
  rar: (b) => b[0] === 0x52 && b[1] === 0x61 && b[2] === 0x72 && b[3] === 0x21,
  '7z': (b) => b[0] === 0x37 && b[1] === 0x7a && b[2] === 0xbc && b[3] === 0xaf,
  rtf: (b) => b[0] === 0x7b && b[1] === 0x5c && b[2] === 0x72,
};

/** True when the bytes are the document the name promises (kinds without a signature: not an HTML page). */
export function isDocument(bytes: Uint8Array, extension: string): boolean {
  const magic = DOCUMENT_MAGIC[extension];
  if (magic) return magic(bytes);
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
  return !head.startsWith('<!doctype html') && !head.startsWith('<html');
}
