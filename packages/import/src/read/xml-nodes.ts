// Reads an export as a stream of small element trees: every child of the document's list element
// (Atom `<feed>`, RSS `<channel>`) is built, handed over and dropped, so a 100 MB export never sits
// in memory as one tree. htmlparser2's tokenizer is a state machine (no regular expressions, no
// backtracking) and never throws: unclosed tags, stray `&`, undeclared prefixes and junk after the
// root all still yield every complete entry. Prefixes are mapped to the namespace they declare, so
// `wordpress:`, the https form of the WXR namespace and the usual prefixes all read the same.
import { Parser } from 'htmlparser2';

export interface XmlNode {
  /** Canonical qualified name, e.g. `wp:post_type`, `entry`, `content:encoded`. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The text directly inside (CDATA included), entities decoded once. */
  text: string;
}

/** Namespace URI fragments → the prefix the parsers use. Checked with `includes`, in order. */
const NAMESPACES: [string, string][] = [
  ['wordpress.org/export', 'wp'],
  ['purl.org/rss/1.0/modules/content', 'content'],
  ['wordpress.org/export/1.2/excerpt', 'excerpt'],
  ['purl.org/dc/elements', 'dc'],
  ['schemas.google.com/blogger', 'blogger'],
  ['www.w3.org/2007/app', 'app'],
  ['purl.org/atom/app', 'app'],
  ['purl.org/syndication/thread', 'thr'],
  ['www.w3.org/2005/atom', ''],
  ['search.yahoo.com/mrss', 'media'],
  ['a9.com/-/spec/opensearch', 'openSearch'],
];

function canonicalPrefix(uri: string): string | undefined {
  const lower = uri.toLowerCase();
  // The excerpt namespace contains the WXR one: test it first.
  if (lower.includes('wordpress.org/export/') && lower.includes('excerpt')) return 'excerpt';
  return NAMESPACES.find(([fragment]) => lower.includes(fragment))?.[1];
}

export interface XmlStreamEvents {
  /** The root element's name (canonical), once it opens. */
  onRoot?: (name: string, attrs: Record<string, string>) => void;
  /** Each complete child of the list element (`<entry>`, `<item>`, `<title>`, `<wp:author>`, …). */
  onNode: (node: XmlNode) => void;
  /** A prefix used without a declaration (once per prefix); the name is read as written. */
  onUndeclaredPrefix?: (prefix: string) => void;
}

/** Elements whose children are the entries: Atom's root, and RSS's channel inside `<rss>`. */
const LIST_ELEMENTS = new Set(['feed', 'channel']);

/** Parses `text` and calls `onNode` for each child of the list element. */
export function readXmlNodes(text: string, events: XmlStreamEvents): void {
  const prefixes = new Map<string, string>();
  const stack: XmlNode[] = [];
  let listDepth = -1;
  let depth = 0;
  let rootSeen = false;
  const undeclared = new Set<string>();

  const rename = (raw: string): string => {
    const colon = raw.indexOf(':');
    if (colon < 0) return prefixes.has('') && prefixes.get('') !== '' ? `${prefixes.get('')}:${raw}` : raw;
    const prefix = raw.slice(0, colon);
    const mapped = prefixes.get(prefix);
    const local = raw.slice(colon + 1);
    if (mapped === undefined) {
      // Undeclared: read as written (exports use the usual prefixes), and said once.
      if (!undeclared.has(prefix)) {
        undeclared.add(prefix);
        events.onUndeclaredPrefix?.(prefix);
      }
      return raw;
    }
    return mapped === '' ? local : `${mapped}:${local}`;
  };

  const parser = new Parser(
    {
      onopentag(rawName, attribs) {
        depth++;
        for (const [key, value] of Object.entries(attribs)) {
          if (key === 'xmlns') prefixes.set('', canonicalPrefix(value) ?? '');
          else if (key.startsWith('xmlns:')) {
            const canonical = canonicalPrefix(value);
            if (canonical !== undefined) prefixes.set(key.slice(6), canonical);
          }
        }
        const name = rename(rawName);
        if (!rootSeen) {
          rootSeen = true;
          events.onRoot?.(name, attribs);
        }
        if (listDepth < 0) {
          if (LIST_ELEMENTS.has(name)) listDepth = depth;
          return;
        }
        if (depth <= listDepth) return;
        const node: XmlNode = { name, attrs: attribs, children: [], text: '' };
        stack.at(-1)?.children.push(node);
        stack.push(node);
      },
      ontext(data) {
        const top = stack.at(-1);
        if (top) top.text += data;
      },
      onclosetag() {
        if (listDepth >= 0 && depth > listDepth) {
          const node = stack.pop();
          if (node && stack.length === 0) events.onNode(node);
        } else if (depth === listDepth) listDepth = -1;
        depth--;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  // Fed in slices, as a stream would be; the parser keeps only the current token.
  const SLICE = 1 << 16;
  for (let i = 0; i < text.length; i += SLICE) parser.write(text.slice(i, i + SLICE));
  parser.end();
}

/** First child with this name. */
export const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);
/** All children with this name. */
export const children = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);
/** Trimmed text of the first child with this name, '' when absent. */
export const childText = (node: XmlNode, name: string): string => child(node, name)?.text.trim() ?? '';
