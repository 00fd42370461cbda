// Taking back a draft nobody wrote anything in (issue 12, decision 0076). Unlike spiking it keeps
// nothing (no trash, no revisions, no tombstone): there is nothing in it to keep, and no replica
// to tell, since sync refuses before this for a piece the newsroom server has seen.
import type { Article } from '../../shared/article'
import { removeDurably } from '../files'
import type { RevisionLog } from './revision-log'
import type { StoreCore } from './store-core'
import { conflict, notFound } from './store-failures'

/**
 * Removes the article file and its revisions, in the write queue, once `allow` has judged the
 * current version (it throws to refuse). The rev check makes a save from another window win.
 */
export function discardDraft(core: StoreCore, revisions: RevisionLog, id: string, baseRev: number, allow: (current: Article) => void): Promise<void> {
  return core.write(async () => {
    const entry = core.entries.get(id)
    if (!entry) throw notFound(id)
    const { article } = await core.readCurrent(id)
    if (article.rev !== baseRev) throw conflict(id, baseRev, article.rev)
    allow(article)
    // The file first: a crash after it leaves only a revisions folder, which nothing reads.
    await removeDurably(core.layout.articleFile(entry.place, id))
    core.forget(id)
    await revisions.removeAll(id)
    core.feed.announce({ id, rev: article.rev, revId: article.revId, origin: 'local', deleted: true })
  })
}
