// Blog and feed addresses that no fetch will ever reach (this computer, a local network, a cloud's
// metadata server, an odd port) are named when the members file is read, in the organizer's words,
// rather than failing later as "blocked".
import { BlockedError, checkUrl } from '../fetch/url-guard.ts';
import { type CheckContext, type Draft, issueAt } from './members-schema.ts';

export function checkFetchable(draft: Draft, ctx: CheckContext, options: { allowLoopback?: boolean }): void {
  if (!draft.member) return;
  for (const field of ['blog', 'feed'] as const) {
    const address = draft.member[field];
    if (!address) continue;
    try {
      checkUrl(address, options);
    } catch (error) {
      if (!(error instanceof BlockedError)) throw error;
      const url = new URL(address);
      const message =
        url.username || url.password
          ? ctx.msg.urlCredentials()
          : url.port && !/^(80|443)$/.test(url.port)
            ? ctx.msg.urlPort(url.port)
            : ctx.msg.urlLocal(url.hostname);
      draft.issues.push(issueAt(ctx, draft.raw, field, message));
    }
  }
}
