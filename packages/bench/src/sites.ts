/** Copies a site template next to a generated corpus and wipes build caches between runs. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATES } from './paths.ts';
import { discard } from './trash.ts';

export type SiteKind = keyof typeof TEMPLATES;

export function prepareSite(kind: SiteKind, siteDir: string, corpusDir: string): void {
  discard(siteDir);
  mkdirSync(siteDir, { recursive: true });
  cpSync(TEMPLATES[kind], siteDir, { recursive: true });
  // A package.json marks the project root and makes .mjs/.ts config load as ESM; dependencies
  // resolve from packages/bench/node_modules further up.
  writeFileSync(join(siteDir, 'package.json'), `${JSON.stringify({ name: `bench-${kind}-site`, private: true, type: 'module' }, null, 2)}\n`);
  cpSync(join(corpusDir, 'src', 'content'), join(siteDir, 'src', 'content'), { recursive: true });
  cpSync(join(corpusDir, 'src', 'assets'), join(siteDir, 'src', 'assets'), { recursive: true });
}

/** Output and every cache Astro and Vite keep (data store, optimized images), so each build is cold. */
export function cleanSite(siteDir: string): void {
  for (const dir of ['dist', '.astro', 'node_modules']) discard(join(siteDir, dir));
}
