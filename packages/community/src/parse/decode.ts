// Bytes to text before parsing: fetch().text() would read everything as UTF-8 and turn every Latin-1
// feed into '�'. Order: BOM, HTTP charset, XML declaration, then strict UTF-8 with a windows-1252 fallback.

export interface DecodedFeed {
  text: string;
  /** The WHATWG name of the encoding used (iso-8859-1 is read as its superset, windows-1252). */
  encoding: string;
}

// Characters XML 1.0 forbids (tab, LF and CR are allowed): one stray byte would otherwise fail the parse.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Decodes a fetched feed. contentType is the HTTP Content-Type header, whose charset is used when it is a known label. */
export function decodeFeed(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const decoded = decodeBytes(bytes, contentType);
  return { text: decoded.text.replace(/^\uFEFF/, '').replace(INVALID_XML_CHARS, ''), encoding: decoded.encoding };
}

function decodeBytes(bytes: Uint8Array, contentType: string | undefined): DecodedFeed {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bom, bytes)!;
  for (const label of [httpCharset(contentType), declaredEncoding(bytes)]) {
    const decoded = label ? decodeWith(label, bytes) : undefined;
    if (decoded) return decoded;
  }
  return decodeWith('utf-8', bytes) ?? decodeWith('windows-1252', bytes)!;
}

/**
 * Decodes with a label; undefined when the label is unknown or when it says UTF-8 and the bytes are not,
 * so the next rule gets a chance (a server announcing UTF-8 for a Latin-1 file is common).
 */
function decodeWith(label: string, bytes: Uint8Array): DecodedFeed | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim());
  } catch {
    return undefined;
  }
  if (decoder.encoding === 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      return undefined;
    }
  }
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function httpCharset(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

/**
 * The encoding in the XML declaration. UTF-16 without a BOM is recognised by its '<?' pattern (XML 1.0
 * appendix F); a declaration readable as ASCII cannot be UTF-16, so such a claim there is ignored.
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return 'utf-16be';
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const label = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1];
  return label && !/^utf-?16/i.test(label) ? label : undefined;
}
