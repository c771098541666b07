// What earlier imports wrote, kept in `.guru-blog/import.json` (commit it with the site): for each
// entry its file, the hash of the text written and its images. A file whose text no longer has
// that hash was edited by the teacher and is not overwritten; a file not in the manifest is not
// the import's and is never touched.
import { createHash } from 'node:crypto';
import type { SiteFiles } from './site.ts';

export interface ManifestEntry {
  slug: string;
  file: string;
  hash: string;
  /** Image address → file name in the entry's image folder. */
  images: Record<string, string>;
  /** Uploaded document address → file name in the entry's folder under public/lampiran. */
  files?: Record<string, string>;
}

export interface Manifest {
  version: 1;
  entries: Record<string, ManifestEntry>;
  /** Paths this import put into redirects.json, so a later run can replace exactly those. */
  redirects: string[];
}

export const MANIFEST_PATH = '.guru-blog/import.json';

export const hashText = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

export async function readManifest(files: SiteFiles): Promise<Manifest> {
  const text = await files.readText(MANIFEST_PATH);
  if (!text) return { version: 1, entries: {}, redirects: [] };
  try {
    const data = JSON.parse(text) as Partial<Manifest>;
    return { version: 1, entries: data.entries ?? {}, redirects: data.redirects ?? [] };
  } catch {
    return { version: 1, entries: {}, redirects: [] };
  }
}

/** Stable JSON (sorted keys) so an unchanged manifest is byte for byte the same. */
export function manifestText(manifest: Manifest): string {
  const entries = Object.fromEntries(Object.entries(manifest.entries).sort(([a], [b]) => a.localeCompare(b)));
  return `${JSON.stringify({ version: 1, entries, redirects: [...new Set(manifest.redirects)].sort() }, null, 2)}\n`;
}
