// Loaded first and alone by the bin (as its own small bundle), so an old Node gets an explanation
// in the user's language instead of a crash in code that needs a newer one. Imports only plain data.
import { fileURLToPath } from 'node:url';
import { astroNodeFloor } from '@guru-blog/theme/node';
import { detectLang } from './lang.ts';
import { createTranslator } from './messages/index.ts';

declare const __NODE_FLOOR__: string | undefined;

/**
 * The Node the blog's Astro needs: engines.node of the astro this package is built and tested
 * with (baked in by scripts/build.mjs; read from the workspace when running from source). After
 * the install the blog's own astro decides (steps/install.ts).
 */
export const NODE_NEEDED: string =
  typeof __NODE_FLOOR__ === 'string' ? __NODE_FLOOR__ : (astroNodeFloor(fileURLToPath(new URL('../../theme/', import.meta.url)))?.floor ?? '0.0.0');

/** True when `version` ("v20.11.1" or "20.11.1") is at least NODE_NEEDED. */
export function nodeIsSupported(version: string): boolean {
  const have = version.replace(/^v/, '').split('.').map(Number);
  const need = NODE_NEEDED.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** How to upgrade, in the language the user asked for (or their locale's). */
export function oldNodeMessage(argv: string[], env: NodeJS.ProcessEnv, version: string): string {
  return createTranslator(detectLang(argv, env).lang)('node.tooOld', { need: NODE_NEEDED, current: version });
}
