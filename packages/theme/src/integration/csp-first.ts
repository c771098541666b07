// Astro writes its CSP <meta> at the end of <head>, after the theme's own head elements. A policy
// applies only to what comes after it, so each built page gets it moved to the top of <head>, right
// after <meta charset> (which must stay within the first bytes).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CSP_META = '<meta http-equiv="content-security-policy"';

/** The page with its CSP <meta> first in <head>; unchanged when there is none or it is first already. */
export function cspMetaFirst(html: string): string {
  const start = html.indexOf(CSP_META);
  if (start < 0) return html;
  const end = html.indexOf('>', start);
  const head = html.indexOf('<head>');
  if (end < 0 || head < 0 || head > start) return html;
  // Positions are found in the page as it is (everything looked at comes before the <meta>), and
  // the result is joined once: searching a string built from slices would copy the page again.
  const charset = html.indexOf('<meta charset=', head);
  const after = charset >= 0 && charset < start ? html.indexOf('>', charset) + 1 : head + '<head>'.length;
  if (after === start) return html;
  return html.slice(0, after) + html.slice(start, end + 1) + html.slice(after, start) + html.slice(end + 1);
}

/** Rewrites every HTML file under `dir` that needs it. */
export async function moveCspMetaFirst(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const html = await readFile(path, 'utf8');
    const moved = cspMetaFirst(html);
    if (moved !== html) await writeFile(path, moved);
  }
}
