// Astro writes its CSP <meta> at the end of <head>, after the theme's own head elements. A policy
// applies only to what comes after it, so each built page gets it moved to the top of <head>, right
// after <meta charset> (which must stay within the first bytes). The page is moved as bytes, as
// Astro writes it: decoding every page to a string and encoding it back cost more than the move.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CSP_META = '<meta http-equiv="content-security-policy"';

/** The page with its CSP <meta> first in <head>; the same bytes when there is none or it is first already. */
export function cspMetaFirst(html: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  const start = html.indexOf(CSP_META);
  if (start < 0) return html;
  const end = html.indexOf('>', start);
  const head = html.indexOf('<head>');
  if (end < 0 || head < 0 || head > start) return html;
  // Everything looked for comes before the <meta>, so its place is the same once the <meta> is out.
  const charset = html.indexOf('<meta charset=', head);
  const after = charset >= 0 && charset < start ? html.indexOf('>', charset) + 1 : head + '<head>'.length;
  if (after === start) return html;
  return Buffer.concat([html.subarray(0, after), html.subarray(start, end + 1), html.subarray(after, start), html.subarray(end + 1)]);
}

/** Rewrites every HTML file under `dir` that needs it. */
export async function moveCspMetaFirst(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path);
    const moved = cspMetaFirst(html);
    if (moved !== html) await writeFile(path, moved);
  }
}
