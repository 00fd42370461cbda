// What a person can see of the desk's data, read through the store, notes and profiles as the app
// reads them: the measure of "nothing acknowledged lost, nothing half-applied" after a crash.
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { STATUSES, type Article, type ArticleSummary } from '../../../src/shared/article'
import { failedWith } from '../../../src/shared/result'
import type { Note, Profile } from '../../../src/shared/workflow'
import type { ArticleStore } from '../../../src/main/store'
import type { NoteStore } from '../../../src/main/workflow/note-store'

export interface View {
  articles: Map<string, Article>
  /** What the list (the index) says of each article. */
  summaries: Map<string, ArticleSummary>
  /** Revision ids kept per present article, sorted. */
  revisions: Map<string, string[]>
  /** Article id → the tombstone's revId. */
  tombstones: Map<string, string>
  /** Article id → its notes (only articles with any). */
  notes: Map<string, Note[]>
  profiles: { profiles: Profile[]; currentId: string | null }
}

export async function readView(store: ArticleStore, notes: NoteStore, profiles: View['profiles'], ids: Iterable<string>): Promise<View> {
  const view: View = { articles: new Map(), summaries: new Map(), revisions: new Map(), tombstones: new Map(), notes: new Map(), profiles }
  const listed = (await store.list({ status: [...STATUSES], limit: 500 })).items
  for (const summary of listed) view.summaries.set(summary.id, summary)
  for (const id of new Set([...ids, ...listed.map((s) => s.id)])) {
    try {
      view.articles.set(id, await store.get(id))
      view.revisions.set(id, (await store.listRevisions(id)).map((r) => r.revId).sort())
    } catch (err) {
      if (!failedWith(err, 'store.article-not-found')) throw err
    }
    const thread = await notes.list(id)
    if (thread.length > 0) view.notes.set(id, thread)
  }
  for (const t of await store.listTombstones()) view.tombstones.set(t.id, t.revId)
  return view
}

const sameKeys = (a: Map<string, unknown>, b: Map<string, unknown>): boolean => a.size === b.size && [...a.keys()].every((k) => b.has(k))

/**
 * Why `found` is not `expected` (null when it is). Revisions may hold more than expected, but only
 * snapshots some allowed view holds: a crash may leave the snapshot of a change that did not land.
 */
export function differs(found: View, expected: View, allowed: View[]): string | null {
  if (!sameKeys(found.articles, expected.articles)) return `articles ${[...found.articles.keys()].join(',')} ≠ ${[...expected.articles.keys()].join(',')}`
  for (const [id, article] of expected.articles) {
    const got = found.articles.get(id)!
    if (!isDeepStrictEqual(got, article)) return `article ${id} is rev ${got.rev} ${got.status}, expected rev ${article.rev} ${article.status}`
    const have = new Set(found.revisions.get(id))
    const want = expected.revisions.get(id) ?? []
    const missing = want.filter((r) => !have.has(r))
    if (missing.length > 0) return `article ${id} lost revision ${missing.join(',')}`
    const known = new Set(allowed.flatMap((v) => v.revisions.get(id) ?? []))
    const strange = [...have].filter((r) => !known.has(r))
    if (strange.length > 0) return `article ${id} has revision ${strange.join(',')} no view holds`
  }
  if (!isDeepStrictEqual(found.summaries, expected.summaries)) return `the list shows ${JSON.stringify([...found.summaries.values()].map((s) => [s.id, s.rev, s.status]))}`
  if (!isDeepStrictEqual(found.tombstones, expected.tombstones)) return `tombstones ${[...found.tombstones.keys()].join(',')} ≠ ${[...expected.tombstones.keys()].join(',')}`
  if (!isDeepStrictEqual(found.notes, expected.notes)) return `notes ${JSON.stringify([...found.notes].map(([id, n]) => [id, n.length]))} ≠ ${JSON.stringify([...expected.notes].map(([id, n]) => [id, n.length]))}`
  if (!isDeepStrictEqual(found.profiles, expected.profiles)) return `profiles ${JSON.stringify(found.profiles)} ≠ ${JSON.stringify(expected.profiles)}`
  return null
}

/** An emptied article leaves nothing on disk but its tombstone: no article file, no revisions. */
export async function leftoversOfEmptied(storeDir: string, expected: View): Promise<string | null> {
  for (const id of expected.tombstones.keys()) {
    if (expected.articles.has(id)) continue
    for (const path of [join(storeDir, 'articles', `${id}.json`), join(storeDir, 'trash', `${id}.json`), join(storeDir, 'revisions', id)]) {
      if (existsSync(path)) return `emptied article ${id} left ${path}`
    }
  }
  return null
}

/** Files the app set aside as damaged (settings, profiles): none may appear after a crash. */
export async function setAside(dataDir: string): Promise<string[]> {
  return (await readdir(dataDir)).filter((n) => n.includes('.damaged-'))
}
