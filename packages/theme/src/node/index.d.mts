export { bootstrapTranslator, cacheRoot, ensureNode, NODE_MAJOR, relaunchOnSuitableNode } from './bootstrap.mjs';
export { type AstroFloor, astroNodeFloor, compareVersions, floorOfRange, lockfileAstroFloor, meetsFloor } from './floor.mjs';
