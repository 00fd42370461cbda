// Bringing the server's versions into the local store: pulled pages, and the answer to our own
// pushed changes. An article with changes still in the outbox is left alone: its local text is
// newer than anything the server has, and the push will settle it (applied, or a conflict).
import type { Article } from '../../shared/article'
import type { SyncEntry } from '../../shared/sync/protocol'
import { articleOf } from './change'
import type { SyncParts } from './sync-parts'
import type { Replica } from './sync-state-file'

const hasQueued = (parts: SyncParts, articleId: string): boolean => parts.outbox.list().some((e) => articleOf(e.change) === articleId)

async function fetchImage(parts: SyncParts, article: Article): Promise<void> {
  const ref = article.featuredImage?.asset
  if (!ref) return
  if (await parts.hasAsset(ref)) return
  const bytes = await parts.client.getAsset(ref)
  const ext = ref.includes('.') ? ref.slice(ref.indexOf('.')) : ''
  await parts.putAsset(bytes, `gambar${ext}`)
}

/** Stores one server article unless this machine has something newer; returns the new replica record. */
async function applyArticle(parts: SyncParts, article: Article): Promise<Replica | null> {
  const conflict = parts.state.get().conflicts[article.id]
  if (conflict) {
    await parts.state.update((s) => void (s.conflicts[article.id] = { ...conflict, server: article }))
    return null
  }
  if (hasQueued(parts, article.id)) return null
  const known = parts.state.replica(article.id)
  if (known && known.serverRev >= article.rev) return null
  await fetchImage(parts, article).catch(() => undefined)
  const local = await parts.replica.applyRemote(article)
  return { serverRev: article.rev, localRev: local.rev }
}

/**
 * Our own change came back applied: remember the server's rev next to the local one. When nothing
 * newer waits and the revs agree, the server's copy is stored as it is (its revId, times and
 * history), so this machine holds exactly what the others pull. Otherwise the local text stays:
 * it is newer (typed while the push was on its way, or several saves sent as one).
 */
export async function settleOwnChange(parts: SyncParts, server: Article): Promise<void> {
  let local = await parts.replica.get(server.id)
  if (local && local.rev === server.rev && !hasQueued(parts, server.id) && !parts.state.get().conflicts[server.id]) {
    local = await parts.replica.applyRemote(server)
  }
  await parts.state.update((s) => void (s.replicas[server.id] = { serverRev: server.rev, localRev: local?.rev ?? 0 }))
}

async function applyEntry(parts: SyncParts, entry: SyncEntry, replicas: Map<string, Replica>): Promise<void> {
  if (entry.kind === 'note') {
    await parts.notes.applyRemote(entry.note.articleId, entry.note)
    return
  }
  // Under the same lock as a local change and its queueing, so a pull never lands between the two.
  const replica = await parts.lock.run(() => applyArticle(parts, entry.article))
  if (replica) replicas.set(entry.article.id, replica)
}

/** Pulls every page since the last sequence number and remembers where it got to, page by page. */
export async function pullAll(parts: SyncParts): Promise<number> {
  let applied = 0
  for (;;) {
    const page = await parts.client.pull(parts.state.get().lastSeq)
    const replicas = new Map<string, Replica>()
    for (const entry of page.entries) await applyEntry(parts, entry, replicas)
    applied += replicas.size
    await parts.state.update((s) => {
      for (const [id, r] of replicas) s.replicas[id] = r
      s.lastSeq = Math.max(s.lastSeq, page.last)
    })
    if (!page.more || page.entries.length === 0) return applied
  }
}
