// Plain-JavaScript entry of the Node floor and bootstrap, for launchers on an old Node
// (TypeScript code imports index.ts, which re-exports the same).

export { bootstrapTranslator, cacheRoot, ensureNode, NODE_MAJOR, relaunchOnSuitableNode } from './bootstrap.mjs';
export { astroNodeFloor, compareVersions, floorOfRange, lockfileAstroFloor, meetsFloor } from './floor.mjs';
