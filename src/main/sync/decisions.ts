// What the user decides about changes the server did not take: a conflict (take the server's
// version, keep the local one, a hand-merged text, or both as two articles) and a refused change
// (send it again after fixing, or give it up). Nothing is dropped without one of these.
import type { Article, ArticleDraft } from '../../shared/article'
import { RedaksiFailure } from '../../shared/result'
import type { ArticleStore } from '../store'
import { articleOf } from './change'
import { draftOf } from './replica-store'
import type { SyncHub } from './sync-hub'

export type Take = { take: 'server' | 'local' | 'both' } | { take: 'merged'; draft: ArticleDraft }

async function takeServer(hub: SyncHub, server: Article): Promise<Article> {
  await hub.outbox.discard((e) => articleOf(e.change) === server.id)
  const local = await hub.replica.applyRemote(server)
  await hub.state.update((s) => {
    delete s.conflicts[server.id]
    s.replicas[server.id] = { serverRev: server.rev, localRev: local.rev }
  })
  return local
}

/** The local text goes again, now on the server's rev: the user has seen the other version. */
async function sendLocal(hub: SyncHub, server: Article, local: Article): Promise<Article> {
  const conflicting = hub.outbox.list().filter((e) => articleOf(e.change) === server.id && e.state === 'conflict')
  for (const entry of conflicting) {
    const save = entry.change.kind === 'article.save' || entry.change.kind === 'article.create'
    await hub.outbox.retry(entry.change.id, { baseRev: server.rev, ...(save ? { draft: draftOf(local), localRev: local.rev } : {}) })
  }
  if (conflicting.length === 0) {
    await hub.outbox.enqueue({ kind: 'article.save', articleId: server.id, baseRev: server.rev, payload: { draft: draftOf(local) } }, { localRev: local.rev })
  }
  await hub.outbox.rebaseWaiting(server.id, server.rev)
  await hub.state.update((s) => {
    delete s.conflicts[server.id]
    s.replicas[server.id] = { serverRev: server.rev, localRev: local.rev }
  })
  hub.kick()
  return local
}

export async function resolveConflict(hub: SyncHub, store: ArticleStore, articleId: string, how: Take, actor: string): Promise<Article> {
  const conflict = hub.state.get().conflicts[articleId]
  if (!conflict) throw new RedaksiFailure('sync.no-conflict', { id: articleId })
  const local = (await hub.localArticle(articleId)) ?? conflict.local
  if (how.take === 'server') return takeServer(hub, conflict.server)
  if (how.take === 'local') return sendLocal(hub, conflict.server, local)
  if (how.take === 'merged') {
    const merged = await store.save(local.id, local.rev, how.draft, actor)
    return sendLocal(hub, conflict.server, merged)
  }
  // Both: this machine's text becomes a new article (queued as a create), the original follows the server.
  const copy = await store.create(draftOf(local), actor)
  await takeServer(hub, conflict.server)
  await hub.outbox.enqueue({ kind: 'article.create', articleId: copy.id, baseRev: null, payload: { draft: draftOf(copy) } }, { localRev: copy.rev })
  return copy
}

/** Sends a refused change again, with the article's current local text and the server's last rev. */
export async function retryChange(hub: SyncHub, changeId: string): Promise<void> {
  const entry = hub.outbox.list().find((e) => e.change.id === changeId)
  if (!entry) throw new RedaksiFailure('sync.change-not-found', { id: changeId })
  const articleId = articleOf(entry.change)
  const local = articleId ? await hub.localArticle(articleId) : null
  const known = articleId ? hub.state.replica(articleId) : undefined
  const save = entry.change.kind === 'article.save' || entry.change.kind === 'article.create'
  const baseRev = entry.change.kind === 'asset.put' || entry.change.baseRev === null ? null : (known?.serverRev ?? entry.change.baseRev)
  await hub.outbox.retry(changeId, { baseRev, ...(save && local ? { draft: draftOf(local), localRev: local.rev } : {}) })
  hub.kick()
}

/**
 * Gives a refused change up, on the user's word: the server's version of the article replaces the
 * local one (fetched first, so an offline discard changes nothing). A change held for an account
 * on another server is only dropped: this session cannot ask that server for its version.
 */
export async function discardChange(hub: SyncHub, changeId: string): Promise<void> {
  const entry = hub.outbox.list().find((e) => e.change.id === changeId)
  if (!entry) throw new RedaksiFailure('sync.change-not-found', { id: changeId })
  const articleId = articleOf(entry.change)
  const otherServer = entry.by !== undefined && entry.by.server !== hub.requireSession().server
  if (!articleId || entry.change.kind === 'article.create' || otherServer) {
    await hub.outbox.discard((e) => e.change.id === changeId)
    return
  }
  const { article, notes } = await hub.parts().client.article(articleId)
  await hub.outbox.discard((e) => e.change.id === changeId)
  if (!hub.outbox.list().some((e) => articleOf(e.change) === articleId)) {
    const local = await hub.replica.applyRemote(article)
    await hub.state.update((s) => void (s.replicas[articleId] = { serverRev: article.rev, localRev: local.rev }))
    for (const note of notes) await hub.parts().notes.applyRemote(local.id, note)
  }
}
