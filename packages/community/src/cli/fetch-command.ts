import { type Progress, type RunReport, runFetch } from '../fetch/run-fetch.ts';
import type { Member } from '../model.ts';
import { Store } from '../store/store.ts';
import type { CliIo, CliOptions } from './index.ts';
import { loadMembers } from './load.ts';
import type { Translate } from './messages.ts';

/** Progress for long runs: one redrawn line on a terminal, a line every 10% in a CI log. */
function progressPrinter(io: CliIo, t: Translate) {
  let lastStep = -1;
  return (p: Progress) => {
    const text = t('progress.line', { ...p });
    if (io.tty) io.stdout(`\r${text}${p.done === p.total ? '\n' : ''}`);
    else {
      const step = Math.floor((p.done / Math.max(p.total, 1)) * 10);
      if (step !== lastStep || p.done === p.total) io.stdout(`${text}\n`);
      lastStep = step;
    }
  };
}

export async function fetchInto(store: Store, members: Member[], options: CliOptions, io: CliIo, t: Translate): Promise<RunReport> {
  return runFetch({ members, store, policy: options.policy, onProgress: progressPrinter(io, t) });
}

/** `guru-community fetch`: exit 1 when members have issues or too many feeds failed. */
export async function fetchCommand(options: CliOptions, io: CliIo, t: Translate): Promise<number> {
  const loaded = loadMembers(options, io, t);
  if (!loaded) return 1;
  const report = await fetchInto(new Store(options.storeDir), loaded.members, options, io, t);
  const count = (result: string) => report.outcomes.filter((o) => o.result === result).length;
  io.stdout(
    `${t('fetch.summary', {
      seconds: (report.durationMs / 1000).toFixed(1),
      updated: count('updated'),
      notModified: count('not-modified'),
      skipped: count('skipped'),
      failed: count('failed'),
      gone: count('gone'),
      added: report.added,
    })}\n`,
  );
  if (report.moved.length) {
    io.stdout(`${t('fetch.moved')}\n`);
    for (const m of report.moved) io.stdout(`  ${m.memberId}: ${m.from} → ${m.to}\n`);
  }
  const tooMany = report.failedShare > options.policy.failThreshold;
  if (tooMany)
    io.stderr(`${t('fetch.tooManyFailed', { share: Math.round(report.failedShare * 100), limit: Math.round(options.policy.failThreshold * 100) })}\n`);
  return tooMany || loaded.issueCount > 0 ? 1 : 0;
}
