// Loaded first and alone by the bin (as its own small bundle), so an old Node gets an explanation
// in the user's language instead of a crash in code that needs a newer one. Imports only plain data.
import { detectLang } from './lang.ts';
import { createTranslator } from './messages/index.ts';

/** Astro 7, and so the blog this tool creates, needs at least this Node. */
export const NODE_NEEDED = '22.12.0';

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
