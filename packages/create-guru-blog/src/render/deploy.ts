import type { DeployTarget } from '../context.ts';
import type { DetectedPm } from '../package-manager.ts';

/** The Node major every host builds with; also written to .nvmrc, which Netlify, Cloudflare and setup-node read. */
export const BUILD_NODE_MAJOR = '24';

export interface DeployFile {
  path: string;
  content: string;
}

/**
 * Files a host needs; Cloudflare Pages needs none (its settings are in the dashboard, see README,
 * and it reads .nvmrc). `all` writes every host's files, so the blog works as a template
 * repository whichever host a teacher connects it to.
 */
export function renderDeployFiles(target: DeployTarget, pm: DetectedPm, community = false): DeployFile[] {
  const netlify = { path: 'netlify.toml', content: netlifyToml(pm, community) };
  if (target === 'netlify') return [netlify];
  if (target === 'github-pages') return [{ path: '.github/workflows/deploy.yml', content: githubPagesWorkflow(pm, community, false) }];
  if (target === 'all') return [netlify, { path: '.github/workflows/deploy.yml', content: githubPagesWorkflow(pm, community, true) }];
  return [];
}

/** A community site fetches its members' feeds before building; a failed fetch still builds from the store. */
function updateCommand(pm: DetectedPm): string {
  return `${pm.name === 'npm' ? 'npm run feeds:update' : `${pm.name} run feeds:update`} || true`;
}

function buildCommand(pm: DetectedPm): string {
  return pm.name === 'npm' ? 'npm run build' : `${pm.name} run build`;
}

function netlifyToml(pm: DetectedPm, community: boolean): string {
  return `# Pengaturan Netlify: dibaca otomatis saat situs dihubungkan ke repositori ini.
[build]
  command = "${community ? `${updateCommand(pm)}; ` : ''}${buildCommand(pm)}"
  publish = "dist"

[build.environment]
  NODE_VERSION = "${BUILD_NODE_MAJOR}"
`;
}

/** Install step per package manager, with the lockfile it wrote (frozen when one exists). */
function installSteps(pm: DetectedPm): string[] {
  switch (pm.name) {
    case 'pnpm':
      return ['      - uses: pnpm/action-setup@v4', '      - run: pnpm install'];
    case 'yarn':
      return ['      - run: corepack enable', '      - run: yarn install'];
    case 'bun':
      return ['      - uses: oven-sh/setup-bun@v2', '      - run: bun install'];
    default:
      return ['      - run: npm install --no-audit --no-fund'];
  }
}

/**
 * `onlyWithPages`: the job runs only once GitHub Pages is switched on for the repository, so a
 * copy of a template published on Netlify gets no failing run (and no e-mail) on every push.
 */
function githubPagesWorkflow(pm: DetectedPm, community: boolean, onlyWithPages: boolean): string {
  const guard = onlyWithPages
    ? '\n    # Hanya bila GitHub Pages sudah dinyalakan (Settings → Pages); salinan yang terbit di Netlify tidak perlu ini.\n    if: github.event.repository.has_pages'
    : '';
  const schedule = community ? "\n  schedule:\n    - cron: '17 */6 * * *'" : '';
  const fetchSteps = community
    ? `
      # Simpanan tulisan anggota dari run sebelumnya; run ini menambahkan yang baru.
      - uses: actions/cache@v4
        with:
          path: .guru-community
          key: guru-community-\${{ github.run_id }}
          restore-keys: guru-community-
      - run: ${updateCommand(pm)}`
    : '';
  return `# Menerbitkan blog ke GitHub Pages setiap ada perubahan di cabang main.
# Sekali saja: di GitHub buka Settings → Pages → Build and deployment → Source: GitHub Actions.
name: Terbitkan blog

on:
  push:
    branches: [main]
  workflow_dispatch:${schedule}

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest${guard}
    steps:
      - uses: actions/checkout@v5
      - uses: actions/setup-node@v5
        with:
          node-version-file: .nvmrc
${installSteps(pm).join('\n')}${fetchSteps}
      - id: pages
        uses: actions/configure-pages@v5
      - run: ${buildCommand(pm)}
        env:
          SITE_URL: \${{ steps.pages.outputs.origin }}
          BASE_PATH: \${{ steps.pages.outputs.base_path }}
      - uses: actions/upload-pages-artifact@v4
        with:
          path: dist

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}
