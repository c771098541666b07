type Env = Record<string, string | undefined>;

/** On a Node older than the site's Astro needs, for `commands`: runs `script argv` again on a suitable Node, or stops saying which to install. */
export declare function suitableNodeFirst(options: {
  script: string;
  argv: string[];
  commands: readonly string[];
  prefix: string;
  env?: Env;
  cwd?: string;
}): void;
