import type { DeployTarget } from '../context.ts';
import { js, siteLines } from './astro-config.ts';

export interface CommunityIdentity {
  title: string;
  organizer: string;
  deploy: DeployTarget;
  devCommand: string;
}

/** A community site's astro.config.mjs: the directory's name and organizer. */
export function renderCommunityConfig(identity: CommunityIdentity): string {
  return [
    '// @ts-check',
    "import { guruCommunity } from '@guru-blog/community';",
    "import { defineConfig } from 'astro/config';",
    '',
    `// Pengaturan direktori. Ubah teks di bawah lalu simpan; \`${identity.devCommand}\` memuat ulang sendiri.`,
    'export default defineConfig({',
    ...siteLines(identity.deploy),
    '  integrations: [',
    '    guruCommunity({',
    `      title: ${js(identity.title)},`,
    `      description: ${js(`Tulisan terbaru para guru anggota ${identity.organizer}.`)},`,
    `      organizer: ${js(identity.organizer)},`,
    "      lang: 'id',",
    '    }),',
    '  ],',
    '});',
    '',
  ].join('\n');
}
