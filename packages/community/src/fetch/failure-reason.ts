// Why a feed failed, in the organizer's language and with what to do: chosen by the failure's code
// (stores written before codes were kept: read from the technical detail), never the network's
// English ("ECONNREFUSED", "discovery: blocked: …").
import type { MessageKey, Translate } from '../cli/messages.ts';
import type { FailureCode, FeedState } from '../model.ts';

const BY_CODE: Partial<Record<FailureCode, MessageKey>> = {
  blocked: 'reason.blocked',
  timeout: 'reason.timeout',
  'too-large': 'reason.tooLarge',
  'redirect-loop': 'reason.redirects',
  'too-many-redirects': 'reason.redirects',
  dns: 'reason.dns',
  network: 'reason.network',
  'bad-encoding': 'reason.badEncoding',
  'no-feed': 'reason.noFeed',
  parse: 'reason.parse',
  'disk-full': 'reason.diskFull',
  store: 'reason.store',
  internal: 'reason.internal',
};

/** The failure code of a state, from `reason` or, in older stores, from the start of `lastError`. */
export function failureCode(state: Pick<FeedState, 'reason' | 'lastError'>): FailureCode | undefined {
  if (state.reason) return state.reason;
  if (!state.lastError) return undefined;
  const detail = state.lastError.startsWith('discovery: ') ? state.lastError.slice('discovery: '.length) : state.lastError;
  if (detail.startsWith('the blog page announces no feed')) return 'no-feed';
  const end = detail.indexOf(':');
  return (end < 0 ? detail : detail.slice(0, end)) as FailureCode;
}

/** One sentence for a failed, dead or gone feed: what happened and what the organizer can do. */
export function failureReason(state: Pick<FeedState, 'reason' | 'lastError' | 'status'>, t: Translate): string {
  if (state.status === 'gone') return t('reason.gone');
  const code = failureCode(state);
  if (!code) return '';
  const onBlogPage = state.lastError?.startsWith('discovery: ') ?? false;
  if (code.startsWith('http-')) {
    const status = Number(code.slice('http-'.length));
    if (status === 404) return t(onBlogPage ? 'reason.blogNotFound' : 'reason.feedNotFound');
    if (status === 401 || status === 403) return t('reason.forbidden', { status });
    if (status === 410) return t('reason.gone');
    if (status === 429) return t('reason.tooMany');
    if (status >= 500) return t('reason.serverError', { status });
    return t('reason.httpOther', { status });
  }
  if (code === 'parse' && /HTML page/.test(state.lastError ?? '')) return t('reason.htmlNotFeed');
  return t(BY_CODE[code] ?? 'reason.internal');
}
