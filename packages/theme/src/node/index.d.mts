export { ASTRO_QUIET, astroBin, runAstro } from './astro-run.mjs';
export { bootstrapTranslator, cacheRoot, ensureNode, NODE_MAJOR, relaunchOnSuitableNode } from './bootstrap.mjs';
export { suitableNodeFirst } from './first.mjs';
export { type AstroFloor, astroNodeFloor, compareVersions, floorOfRange, lockfileAstroFloor, meetsFloor } from './floor.mjs';
