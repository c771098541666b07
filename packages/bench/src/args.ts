/**
 * Command-line flags (each also settable by an environment variable, handy through pnpm/turbo):
 *   --quick            BENCH_QUICK=1     N=100 only, one run of each variant (smoke test)
 *   --no-images        BENCH_IMAGES=0    the build corpus without images (how build-time targets are stated)
 *   --only build|weight|lighthouse|scaffold|aggregator|scale|cms BENCH_ONLY  run one part only
 *   --runs K           BENCH_RUNS        runs per variant for every N (default 3 at N=100, 2 at N=1000)
 *   --sizes 100,1000   BENCH_SIZES       corpus sizes
 *   --seed S           BENCH_SEED        corpus seed (default 20261124)
 *   --page /posts/x/   BENCH_PAGE        post page for the page-weight figure (default: first post)
 *   --site DIR         BENCH_SITE        built site for page weight (default examples/guru-matematika)
 */
export type BenchArgs = {
  quick: boolean;
  /** Posts with images (one in five); false for a corpus of text only. */
  images: boolean;
  only?: 'build' | 'weight' | 'lighthouse' | 'scaffold' | 'aggregator' | 'scale' | 'cms';
  runs?: number;
  sizes: number[];
  seed: number;
  page?: string;
  site?: string;
};

export const DEFAULT_SEED = 20261124;

export function runsFor(args: BenchArgs, n: number): number {
  if (args.runs !== undefined) return args.runs;
  if (args.quick) return 1;
  return n >= 1000 ? 2 : 3;
}

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchArgs {
  const flags = new Map<string, string>();
  const list = argv.filter((a) => a !== '--');
  for (let i = 0; i < list.length; i++) {
    const arg = list[i] as string;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name === 'quick' || name === 'no-images') flags.set(name, '1');
    else if (inline !== undefined) flags.set(name, inline);
    else if (i + 1 < list.length) flags.set(name, list[++i] as string);
    else throw new Error(`--${name} needs a value`);
  }
  const get = (name: string, envName: string): string | undefined => flags.get(name) ?? env[envName];
  const known = new Set(['quick', 'no-images', 'only', 'runs', 'sizes', 'seed', 'page', 'site']);
  for (const name of flags.keys()) if (!known.has(name)) throw new Error(`unknown flag --${name}`);

  const quick = ['1', 'true'].includes(get('quick', 'BENCH_QUICK') ?? '');
  const only = get('only', 'BENCH_ONLY');
  if (only !== undefined && !['build', 'weight', 'lighthouse', 'scaffold', 'aggregator', 'scale', 'cms'].includes(only))
    throw new Error('--only must be "build", "weight", "lighthouse", "scaffold", "aggregator", "scale" or "cms"');
  const runs = get('runs', 'BENCH_RUNS');
  const sizes = get('sizes', 'BENCH_SIZES');
  const seed = get('seed', 'BENCH_SEED');
  const page = get('page', 'BENCH_PAGE');
  const site = get('site', 'BENCH_SITE');
  const positive = (s: string, what: string): number => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a positive integer, got "${s}"`);
    return n;
  };
  const images = !(flags.has('no-images') || env.BENCH_IMAGES === '0');
  return {
    quick,
    images,
    ...(only ? { only: only as NonNullable<BenchArgs['only']> } : {}),
    ...(runs ? { runs: positive(runs, '--runs') } : {}),
    sizes: sizes ? sizes.split(',').map((s) => positive(s.trim(), '--sizes')) : quick ? [100] : [100, 1000],
    seed: seed ? Number(seed) : DEFAULT_SEED,
    ...(page ? { page } : {}),
    ...(site ? { site } : {}),
  };
}
