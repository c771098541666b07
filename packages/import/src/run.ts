// `guru-blog import`: load → plan → convert → download images and documents → write files,
// redirects, manifest, report → summary. Small named steps over one context; the network (fetch)
// and the terminal are injected so tests run it against loopback servers.
import type { Element, Root } from 'hast';
import { type Counts, convertEntryFields, newCounts } from './assemble.ts';
import { entryTree } from './convert/entry.ts';
import { elements } from './convert/hast.ts';
import { imagesOf, rawHtmlTree } from './convert/to-markdown.ts';
import { type Downloaded, downloadAll, type FetchLike, type Wanted } from './downloads/download.ts';
import { baseName, isDocument, sniffImage, uniqueName } from './downloads/files.ts';
import { ownUploads } from './downloads/uploads.ts';
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
  site: SiteInfo;
  parsed: ParsedExport;
  planned: Planned[];
  counts: Counts;
  notes: Note[];
  redirects: number;
  failedImages: { address: string; reason: string }[];
  failedFiles: { address: string; reason: string; entry: string }[];
  reportFile: string;
}

interface Work {
  req: ImportRequest;
  parsed: ParsedExport;
  manifest: Manifest;
  planned: Planned[];
  trees: Map<Planned, Root>;
  downloads: Map<string, Downloaded>;
  /** The absolute address of a link to one of the old blog's uploaded documents, else undefined. */
  ownUpload: (href: string) => string | undefined;
  counts: Counts;
  notes: Note[];
}

async function load(req: ImportRequest): Promise<ParsedExport> {
  if (req.feed !== undefined) return loadFeed(req.feed, req.fetch, (n) => req.onFeedProgress?.(n));
  return loadFile(req.file!, req.source);
}

function convertBodies(work: Work): void {
  const byOldPath = new Map<string, string>();
  for (const p of work.planned) {
    if (!p.newPath) continue;
    // `/?p=12` and `/?page_id=5` links reach the entry too.
    for (const path of [p.entry.oldPath, ...p.entry.aliases]) if (path && !byOldPath.has(path)) byOldPath.set(path, p.newPath);
  }
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

/** Links of a parsed body to the old blog's uploaded documents, with the address each names. */
function uploadLinks(work: Work, p: Planned): { link: Element; address: string }[] {
  const out: { link: Element; address: string }[] = [];
  for (const link of elements(work.trees.get(p)!)) {
    if (link.tagName !== 'a') continue;
    const address = work.ownUpload(String(link.properties.href ?? ''));
    if (address) out.push({ link, address });
  }
  return out;
}

/**
 * Addresses to fetch: every remote image and featured image, and every uploaded document a
 * published entry links to, except those already saved by an earlier run.
 */
function wantedDownloads(work: Work): Wanted[] {
  const wanted: Wanted[] = [];
  for (const p of work.planned) {
    const known = work.manifest.entries[p.key];
    const addresses = imagesOf(work.trees.get(p)!).map((img) => String(img.properties.src ?? ''));
    if (p.entry.heroImage) addresses.push(p.entry.heroImage);
    for (const address of addresses) {
      if (!isRemote(address)) continue;
      const name = known?.images[address];
      if (name && work.req.files.exists(`${p.imageDir}/${name}`)) continue;
      wanted.push({ address, kind: 'image' });
    }
    if (p.entry.draft) continue;
    for (const { address } of uploadLinks(work, p)) {
      const name = known?.files?.[address];
      if (name && work.req.files.exists(`${p.fileDir}/${name}`)) continue;
      wanted.push({ address, kind: 'file' });
    }
  }
  return wanted;
}

async function fetchDownloads(work: Work): Promise<void> {
  if (!work.req.images) return;
  const wanted = wantedDownloads(work);
  if (wanted.length === 0) return;
  work.downloads = await downloadAll(wanted, {
    fetch: work.req.fetch,
    timeoutMs: work.req.imageTimeoutMs ?? 30_000,
    perHost: 2,
    total: 6,
    maxBytes: 25 * 1024 * 1024,
    ...(work.req.onProgress ? { onProgress: work.req.onProgress } : {}),
  });
}

/**
 * Saves the documents an entry links to under public/lampiran and points the links there; returns
 * address → name. A draft's documents are not copied: public/ is published whatever the post's
 * state, and a private post's worksheet must not become public by moving.
 */
async function placeFiles(work: Work, p: Planned, failed: Map<string, { reason: string; entry: string }>): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  const links = uploadLinks(work, p);
  if (!work.req.images || links.length === 0) return names;
  if (p.entry.draft) {
    work.notes.push({ code: 'draftFiles', entry: p.entry.title || p.entry.sourceId, vars: { count: links.length } });
    return names;
  }
  const known = work.manifest.entries[p.key]?.files ?? {};
  const taken = new Set([...Object.values(known), ...work.req.files.list(p.fileDir)]);
  for (const { link, address } of links) {
    let name = names[address];
    if (!name) {
      const previous = known[address];
      if (previous && work.req.files.exists(`${p.fileDir}/${previous}`)) {
        work.counts.filesReused++;
        name = previous;
      } else {
        const result = work.downloads.get(address);
        if (!result) continue;
        if (!result.ok || !isDocument(result.bytes, result.extension)) {
          // Named with the entry that links to it: the teacher fixes the link there.
          if (!failed.has(address))
            failed.set(address, { reason: result.ok ? `not a ${result.extension}` : result.reason, entry: p.entry.title || p.entry.sourceId });
          continue;
        }
        name = previous ?? uniqueName(baseName(address), result.extension, taken);
        await work.req.files.write(`${p.fileDir}/${name}`, result.bytes);
        work.counts.filesFetched++;
      }
      names[address] = name;
    }
    link.properties.href = p.fileUrl(name);
  }
  return names;
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
    ownUpload: ownUploads(parsed),
    counts: newCounts(parsed),
    notes: [...parsed.notes],
  };
  convertBodies(work);
  await fetchDownloads(work);
  const failed = new Map<string, string>();
  const failedFiles = new Map<string, { reason: string; entry: string }>();
  const nextManifest: Manifest = { version: 1, entries: { ...manifest.entries }, redirects: manifest.redirects };
  for (const p of work.planned) {
    const images = await placeImages(work, p, failed);
    const files = await placeFiles(work, p, failedFiles);
    const result = await convertEntryFields(work.req, work.parsed, p, work.trees.get(p)!, { images, files }, work.notes, work.counts, manifest.entries[p.key]);
    if (result) nextManifest.entries[p.key] = result;
  }
  for (const [address, reason] of failed) {
    work.counts.imagesFailed++;
    work.notes.push({ code: 'imageFailed', vars: { address, reason } });
  }
  for (const [address, { reason, entry }] of failedFiles) {
    work.counts.filesFailed++;
    work.notes.push({ code: 'fileFailed', entry, vars: { address, reason } });
  }
  const { redirects, reportFile } = await writeOutputs(req, parsed, work.planned, work.notes, failed, nextManifest);
  const text = manifestText(nextManifest);
  if ((await req.files.readText(MANIFEST_PATH)) !== text) await req.files.write(MANIFEST_PATH, text);
  return {
    site: req.site,
    parsed,
    planned: work.planned,
    counts: work.counts,
    notes: work.notes,
    redirects,
    failedImages: [...failed].map(([address, reason]) => ({ address, reason })),
    failedFiles: [...failedFiles].map(([address, failure]) => ({ address, ...failure })),
    reportFile,
  };
}
