import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../store/store.ts';
import { fetchInto } from './fetch-command.ts';
import { healthTable } from './health.ts';
import type { CliIo, CliOptions } from './index.ts';
import { loadMembers } from './load.ts';
import type { Translate } from './messages.ts';

/**
 * `guru-community check`: validates the members file and tries every feed into a throw-away store,
 * so an organizer can test a new members file without touching the site's store.
 */
export async function check(options: CliOptions, io: CliIo, t: Translate): Promise<number> {
  const loaded = loadMembers(options, io, t);
  if (!loaded) return 1;
  const scratch = mkdtempSync(join(tmpdir(), 'guru-community-check-'));
  try {
    const store = new Store(scratch);
    const report = await fetchInto(store, loaded.members, { ...options, policy: { ...options.policy, force: true } }, io, t);
    io.stdout(`\n${t('check.title')}\n${healthTable(loaded.members, store, t, options.lang)}\n`);
    return loaded.issueCount > 0 || report.failed > 0 ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
