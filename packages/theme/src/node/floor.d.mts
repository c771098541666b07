export interface AstroFloor {
  /** The astro version that sets the floor. */
  astro: string;
  /** The lowest Node it declares, "22.23.4". */
  floor: string;
}
export declare function versionParts(version: string): number[];
export declare function compareVersions(a: string, b: string): number;
export declare function meetsFloor(version: string, floor: string): boolean;
/** The lowest version an `engines.node` range allows (">=22.12.0" → "22.12.0"). */
export declare function floorOfRange(range: string): string | undefined;
/** The Node floor of the astro installed for the project in `dir`; undefined when none is installed. */
export declare function astroNodeFloor(dir: string): AstroFloor | undefined;
/** The highest Node floor of the astro versions a pnpm lockfile pins. */
export declare function lockfileAstroFloor(lockText: string): AstroFloor | undefined;
