export declare const ASTRO_QUIET: { ASTRO_TELEMETRY_DISABLED: string; ASTRO_DISABLE_UPDATE_CHECK: string };
/** The site's installed `astro` CLI, if any. */
export declare function astroBin(cwd: string): string | undefined;
/** Runs `astro <args…>` in `cwd`; Astro's exit code, or undefined when the site has no Astro. */
export declare function runAstro(args: string[], options: { cwd: string; env?: Record<string, string> }): number | undefined;
