// A fresh browser context per test, fenced to loopback, recording what went wrong on the page.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { ALLOWED_HOSTS } from './chromium.ts';

export interface IsolatedPage {
  page: Page;
  context: BrowserContext;
  /** `console.error` messages and uncaught exceptions from any page of the context, in order. */
  consoleErrors: string[];
  /** URLs the context tried to reach outside loopback; they were aborted before leaving Chromium. */
  blockedRequests: string[];
  /** Closes the context (and its pages). */
  close(): Promise<void>;
}

/** Schemes that never touch the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** True when loading `url` stays on this machine (loopback host or a non-network scheme). */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return LOCAL_SCHEMES.has(parsed.protocol) || ALLOWED_HOSTS.includes(parsed.hostname);
}

/**
 * Opens a page in a new context that aborts every non-loopback request and collects errors.
 *
 * `bypassCSP` defaults to false on purpose: tests must see the page under its real
 * Content-Security-Policy, otherwise a wrong script hash would pass unnoticed (and its
 * "Refused to execute" console error would never show up). `runAxe` does not need the
 * bypass because it injects axe through the DevTools protocol, which CSP does not govern.
 */
export async function newIsolatedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<IsolatedPage> {
  const context = await browser.newContext({ bypassCSP: false, ...options });
  const consoleErrors: string[] = [];
  const blockedRequests: string[] = [];
  const blocked = new Set<string>();

  // Registered first so a test's own later routes take precedence and can mock remote URLs.
  await context.route('**', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.fallback();
    blocked.add(url);
    blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // route() does not see WebSockets; these get their own fence.
  await context.routeWebSocket(
    (url) => !isLocalUrl(url.href),
    (ws) => {
      blockedRequests.push(ws.url());
      return ws.close({ code: 1008, reason: 'blocked: not loopback' });
    },
  );

  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // Chromium logs "Failed to load resource: net::ERR_BLOCKED_BY_CLIENT" for our own aborts;
    // that is the sandbox talking, not the page, and it is already in blockedRequests.
    if (blocked.has(where) && message.text().startsWith('Failed to load resource')) return;
    consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    consoleErrors.push(`Uncaught ${error.name}: ${error.message}`);
  });

  const page = await context.newPage();
  return { page, context, consoleErrors, blockedRequests, close: () => context.close() };
}
