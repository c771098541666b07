// The feed-health table shared by `status` and `check`: one row per member, worst first.
import { failureReason } from '../fetch/failure-reason.ts';
import type { FeedState, FeedStatus, Member } from '../model.ts';
import type { Store } from '../store/store.ts';
import { type Lang, statusKey, type Translate } from './messages.ts';
import { formatTable } from './table.ts';

const ORDER: FeedStatus[] = ['dead', 'gone', 'failing', 'moved', 'new', 'ok'];

export const day = (iso: string | undefined, lang: Lang) =>
  iso
    ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(iso))
    : '-';

export function healthTable(members: Member[], store: Store, t: Translate, lang: Lang): string {
  const rows = members.map((member) => {
    const state: FeedState = store.feed(member.id) ?? { memberId: member.id, status: 'new', failures: 0 };
    const notes = [
      state.movedTo ? t('note.movedTo', { url: state.movedTo }) : '',
      state.failingSince && state.status !== 'ok' ? t('note.since', { date: day(state.failingSince, lang) }) : '',
      state.status !== 'ok' && state.status !== 'moved' ? failureReason(state, t) : '',
      (state.status === 'failing' || state.status === 'dead') && state.nextFetchAfter ? t('note.nextTry', { date: day(state.nextFetchAfter, lang) }) : '',
    ].filter(Boolean);
    return {
      status: state.status,
      cells: [member.id, t(statusKey(state.status)), String(store.itemsOf(member.id).length), day(state.lastSuccess, lang), notes.join('; ')],
    };
  });
  rows.sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return formatTable(
    [t('table.member'), t('table.status'), t('table.items'), t('table.lastSuccess'), t('table.note')],
    rows.map((r) => r.cells),
  );
}
