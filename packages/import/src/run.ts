// `guru-blog import`: load → plan → convert → download images → write files, redirects, manifest,
// report → summary. Small named steps over one context; the network (fetch) and the terminal are
// injected so tests run it against loopback servers.
import type { Element, Root } from 'hast';
import { type Counts, convertEntryFields, newCounts } from './assemble.ts';
import { entryTree } from './convert/entry.ts';
import { imagesOf, rawHtmlTree } from './convert/to-markdown.ts';
import { type Downloaded, downloadImages, type FetchLike } from './images/download.ts';
import { baseName, sniffImage, uniqueName } from './images/files.ts';
import { loadFeed, loadFile } from './load.ts';
import type { Lang } from './messages.ts';
import type { Note, ParsedExport, SourceKind } from './model.ts';
import { type Planned, planEntries } from './plan.ts';
import { MANIFEST_PATH, type Manifest, manifestText, readManifest } from './write/manifest.ts';
import { writeOutputs } from './write/outputs.ts';
import type { SiteFiles, SiteInfo } from './write/site.ts';

export interface ImportRequest {
  source: SourceKind;
  file?: string;
  feed?: string;
  images: boolean;
  force: boolean;
  lang: Lang;
  site: SiteInfo;
  files: SiteFiles;
  fetch: FetchLike;
  now: Date;
  imageTimeoutMs?: number;
  onProgress?: (done: number, total: number) => void;
  onFeedProgress?: (count: number) => void;
}

export interface ImportResult {
  parsed: ParsedExport;
  planned: Planned[];
  counts: Counts;
  notes: Note[];
  redirects: number;
  failedImages: { address: string; reason: string }[];
  reportFile: string;
}

interface Work {
  req: ImportRequest;
  parsed: ParsedExport;
  manifest: Manifest;
  planned: Planned[];
  trees: Map<Planned, Root>;
  downloads: Map<string, Downloaded>;
  counts: Counts;
  notes: Note[];
}

async function load(req: ImportRequest): Promise<ParsedExport> {
  if (req.feed !== undefined) return loadFeed(req.feed, req.fetch, (n) => req.onFeedProgress?.(n));
  return loadFile(req.file!, req.source);
}

function convertBodies(work: Work): void {
  const byOldPath = new Map<string, string>();
  for (const p of work.planned) if (p.entry.oldPath && p.newPath) byOldPath.set(p.entry.oldPath, p.newPath);
  for (const p of work.planned) {
    try {
      const tree = entryTree(p.entry, { parsed: work.parsed, lang: work.req.lang, newPathOf: (path) => byOldPath.get(path), notes: work.notes });
      work.trees.set(p, tree);
    } catch (error) {
      // One pathological body (nesting deeper than the stack) must not stop the other posts.
      work.notes.push({ code: 'convertFailed', entry: p.entry.title || p.entry.sourceId, vars: { reason: (error as Error).message } });
      work.trees.set(p, rawHtmlTree(p.entry.html));
    }
  }
}

const isRemote = (src: string) => /^https?:\/\//i.test(src);

/** Addresses to fetch: every remote image and featured image, except those already saved by an earlier run. */
function wantedImages(work: Work): string[] {
  const wanted: string[] = [];
  for (const p of work.planned) {
    const known = work.manifest.entries[p.key]?.images ?? {};
    const addresses = imagesOf(work.trees.get(p)!).map((img) => String(img.properties.src ?? ''));
    if (p.entry.heroImage) addresses.push(p.entry.heroImage);
    for (const address of addresses) {
      if (!isRemote(address)) continue;
      const name = known[address];
      if (name && work.req.files.exists(`${p.imageDir}/${name}`)) continue;
      wanted.push(address);
    }
  }
  return wanted;
}

async function fetchImages(work: Work): Promise<void> {
  if (!work.req.images) return;
  const wanted = wantedImages(work);
  if (wanted.length === 0) return;
  work.downloads = await downloadImages(wanted, {
    fetch: work.req.fetch,
    timeoutMs: work.req.imageTimeoutMs ?? 30_000,
    perHost: 2,
    total: 6,
    maxBytes: 25 * 1024 * 1024,
    ...(work.req.onProgress ? { onProgress: work.req.onProgress } : {}),
  });
}

/** Saves an entry's images next to it and points the tree at them; returns address → name. */
async function placeImages(work: Work, p: Planned, failed: Map<string, string>): Promise<Record<string, string>> {
  const known = work.manifest.entries[p.key]?.images ?? {};
  const names: Record<string, string> = {};
  const taken = new Set(Object.values(known));
  const localName = async (address: string): Promise<string | undefined> => {
    if (!work.req.images || !isRemote(address)) return undefined;
    if (names[address]) return names[address];
    const previous = known[address];
    if (previous && work.req.files.exists(`${p.imageDir}/${previous}`)) {
      work.counts.imagesReused++;
      names[address] = previous;
      return previous;
    }
    const result = work.downloads.get(address);
    if (!result) return undefined;
    const format = result.ok ? sniffImage(result.bytes, result.extension) : undefined;
    if (!result.ok || !format) {
      failed.set(address, result.ok ? 'not an image' : result.reason);
      return undefined;
    }
    const name = previous ?? uniqueName(baseName(result.from), format, taken);
    await work.req.files.write(`${p.imageDir}/${name}`, result.bytes);
    work.counts.imagesFetched++;
    names[address] = name;
    return name;
  };
  for (const img of imagesOf(work.trees.get(p)!) as Element[]) {
    const name = await localName(String(img.properties.src ?? ''));
    if (name) img.properties.src = p.imageRef(name);
  }
  if (p.entry.heroImage) {
    const name = await localName(p.entry.heroImage);
    if (name) names[`hero:${p.entry.heroImage}`] = p.imageRef(name);
  }
  return names;
}

export async function runImport(req: ImportRequest): Promise<ImportResult> {
  const parsed = await load(req);
  const manifest = await readManifest(req.files);
  const work: Work = {
    req,
    parsed,
    manifest,
    planned: planEntries(parsed, manifest, req.files, req.site.base),
    trees: new Map(),
    downloads: new Map(),
    counts: newCounts(parsed),
    notes: [...parsed.notes],
  };
  convertBodies(work);
  await fetchImages(work);
  const failed = new Map<string, string>();
  const nextManifest: Manifest = { version: 1, entries: { ...manifest.entries }, redirects: manifest.redirects };
  for (const p of work.planned) {
    const images = await placeImages(work, p, failed);
    const result = await convertEntryFields(work.req, work.parsed, p, work.trees.get(p)!, images, work.notes, work.counts, manifest.entries[p.key]);
    if (result) nextManifest.entries[p.key] = result;
  }
  for (const [address, reason] of failed) {
    work.counts.imagesFailed++;
    work.notes.push({ code: 'imageFailed', vars: { address, reason } });
  }
  const { redirects, reportFile } = await writeOutputs(req, parsed, work.planned, work.notes, failed, nextManifest);
  const text = manifestText(nextManifest);
  if ((await req.files.readText(MANIFEST_PATH)) !== text) await req.files.write(MANIFEST_PATH, text);
  return {
    parsed,
    planned: work.planned,
    counts: work.counts,
    notes: work.notes,
    redirects,
    failedImages: [...failed].map(([address, reason]) => ({ address, reason })),
    reportFile,
  };
}
