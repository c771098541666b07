import { statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/** "PDF", "DOCX"… from a file name or URL path; undefined when there is no extension. */
export function fileType(href: string): string | undefined {
  const ext = extname(new URL(href, 'https://x.invalid/').pathname).slice(1);
  return ext && ext.length <= 5 ? ext.toUpperCase() : undefined;
}

/** "240 KB", "1,2 MB" in the site's locale. */
export function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/**
 * What a reader sees beside an attachment link: its type and, for a file of the site itself
 * (`/lampiran/lkpd.pdf` in `public/`), its size, so a reader on mobile data knows before tapping.
 */
export function attachmentDetails(href: string, publicDir: string, locale: string): { type?: string; size?: string } {
  const type = fileType(href);
  if (!href.startsWith('/') || href.startsWith('//')) return { type };
  const path = resolve(join(publicDir, decodeURIComponent(href.split(/[?#]/)[0]!)));
  if (!path.startsWith(resolve(publicDir) + sep)) return { type }; // never look outside public/
  try {
    const stat = statSync(path);
    return { type, size: stat.isFile() ? formatSize(stat.size, locale) : undefined };
  } catch {
    return { type };
  }
}
