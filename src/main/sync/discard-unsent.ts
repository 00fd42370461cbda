// A draft left empty is taken back (decision 0076) only while the newsroom server has never had
// it: there is no delete in the protocol, and a copy there would come back with the next pull.
// What the outbox still holds for it is dropped first, so no create is left to send for a draft
// that no longer exists; a crash between the two leaves the draft, which reconcile queues again.
import type { Article } from '../../shared/article'
import { discardRefusal } from '../../shared/empty-draft'
import { RedaksiFailure } from '../../shared/result'
import { articleOf } from './change'
import type { Outbox } from './outbox'
import type { SyncStateFile } from './sync-state-file'

export interface DiscardParts {
  outbox: Outbox
  state: SyncStateFile
  store: { get(id: string): Promise<Article> }
}

/** Run under the sync lock, before the store's discard (which judges the draft again, atomically). */
export async function dropUnsent(parts: DiscardParts, id: string, rev: number): Promise<void> {
  const queued = parts.outbox.list().filter((e) => articleOf(e.change) === id)
  const seen = parts.state.replica(id) !== undefined || parts.state.get().conflicts[id] !== undefined || queued.some((e) => e.attempts > 0)
  if (seen) throw new RedaksiFailure('draft.on-server', { id })
  if (queued.length === 0) return
  // Nothing leaves the outbox for a draft the store would refuse to take back.
  const current = await parts.store.get(id)
  if (current.rev !== rev) throw new RedaksiFailure('store.conflict', { id, baseRev: rev, currentRev: current.rev })
  const refused = discardRefusal(current)
  if (refused) throw new RedaksiFailure(refused, { id })
  await parts.outbox.discard((e) => articleOf(e.change) === id && e.attempts === 0)
}
