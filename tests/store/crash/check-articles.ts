// After a kill: every acknowledged article holds exactly its last acknowledged version (or the
// one change that was in flight, whole), lies where its status says, keeps the snapshot its change
// made; an emptied article is gone with all its files and leaves its tombstone; nothing else appeared.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { STATUSES, type Article } from '../../../src/shared/article'
import type { ArticleStore, Tombstone } from '../../../src/main/store'
import { crashDraft, tokenOf } from './crash-draft'
import type { Intent, Ledger } from './ops-ledger'

type Problems = string[]

/** Whether one in-flight change on `acked` explains `now`: one rev on, with the change's effect. */
function landedChange(intent: Intent | null, now: Article, ackedRev: number): boolean {
  if (!intent || now.rev !== ackedRev + 1) return false
  if (intent.op === 'save') return intent.id === now.id && intent.headline === now.headline
  if (intent.op === 'spike') return intent.id === now.id && now.status === 'spiked'
  if (intent.op === 'unspike') return intent.id === now.id && now.status === 'draft'
  return false
}

function holdsItsSave(article: Article): boolean {
  const token = tokenOf(article.headline)
  return token !== null && isDeepStrictEqual(crashDraft(token).body, article.body)
}

/** Gone whole: no article file in either place, no revisions, and its tombstone one rev on. */
function checkGone(dir: string, id: string, tombstone: Tombstone | undefined, rev: number, problems: Problems): void {
  for (const left of [join('articles', `${id}.json`), join('trash', `${id}.json`), join('revisions', id)]) {
    if (existsSync(join(dir, left))) problems.push(`emptied ${id} left ${left}`)
  }
  if (tombstone?.rev !== rev) problems.push(`emptied ${id}: tombstone rev ${tombstone?.rev ?? 'missing'}, expected ${rev}`)
}

export async function checkArticles(store: ArticleStore, ledger: Ledger, intent: Intent | null, problems: Problems): Promise<boolean> {
  let landed = false
  const { items } = await store.list({ status: [...STATUSES], limit: 500 })
  const inTrash = new Set((await store.listTrash()).map((s) => s.id))
  const tombstones = new Map((await store.listTombstones()).map((t) => [t.id, t]))
  const seen = new Set<string>()
  for (const summary of items) {
    const now = await store.get(summary.id)
    seen.add(now.id)
    const acked = ledger.articles.get(now.id)
    const same = acked && acked.rev === now.rev && acked.revId === now.revId && acked.status === now.status && acked.headline === now.headline
    if (same) {
      // As acknowledged.
    } else if (acked && landedChange(intent, now, acked.rev)) {
      landed = true
    } else if (!acked && intent?.op === 'create' && intent.headline === now.headline && now.rev === 1) {
      landed = true
    } else {
      const was = acked ? `rev ${acked.rev} ${acked.status} "${acked.headline}"` : ledger.deleted.has(now.id) ? 'emptied from the trash' : 'never acknowledged'
      problems.push(`${now.id} is rev ${now.rev} ${now.status} "${now.headline}", was ${was}`)
      continue
    }
    ledger.articles.set(now.id, { id: now.id, rev: now.rev, revId: now.revId, status: now.status, headline: now.headline, snapshotted: same ? acked.snapshotted : intent?.op !== 'save' })
    if (!holdsItsSave(now)) problems.push(`${now.id}: body is not the one its headline's save wrote`)
    if (inTrash.has(now.id) !== (now.status === 'spiked')) problems.push(`${now.id} is ${now.status} but ${inTrash.has(now.id) ? 'in' : 'outside'} the trash`)
    if (ledger.articles.get(now.id)?.snapshotted && !(await store.listRevisions(now.id)).some((r) => r.revId === now.revId)) {
      problems.push(`${now.id} rev ${now.rev} (${now.status}) has no snapshot of its current version`)
    }
    if (tombstones.has(now.id)) problems.push(`${now.id} exists and has a tombstone`)
  }

  const emptying = intent?.op === 'empty' ? new Map(intent.inTrash.map((e) => [e.id, e.revisions])) : new Map<string, number>()
  for (const [id, revisions] of emptying) {
    if (seen.has(id)) {
      // Not emptied yet: whole, with every snapshot it had.
      const kept = (await store.listRevisions(id)).length
      if (kept !== revisions) problems.push(`${id} was being emptied and kept ${kept} of its ${revisions} snapshots`)
    } else if (ledger.articles.has(id)) {
      ledger.forget(id)
      landed = true
    }
  }
  for (const id of ledger.articles.keys()) if (!seen.has(id)) problems.push(`acknowledged article ${id} is missing`)
  for (const [id, rev] of ledger.deleted) checkGone(store.dir, id, tombstones.get(id), rev, problems)
  return landed
}
