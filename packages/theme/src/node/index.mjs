// Plain-JavaScript entry of the Node floor and bootstrap, for launchers on an old Node
// (types in index.d.mts).

export { ASTRO_QUIET, astroBin, runAstro } from './astro-run.mjs';
export { bootstrapTranslator, cacheRoot, ensureNode, NODE_MAJOR, relaunchOnSuitableNode } from './bootstrap.mjs';
export { suitableNodeFirst } from './first.mjs';
export { astroNodeFloor, compareVersions, floorOfRange, lockfileAstroFloor, meetsFloor } from './floor.mjs';
