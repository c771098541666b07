// Export files are UTF-8 as a rule, but old WordPress installs write Latin-1 (or Windows-1252)
// while declaring UTF-8, and some declare ISO-8859-1 truthfully. Bytes that are not valid UTF-8 are
// read as Windows-1252 (a superset of Latin-1 for printable text), and the importer says so.
export interface DecodedText {
  text: string;
  /** The encoding the text was read in. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** True when the bytes were not what the file declared (or not UTF-8 without a declaration). */
  mismatch: boolean;
}

/** The `encoding="…"` of the XML declaration, lower-cased; '' when there is none. */
function declaredEncoding(head: string): string {
  if (!head.startsWith('<?xml')) return '';
  const end = head.indexOf('?>');
  const decl = head.slice(0, end < 0 ? 200 : end);
  const at = decl.indexOf('encoding');
  if (at < 0) return '';
  const rest = decl.slice(at + 8).replace(/^\s*=\s*/, '');
  const quote = rest[0];
  if (quote !== '"' && quote !== "'") return '';
  const close = rest.indexOf(quote, 1);
  return close < 0 ? '' : rest.slice(1, close).trim().toLowerCase();
}

const LATIN = new Set(['iso-8859-1', 'latin1', 'latin-1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii']);

export function decodeExport(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', mismatch: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', mismatch: false };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200)).replace(/^\uFEFF|^ï»¿/, '');
  const declared = declaredEncoding(head);
  try {
    // ignoreBOM false: a UTF-8 byte order mark is dropped.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', mismatch: false };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return { text, encoding: 'windows-1252', mismatch: !LATIN.has(declared) };
  }
}
