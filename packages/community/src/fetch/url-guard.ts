// Refuses URLs and addresses a feed fetcher must never reach (SSRF): non-http(s) schemes, odd
// ports, and every non-public address — private, loopback, link-local (cloud metadata),
// CGNAT, unique-local, IPv4 inside IPv6 in any spelling, known metadata servers on public
// addresses — checked for IP literals and for every DNS answer, at every redirect hop. The resolved
// address is then the one connected to (no DNS rebinding). Every check first normalises (one
// spelling of an address, a name without its trailing dot), then classifies.

import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns';
import ipaddr from 'ipaddr.js';

export interface GuardOptions {
  /** Local testing only: allow loopback addresses (127.0.0.0/8, ::1) and any port on them. */
  allowLoopback?: boolean;
}

export class BlockedError extends Error {
  readonly url: string | undefined;
  constructor(message: string, url?: string) {
    super(message);
    this.name = 'BlockedError';
    this.url = url;
  }
}

const ALLOWED_PORTS = new Set(['', '80', '443']);

/** Cloud metadata and control servers on public addresses (Azure's wire server and DNS). */
const METADATA_ADDRESSES = new Set(['168.63.129.16']);

/** Names that only a local network resolves (RFC 6762, RFC 8375, and the customary private ones). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'localdomain', 'internal', 'intranet', 'lan', 'home', 'corp', 'private', 'home.arpa'];

/**
 * The range of an address in one spelling: IPv4-mapped IPv6 (`::ffff:7f00:1`) is its IPv4, and
 * other IPv6 whose first 80 bits are zero (IPv4-compatible `::7f00:1`, SIIT `::ffff:0:7f00:1`) is
 * refused whatever it embeds: no public server is reached that way.
 */
function rangeOf(address: string): string {
  const ip = ipaddr.process(address);
  if (ip.kind() === 'ipv4') return METADATA_ADDRESSES.has(ip.toString()) ? 'metadata' : ip.range();
  const parts = (ip as ipaddr.IPv6).parts;
  if (parts.slice(0, 5).every((part) => part === 0)) return parts[5] === 0 && parts[6] === 0 && parts[7] === 1 ? 'loopback' : 'ipv4Embedded';
  return ip.range();
}

/** Public unicast only (plus loopback when allowed for tests). */
export function isAllowedAddress(address: string, options: GuardOptions = {}): boolean {
  const plain = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(plain)) return false;
  const range = rangeOf(plain);
  return range === 'unicast' || (options.allowLoopback === true && range === 'loopback');
}

/** A host name in one spelling: lower case, without the trailing dot(s) DNS allows (`localhost.`). */
export function normalHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  while (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

/** Whether a (normalised) name can only be a machine on a local network. */
function isLocalName(host: string): boolean {
  return !host.includes('.') || LOCAL_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/** URL-level checks, before any connection: scheme, credentials, port, IP-literal host. */
export function checkUrl(raw: string, options: GuardOptions = {}): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BlockedError(`not a valid URL: ${raw}`, raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BlockedError(`only http and https are fetched, not ${url.protocol}`, raw);
  if (url.username || url.password) throw new BlockedError('URLs with a user name or password are not fetched', raw);
  // WHATWG URL parsing already turned 2130706433, 0x7f.1 and [::ffff:7f00:1] into canonical IPs.
  const host = normalHost(url.hostname);
  if (ipaddr.isValid(host)) {
    if (!isAllowedAddress(host, options)) throw new BlockedError(`address ${host} is not public`, raw);
    if (options.allowLoopback && rangeOf(host) === 'loopback') return url;
  } else if (isLocalName(host)) {
    throw new BlockedError(`host ${host} is not a public name`, raw);
  }
  if (!ALLOWED_PORTS.has(url.port)) throw new BlockedError(`port ${url.port} is not fetched (only 80 and 443)`, raw);
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request: resolves, refuses the host when any answer is not public (a name
 * that mixes public and private answers is a rebinding trick), and hands back only checked addresses.
 */
export function guardedLookup(options: GuardOptions = {}) {
  return (hostname: string, lookupOptions: { all?: boolean; family?: number | string }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, family: typeof lookupOptions.family === 'number' ? lookupOptions.family : 0 }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !isAllowedAddress(a.address, options));
      if (bad || list.length === 0) {
        const blocked = new BlockedError(`host ${hostname} resolves to ${bad?.address ?? 'nothing'}, which is not public`) as NodeJS.ErrnoException;
        blocked.code = 'EBLOCKED';
        return callback(blocked, []);
      }
      if (lookupOptions.all) return callback(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
