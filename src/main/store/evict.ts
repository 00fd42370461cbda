// Dropping this machine's copy of a server article that is outside its part of the archive
// (docs/decisions/0037). Unlike emptying the trash it leaves no tombstone: the piece is not
// deleted, only no longer kept here, and the server still has it (search finds it, opening
// fetches it again). The sync layer decides what may go; the store only does it safely.
import { removeDurably } from '../files'
import type { RevisionLog } from './revision-log'
import type { StoreCore } from './store-core'

/** Removes the article file and its revisions; false when there was nothing to remove. */
export function evictCopy(core: StoreCore, revisions: RevisionLog, id: string): Promise<boolean> {
  return core.write(async () => {
    const entry = core.entries.get(id)
    if (!entry) return false
    const { article } = await core.readCurrent(id)
    // The file first: a crash after it leaves only a revisions folder, which a later pull of the
    // article writes into again.
    await removeDurably(core.layout.articleFile(entry.place, id))
    core.forget(id)
    await revisions.removeAll(id)
    core.feed.announce({ id, rev: article.rev, revId: article.revId, origin: 'remote', deleted: true })
    return true
  })
}
