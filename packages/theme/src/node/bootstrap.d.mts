import type { Translator } from '../kit/translate.mjs';
import type { AstroFloor } from './floor.mjs';

type Env = Record<string, string | undefined>;
type Key = 'node.using' | 'node.fetching' | 'node.install' | 'node.fetchFailed';

export declare const NODE_MAJOR: number;
export declare function cacheRoot(env?: Env): string;
export declare function ensureNode(options: {
  floor: string;
  astro: string;
  env?: Env;
  t: Translator<Key>;
  say: (line: string) => void;
}): { node: string; version: string } | undefined;
export declare function bootstrapTranslator(argv: readonly string[], env: Env): Translator<Key>;
export declare function relaunchOnSuitableNode(options: { need: AstroFloor; script: string; argv: string[]; env?: Env; prefix?: string }): void;
