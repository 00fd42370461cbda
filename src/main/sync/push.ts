// One push: the outbox's sendable changes, oldest first, in batches the protocol allows. Images go
// first (by their own door, idempotent). A change for an article whose earlier change was refused
// or conflicted waits behind it: it was made on content the server has not accepted.
import type { Article } from '../../shared/article'
import { MAX_PUSH_BYTES, MAX_PUSH_CHANGES, type Change, type ChangeResult } from '../../shared/sync/protocol'
import { RedaksiFailure } from '../../shared/result'
import { articleOf, sameAuthor, type OutboxEntry } from './change'
import type { SyncParts } from './sync-parts'
import { settleOwnChange } from './apply-pulled'

export function sendable(entries: readonly OutboxEntry[]): OutboxEntry[] {
  const held = new Set<string>()
  const out: OutboxEntry[] = []
  for (const entry of entries) {
    const article = articleOf(entry.change)
    if (entry.state !== 'pending') {
      if (article) held.add(article)
    } else if (!article || !held.has(article)) out.push(entry)
  }
  return out
}

/** Bytes of `{"clientId":…,"changes":[…]}` around the changes, generously. */
const PUSH_ENVELOPE_BYTES = 1024

/**
 * The oldest changes that fit one push in MAX_PUSH_BYTES: a few large articles go in several
 * pushes rather than one the server refuses. The first always goes, alone if it must; the
 * protocol's limit is made for the largest single change.
 */
export function withinPushBytes(changes: readonly Change[]): Change[] {
  const out: Change[] = []
  let bytes = PUSH_ENVELOPE_BYTES
  for (const change of changes) {
    bytes += Buffer.byteLength(JSON.stringify(change)) + 1
    if (out.length > 0 && bytes > MAX_PUSH_BYTES) break
    out.push(change)
  }
  return out
}

const referencedAsset = (change: Change): string | null =>
  (change.kind === 'article.create' || change.kind === 'article.save') && change.payload.draft.featuredImage?.asset
    ? change.payload.draft.featuredImage.asset
    : null

async function uploadAssets(parts: SyncParts, entries: OutboxEntry[]): Promise<void> {
  const refs = new Set<string>()
  for (const { change } of entries) {
    const ref = change.kind === 'asset.put' ? change.asset : referencedAsset(change)
    if (ref && !parts.state.get().assets[ref]) refs.add(ref)
  }
  for (const ref of refs) {
    if (await parts.hasAsset(ref)) {
      await parts.client.putAsset(ref, await parts.readAsset(ref))
      await parts.state.update((s) => void (s.assets[ref] = true))
    }
  }
  const done = entries.filter((e) => e.change.kind === 'asset.put').map((e) => e.change.id)
  if (done.length > 0) await parts.outbox.acknowledge(done)
}

/** Pushes until nothing sendable is left; throws `sync.offline` (and the like) to be retried. */
export async function pushOutbox(parts: SyncParts): Promise<void> {
  for (;;) {
    // Another account's changes wait for its own session: sent under this one they would be misattributed.
    const ready = sendable(parts.outbox.list().filter((e) => sameAuthor(e.by, parts.author)))
    if (ready.length === 0) return
    await uploadAssets(parts, ready)
    const batch = ready.filter((e) => e.change.kind !== 'asset.put').slice(0, MAX_PUSH_CHANGES)
    if (batch.length === 0) continue
    const changes = withinPushBytes(batch.map((e) => e.change as Change))
    await parts.outbox.markSent(changes.map((c) => c.id))
    const { results } = await parts.client.push(parts.state.get().clientId, changes)
    const byId = new Map(results.map((r) => [r.id, r]))
    const answered = changes.filter((c) => byId.has(c.id))
    // A server that answers none of them is not following the protocol; retrying would loop.
    if (answered.length === 0) throw new RedaksiFailure('sync.server-error', { status: 200 })
    await settle(parts, answered, byId)
  }
}

async function settle(parts: SyncParts, changes: Change[], results: Map<string, ChangeResult>): Promise<void> {
  const applied: string[] = []
  const touched = new Map<string, ChangeResult & { status: 'applied' }>()
  for (const change of changes) {
    const result = results.get(change.id)!
    if (result.status === 'applied') {
      applied.push(change.id)
      if (result.entry.kind === 'article') touched.set(result.entry.article.id, result)
      else await parts.notes.applyRemote(result.entry.note.articleId, result.entry.note)
    } else if (result.status === 'refused') {
      await parts.outbox.mark(change.id, 'refused', result.failure)
    } else {
      await parts.outbox.mark(change.id, 'conflict', result.failure)
      const local = await parts.replica.get(change.articleId)
      if (local) {
        const at = parts.now().toISOString()
        await parts.state.update((s) => {
          s.conflicts[change.articleId] = { articleId: change.articleId, server: result.server, local, reason: result.failure.reason, at }
        })
      }
    }
  }
  await parts.outbox.acknowledge(applied)
  for (const result of touched.values()) if (result.entry.kind === 'article') await parts.lock.run(() => settleOwnChange(parts, (result.entry as { article: Article }).article))
}
