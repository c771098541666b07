// File names for downloaded images, next to their post: from the address's own name, made safe
// (ASCII kebab-case, the extension the server's Content-Type gives), unique within the folder.
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
