export { aptInstall, ensureTmux } from './apt.ts';
export { DEFAULT_AXE_TAGS, formatViolations, type RunAxeOptions, runAxe } from './axe.ts';
export { ALLOWED_HOSTS, CHROMIUM_ARGS, ensureChromium, launchBrowser } from './chromium.ts';
export { contentTypeFor } from './content-types.ts';
export { type IsolatedPage, isLocalUrl, newIsolatedPage } from './isolated-page.ts';
export { type FarmHandler, type LoopbackFarm, startLoopbackFarm } from './loopback-farm.ts';
export { openPagefind } from './pagefind-search.ts';
export { type StaticServer, type StaticServerOptions, serveStatic } from './static-server.ts';
export { openTerminal, type Terminal } from './terminal.ts';
