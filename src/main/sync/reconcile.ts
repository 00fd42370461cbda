// What the store holds and the server should have: every local article whose current rev is
// neither the one the server last gave us nor already on its way in the outbox gets queued. This
// closes the gap between the store's write and the outbox's (a crash there), and it sends what was
// written while nobody was signed in (made before connecting, or after a logout). Decision 0034.
import type { Article, HistoryEntry } from '../../shared/article'
import { failedWith } from '../../shared/result'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../../shared/workflow'
import { articleOf } from './change'
import { draftOf } from './replica-store'
import type { SyncParts } from './sync-parts'

/** The newest local rev the outbox carries per article; an entry from before the stamp counts as the latest. */
function queuedRevs(parts: SyncParts): Map<string, number> {
  const revs = new Map<string, number>()
  for (const e of parts.outbox.list()) {
    const id = articleOf(e.change)
    if (id) revs.set(id, Math.max(revs.get(id) ?? 0, e.localRev ?? Number.MAX_SAFE_INTEGER))
  }
  return revs
}

/** The server's copy was stored, or the outbox already carries this rev (or a newer one). */
function accountedFor(parts: SyncParts, queued: Map<string, number>, id: string, rev: number): boolean {
  const known = parts.state.replica(id)
  return (known !== undefined && known.localRev >= rev) || (queued.get(id) ?? 0) >= rev
}

/** Keys sorted, so two copies of one draft compare equal whichever file they came from. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

const sameEntry = (a: HistoryEntry, b: HistoryEntry): boolean => a.action === b.action && a.to === b.to && a.actor === b.actor

/**
 * Workflow moves made here under this account after what the server holds. Moves by local
 * profiles (before connecting) carry no authority on a server and are not replayed (decision 0034).
 */
function movesSince(local: Article, server: Article, actor: string): WorkflowAction[] {
  let common = 0
  while (common < local.history.length && common < server.history.length && sameEntry(local.history[common]!, server.history[common]!)) common++
  return local.history
    .slice(common)
    .filter((h) => h.from !== h.to && h.actor === actor && (WORKFLOW_ACTIONS as readonly string[]).includes(h.action))
    .map((h) => h.action as WorkflowAction)
}

/** What stops the whole round (offline, signed out); anything else only skips one article. */
const ROUND_STOPPERS = ['sync.offline', 'sync.database', 'auth.no-token', 'auth.token-expired', 'auth.token-revoked', 'auth.disabled'] as const

/** The server's copy; null when it has none; undefined when it would not say (tried again next open). */
async function serverCopy(parts: SyncParts, id: string): Promise<Article | null | undefined> {
  try {
    return (await parts.client.article(id)).article
  } catch (err) {
    if (failedWith(err, 'store.article-not-found')) return null
    if (failedWith(err, ...ROUND_STOPPERS)) throw err
    return undefined
  }
}

/** Queues what one article lacks; under the sync lock, so no local change or pull lands meanwhile. */
async function settleOne(parts: SyncParts, id: string, server: Article | null): Promise<number> {
  const local = await parts.replica.get(id)
  if (!local || accountedFor(parts, queuedRevs(parts), id, local.rev)) return 0
  const localRev = local.rev
  if (server === null) {
    const draft = draftOf(local)
    // A create already queued (by another account, waiting) takes a save on its rev 1 after it.
    const created = parts.outbox.list().some((e) => articleOf(e.change) === id && e.change.kind === 'article.create')
    if (created) await parts.outbox.enqueue({ kind: 'article.save', articleId: id, baseRev: 1, payload: { draft } }, { localRev })
    else await parts.outbox.enqueue({ kind: 'article.create', articleId: id, baseRev: null, payload: { draft } }, { localRev })
    return 1
  }
  if (server.revId === local.revId) {
    // The server's copy was stored but sync did not get to write that down (a crash mid-pull).
    await parts.state.update((s) => void (s.replicas[id] = { serverRev: server.rev, localRev }))
    return 0
  }
  // On the rev this machine last knew: if the server moved on since, that is a conflict to show.
  const baseRev = parts.state.replica(id)?.serverRev ?? Math.min(local.rev, server.rev)
  let queued = 0
  if (canonical(draftOf(local)) !== canonical(draftOf(server))) {
    await parts.outbox.enqueue({ kind: 'article.save', articleId: id, baseRev, payload: { draft: draftOf(local) } }, { localRev })
    queued++
  }
  for (const action of movesSince(local, server, parts.actorName)) {
    await parts.outbox.enqueue({ kind: 'workflow.transition', articleId: id, baseRev, payload: { action } }, { localRev })
    queued++
  }
  if (queued === 0) await parts.state.update((s) => void (s.replicas[id] = { serverRev: server.rev, localRev }))
  return queued
}

/**
 * Runs before a round's push (and before its pull, which could otherwise lay a server version over
 * a change that was never queued). Asks the server only about articles it cannot account for;
 * offline, it throws like the round does and runs again on the next one.
 */
export async function reconcile(parts: SyncParts): Promise<number> {
  let queued = 0
  const before = queuedRevs(parts)
  for (const { id, rev } of await parts.localArticles()) {
    if (accountedFor(parts, before, id, rev)) continue
    const server = await serverCopy(parts, id)
    // One article the server will not talk about must not hold every other change back.
    if (server === undefined) continue
    queued += await parts.lock.run(() => settleOne(parts, id, server))
  }
  return queued
}
