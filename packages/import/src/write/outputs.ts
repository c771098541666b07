// Step six: the redirects (Netlify `_redirects`, `redirects.json` for Astro) and the report.
import { slugify } from '@guru-blog/theme/scaffold';
import { absolute, withBase } from '@guru-blog/theme/urls';
import { type Lang, noteText, translator } from '../messages.ts';
import type { Note, ParsedExport } from '../model.ts';
import type { Planned } from '../plan.ts';
import type { ImportRequest } from '../run.ts';
import type { Manifest } from './manifest.ts';
import { astroRedirects, BLOCK_END, BLOCK_START, isRouteSafe, netlifyLines, type Redirect, withBlock } from './redirects.ts';

export const NETLIFY_FILE = 'public/_redirects';
export const ASTRO_FILE = 'redirects.json';

/**
 * Every old address with a page to go to: posts and pages, tag archives, the feed. `from` is a path
 * of the built site (Astro and the host put the site's `base` before it); `to` is what the browser
 * is sent to, so it carries the base (`/blog/posts/x/` on a GitHub Pages project site).
 */
export function collectRedirects(parsed: ParsedExport, planned: Planned[], base: string): Redirect[] {
  const out = new Map<string, Redirect>();
  const add = (r: Redirect) => {
    const key = r.query ? `?${r.query.name}=${r.query.value}` : r.from;
    // An old path that is already the new address (a WordPress page `/tentang-saya/`) must not get
    // a redirect page: Astro would write it over the page itself, under the base too.
    if (withBase(base, r.from) !== r.to && r.from !== r.to && !out.has(key)) out.set(key, r);
  };
  const liveTags = new Set<string>();
  for (const p of planned) {
    if (!p.newPath) continue;
    if (p.entry.kind === 'post') for (const tag of p.entry.tags) liveTags.add(tag);
    if (p.entry.oldPath) add({ from: p.entry.oldPath.split('?')[0]!, to: p.newPath });
    for (const alias of p.entry.aliases) {
      const query = alias.startsWith('/?') ? alias.slice(2).split('=') : undefined;
      if (query?.length === 2 && query[0] && query[1]) add({ from: alias, to: p.newPath, query: { name: query[0], value: query[1] } });
    }
  }
  const tagPath = (tag: string) => (slugify(tag) ? withBase(base, `/tags/${slugify(tag)}/`) : undefined);
  if (parsed.source === 'blogger') {
    for (const tag of liveTags) {
      const to = tagPath(tag);
      if (to) add({ from: `/search/label/${encodeURIComponent(tag)}`, to });
    }
    add({ from: '/feeds/posts/default', to: withBase(base, '/rss.xml') });
  } else {
    for (const [from, tag] of parsed.tagPaths ?? []) {
      const to = liveTags.has(tag) ? tagPath(tag) : undefined;
      if (to) add({ from, to });
    }
    add({ from: '/feed/', to: withBase(base, '/rss.xml') });
  }
  return [...out.values()];
}

function report(lang: Lang, parsed: ParsedExport, redirects: Redirect[], notes: Note[], failed: Map<string, string>, site: string | undefined): string {
  const t = translator(lang);
  const lines = [
    t('report.title', { source: parsed.source === 'blogger' ? 'Blogger' : 'WordPress' }),
    '',
    t('report.redirectsHead'),
    '',
    t('report.redirectsIntro'),
    '',
  ];
  const old = parsed.blogUrl ?? '';
  for (const r of redirects) lines.push(`- ${old}${r.from} → ${absolute(site, r.to)}`);
  if (redirects.some((r) => r.query || !isRouteSafe(r.from))) lines.push('', t('report.queryNote'));
  if (notes.length) {
    lines.push('', t('report.notesHead'), '');
    for (const note of notes) lines.push(`- ${note.entry ? `${note.entry}: ` : ''}${noteText(lang, note.code, note.vars)}`);
  }
  if (failed.size) {
    lines.push('', t('report.imagesHead'), '');
    for (const [address, reason] of failed) lines.push(`- ${address} (${reason})`);
  }
  return `${lines.join('\n')}\n`;
}

async function writeIfChanged(req: ImportRequest, path: string, text: string): Promise<void> {
  if ((await req.files.readText(path)) !== text) await req.files.write(path, text);
}

export async function writeOutputs(
  req: ImportRequest,
  parsed: ParsedExport,
  planned: Planned[],
  notes: Note[],
  failed: Map<string, string>,
  manifest: Manifest,
): Promise<{ redirects: number; reportFile: string }> {
  const redirects = collectRedirects(parsed, planned, req.site.base);
  // A previous import's lines are kept: entries it wrote may not be in this export (a feed's window).
  // Only Netlify reads _redirects: its targets carry the base a Netlify build has.
  const { base, netlifyBase } = req.site;
  const onNetlify = netlifyBase === undefined ? redirects : redirects.map((r) => ({ ...r, to: withBase(netlifyBase, r.to.slice(base.length)) }));
  const netlify = withBlock((await req.files.readText(NETLIFY_FILE)) ?? '', mergeLines(await previousBlock(req), netlifyLines(onNetlify)));
  await writeIfChanged(req, NETLIFY_FILE, netlify);
  let existing: Record<string, string> = {};
  try {
    existing = JSON.parse((await req.files.readText(ASTRO_FILE)) ?? '{}') as Record<string, string>;
  } catch {
    existing = {};
  }
  const previous = new Set(manifest.redirects);
  const astro = astroRedirects(existing, redirects, previous);
  // Keep what earlier imports wrote, replaced where this one names the same path.
  for (const from of previous) if (existing[from] && !(from in astro)) astro[from] = existing[from];
  await writeIfChanged(req, ASTRO_FILE, `${JSON.stringify(sortKeys(astro), null, 2)}\n`);
  manifest.redirects = [...new Set([...manifest.redirects, ...Object.keys(astro).filter((from) => redirects.some((r) => !r.query && r.from === from))])];
  const reportFile = `.guru-blog/import-${parsed.source}.md`;
  await writeIfChanged(req, reportFile, report(req.lang, parsed, redirects, notes, failed, req.site.site));
  return { redirects: redirects.length, reportFile };
}

const sortKeys = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

async function previousBlock(req: ImportRequest): Promise<string[]> {
  const text = (await req.files.readText(NETLIFY_FILE)) ?? '';
  const start = text.indexOf(BLOCK_START);
  const end = text.indexOf(BLOCK_END);
  if (start < 0 || end < start) return [];
  return text
    .slice(start + BLOCK_START.length, end)
    .split('\n')
    .filter((line) => line.trim());
}

/** Earlier lines first, replaced by a new line for the same source. */
function mergeLines(previous: string[], next: string[]): string[] {
  const keyOf = (line: string) =>
    line
      .trim()
      .split(/\s+/)
      .slice(0, line.trim().startsWith('/  ') ? 2 : 1)
      .join(' ');
  const nextKeys = new Set(next.map(keyOf));
  return [...previous.filter((line) => !nextKeys.has(keyOf(line))), ...next];
}
