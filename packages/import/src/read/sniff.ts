// Which kind of export a file is, from its root element and a few telltale elements, before any
// post is converted. Anything else (an HTML page, a JSON file, a zip) is refused with a message.
export type ExportKind = 'blogger' | 'wordpress';

/** The kind of export, judged from the root element and the namespaces it declares. */
export function kindOfRoot(rootName: string, attrs: Record<string, string>): ExportKind | undefined {
  const namespaces = Object.entries(attrs)
    .filter(([key]) => key === 'xmlns' || key.startsWith('xmlns:'))
    .map(([, value]) => value.toLowerCase());
  if (rootName === 'rss') return 'wordpress';
  if (rootName === 'feed') return 'blogger';
  if (namespaces.some((uri) => uri.includes('wordpress.org/export'))) return 'wordpress';
  if (namespaces.some((uri) => uri.includes('blogger'))) return 'blogger';
  return undefined;
}

/** Magic numbers of files teachers pick by mistake: a zip (Takeout archive), a PDF, a gzip. */
export function binaryKind(bytes: Uint8Array): 'zip' | 'pdf' | 'gzip' | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf';
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return 'gzip';
  return undefined;
}
