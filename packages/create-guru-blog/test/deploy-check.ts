// Checks a generated blog's deploy files the way a host would read them: each file parses, every
// command it runs is a script of the generated package.json (or the package manager's install),
// and every Node version it asks for satisfies astro's `engines`. Returns the problems found.
import semver from 'semver';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export interface GeneratedBlog {
  /** Path → content of the files the scaffolder wrote (at least the deploy files, package.json, .nvmrc). */
  files: Record<string, string>;
  /** The `engines.node` range of the astro the blog installs. */
  astroEngines: string;
}

/** True when every Node release the host may pick for `wanted` ("24", "24.x", "22.23.4") satisfies `engines`. */
export function nodeVersionFits(wanted: string, engines: string): boolean {
  const range = semver.validRange(wanted.trim().replace(/^v/, ''));
  return range !== null && semver.subset(range, engines);
}

/** Commands joined with ;, && or || in a shell line, each trimmed. */
const commandsOf = (line: string) =>
  line
    .split(/;|&&|\|\|/)
    .map((c) => c.trim())
    .filter(Boolean);

function checkCommand(command: string, scripts: Record<string, string>, where: string): string[] {
  if (command === 'true' || command === 'corepack enable') return [];
  const words = command.split(/\s+/);
  const [tool, verb, script] = words;
  if (!tool || !['npm', 'pnpm', 'yarn', 'bun'].includes(tool)) return [`${where}: runs "${command}", which is not a package-manager command`];
  if (verb === 'install' || verb === 'ci') return [];
  if (verb === 'run' && script && scripts[script] !== undefined) return [];
  // pnpm and yarn run a script named directly (`pnpm build`); npm and bun need `run` (`bun build` is its bundler).
  if ((tool === 'pnpm' || tool === 'yarn') && verb && words.length === 2 && scripts[verb] !== undefined) return [];
  return [`${where}: runs "${command}", but package.json has no such script (scripts: ${Object.keys(scripts).join(', ')})`];
}

export function checkDeployFiles({ files, astroEngines }: GeneratedBlog): string[] {
  const problems: string[] = [];
  const pkg = JSON.parse(files['package.json'] ?? '{}') as { scripts?: Record<string, string>; engines?: { node?: string } };
  const scripts = pkg.scripts ?? {};
  const nvmrc = files['.nvmrc']?.trim();
  if (!nvmrc) problems.push('.nvmrc is missing (Cloudflare Pages and setup-node read it)');
  else if (!nodeVersionFits(nvmrc, astroEngines)) problems.push(`.nvmrc asks for Node ${nvmrc}, outside astro's engines ${astroEngines}`);
  if (pkg.engines?.node && nvmrc && !nodeVersionFits(nvmrc, pkg.engines.node))
    problems.push(`.nvmrc ${nvmrc} is outside package.json engines ${pkg.engines.node}`);

  const toml = files['netlify.toml'];
  if (toml !== undefined) {
    const netlify = parseToml(toml) as { build?: { command?: string; publish?: string; environment?: Record<string, string> } };
    const command = netlify.build?.command;
    if (!command) problems.push('netlify.toml: no build.command');
    else for (const c of commandsOf(command)) problems.push(...checkCommand(c, scripts, 'netlify.toml'));
    if (netlify.build?.publish !== 'dist') problems.push(`netlify.toml: publish is ${netlify.build?.publish}, not dist`);
    const node = netlify.build?.environment?.NODE_VERSION;
    if (!node || !nodeVersionFits(node, astroEngines)) problems.push(`netlify.toml: NODE_VERSION ${node} is outside astro's engines ${astroEngines}`);
  }

  const workflow = files['.github/workflows/deploy.yml'];
  if (workflow !== undefined) {
    const parsed = parseYaml(workflow) as {
      jobs?: Record<string, { steps?: { run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }[] }>;
    };
    const steps = parsed.jobs?.build?.steps ?? [];
    if (!steps.length) problems.push('deploy.yml: no build steps');
    for (const step of steps) {
      for (const line of (step.run ?? '').split('\n')) for (const c of commandsOf(line)) problems.push(...checkCommand(c, scripts, 'deploy.yml'));
      if (step.uses?.startsWith('actions/setup-node')) {
        const file = step.with?.['node-version-file'];
        const version = step.with?.['node-version'] ?? (file ? files[file]?.trim() : undefined);
        if (!version || !nodeVersionFits(version, astroEngines))
          problems.push(`deploy.yml: setup-node asks for Node ${version ?? '(none)'}, outside astro's engines ${astroEngines}`);
      }
    }
    const build = steps.find((s) => s.run && /\brun build\b/.test(s.run));
    if (!build?.env?.BASE_PATH || !build.env.SITE_URL) problems.push('deploy.yml: the build step does not pass SITE_URL and BASE_PATH');
    if (!steps.some((s) => s.uses?.startsWith('actions/upload-pages-artifact') && s.with?.path === 'dist')) problems.push('deploy.yml: dist is not uploaded');
    if (!/base: process\.env\.BASE_PATH/.test(files['astro.config.mjs'] ?? '')) problems.push('astro.config.mjs does not read BASE_PATH');
  }

  // Cloudflare Pages is set up in its dashboard from the README's values.
  for (const match of (files['README.md'] ?? '').matchAll(/\*Build command\* `([^`]+)`/g)) {
    for (const c of commandsOf(match[1]!)) problems.push(...checkCommand(c, scripts, 'README (Cloudflare Pages)'));
  }
  return problems;
}
