// Bringing the server's versions into the local store: pulled pages, and the answer to our own
// pushed changes. An article with changes still in the outbox is left alone: its local text is
// newer than anything the server has, and the push will settle it (applied, or a conflict).
import type { Article } from '../../shared/article'
import { sameScope, type ArticleResponse, type OutsideEntry, type PullEntry } from '../../shared/sync/protocol'
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

/**
 * A scoped pull names changed articles now outside this machine's part of the archive. A copy held
 * here goes, unless it is the account's own piece, was fetched on purpose, has changes queued or
 * waits in a conflict (decision 0037): such a copy is kept up to date by fetching the server's
 * version, as if pulled. True when the copy went.
 */
async function settleOutside(parts: SyncParts, entry: OutsideEntry, out: Applied): Promise<boolean> {
  const local = await parts.replica.get(entry.id)
  if (!local) return false
  // A local rev the server never gave us, with nothing queued carrying it, is text only this machine
  // has (reconcile, decision 0034, could not queue it yet): neither dropped nor overwritten here.
  const known = parts.state.replica(entry.id)
  if (!hasQueued(parts, entry.id) && (!known || known.localRev < local.rev)) return false
  const busy = Boolean(parts.state.get().conflicts[entry.id]) || hasQueued(parts, entry.id)
  if (!entry.mine && !busy && parts.evict && !parts.archive?.isKept(entry.id)) return parts.evict(entry.id)
  const fetched = await parts.client.article(entry.id)
  const replica = await applyArticle(parts, fetched.article)
  if (replica) out.replicas.set(entry.id, replica)
  for (const note of fetched.notes) await parts.notes.applyRemote(note.articleId, note)
  return false
}

type Applied = { replicas: Map<string, Replica>; evicted: Set<string> }

async function applyEntry(parts: SyncParts, entry: PullEntry, out: Applied): Promise<void> {
  if (entry.kind === 'note') {
    await parts.notes.applyRemote(entry.note.articleId, entry.note)
    return
  }
  if (entry.kind === 'outside') {
    if (await parts.lock.run(() => settleOutside(parts, entry, out))) out.evicted.add(entry.id)
    return
  }
  // Under the same lock as a local change and its queueing, so a pull never lands between the two.
  const replica = await parts.lock.run(() => applyArticle(parts, entry.article))
  if (replica) out.replicas.set(entry.article.id, replica)
  out.evicted.delete(entry.article.id)
}

async function remember(parts: SyncParts, out: Applied, last?: number): Promise<void> {
  await parts.state.update((s) => {
    for (const [id, r] of out.replicas) s.replicas[id] = r
    // An evicted copy is not held: fetched again later, it is applied as new.
    for (const id of out.evicted) delete s.replicas[id]
    if (last !== undefined) s.lastSeq = Math.max(s.lastSeq, last)
  })
}

/**
 * Pulls every page since the last sequence number and remembers where it got to, page by page.
 * A scope other than the one last pulled with starts again from 0 (decision 0037): what came
 * into it arrives, what left it is named outside and dropped; applying twice changes nothing.
 */
export async function pullAll(parts: SyncParts): Promise<number> {
  const scope = parts.archive?.scope() ?? {}
  const again = parts.archive !== undefined && !sameScope(parts.archive.pulledScope(), scope)
  let since = again ? 0 : parts.state.get().lastSeq
  let applied = 0
  for (;;) {
    const page = await parts.client.pull(since, undefined, scope)
    const out: Applied = { replicas: new Map(), evicted: new Set() }
    for (const entry of page.entries) await applyEntry(parts, entry, out)
    applied += out.replicas.size
    await remember(parts, out, page.last)
    since = page.last
    if (!page.more || page.entries.length === 0) break
  }
  if (again) await parts.archive!.markPulled(scope)
  return applied
}

/**
 * One article the server holds and this machine does not keep (a search hit), with its notes,
 * stored through the same path as a pulled page: from then on it is like any pulled article.
 */
export async function applyFetched(parts: SyncParts, fetched: ArticleResponse): Promise<void> {
  const out: Applied = { replicas: new Map(), evicted: new Set() }
  await applyEntry(parts, { seq: 1, kind: 'article', article: fetched.article }, out)
  for (const note of fetched.notes) await applyEntry(parts, { seq: 1, kind: 'note', note }, out)
  await remember(parts, out)
}
