import { failureReason } from '../fetch/failure-reason.ts';
import { type Progress, type RunReport, runFetch } from '../fetch/run-fetch.ts';
import type { Member } from '../model.ts';
import { Store } from '../store/store.ts';
import { day } from './health.ts';
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
  const store = new Store(options.storeDir);
  // Posts stored under an id the members file now gives another way move with their blog.
  for (const { from, to } of loaded.moves) store.renameMember(from, to);
  const report = await fetchInto(store, loaded.members, options, io, t);
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
  const failed = report.outcomes.filter((o) => o.result === 'failed');
  if (failed.length) {
    io.stdout(`${t('fetch.failedList')}\n`);
    for (const outcome of failed) {
      const state = store.feed(outcome.memberId);
      const reason = state ? failureReason(state, t) : (outcome.error ?? '');
      io.stdout(`${t('fetch.failedLine', { member: outcome.memberId, reason, date: day(outcome.nextTry, options.lang) })}\n`);
    }
  }
  const notDue = report.outcomes.filter((o) => o.result === 'skipped' && o.nextTry).map((o) => o.nextTry!);
  if (notDue.length) io.stdout(`${t('fetch.notDue', { count: notDue.length, date: day(notDue.sort()[0], options.lang) })}\n`);
  if (report.storeProblem) {
    const reason = t(report.storeProblem.code === 'disk-full' ? 'reason.diskFull' : 'reason.store');
    io.stderr(`${t('fetch.storeProblem', { dir: options.storeDir, reason })}\n`);
  }
  if (report.moved.length) {
    io.stdout(`${t('fetch.moved')}\n`);
    for (const m of report.moved) io.stdout(`  ${m.memberId}: ${m.from} → ${m.to}\n`);
  }
  const tooMany = report.failedShare > options.policy.failThreshold;
  if (tooMany)
    io.stderr(`${t('fetch.tooManyFailed', { share: Math.round(report.failedShare * 100), limit: Math.round(options.policy.failThreshold * 100) })}\n`);
  return tooMany || loaded.issueCount > 0 || report.storeProblem ? 1 : 0;
}
