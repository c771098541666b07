// Refuses URLs and addresses a feed fetcher must never reach (SSRF): non-http(s) schemes, odd
// ports, and every non-public address — private, loopback, link-local (cloud metadata),
// CGNAT, unique-local, IPv4-mapped IPv6 — checked for IP literals and for every DNS answer,
// at every redirect hop. The resolved address is then the one connected to (no DNS rebinding).

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

/** The range name of an address after unwrapping IPv4-mapped IPv6 (`::ffff:127.0.0.1`). */
function rangeOf(address: string): string {
  const ip = ipaddr.process(address);
  return ip.range();
}

/** Public unicast only (plus loopback when allowed for tests). */
export function isAllowedAddress(address: string, options: GuardOptions = {}): boolean {
  if (!ipaddr.isValid(address)) return false;
  const range = rangeOf(address);
  return range === 'unicast' || (options.allowLoopback === true && range === 'loopback');
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
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host)) {
    if (!isAllowedAddress(host, options)) throw new BlockedError(`address ${host} is not public`, raw);
    if (options.allowLoopback && rangeOf(host) === 'loopback') return url;
  } else if (!/\./.test(host) || /\.(localhost|local|internal|home\.arpa)$/i.test(host) || host === 'localhost') {
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
