// Which earlier version the compare view opens on, how a version is named in its list, and who
// changed the piece since a version: all read from the revisions and the article's history.
import type { HistoryEntry } from '../../../../shared/article'
import { CONTENT_ACTIONS, sameName, type RevisionSummary } from '../../../../shared/workflow'

type History = readonly Pick<HistoryEntry, 'at' | 'action' | 'actor'>[]

/** History actions that name a version better than its status does (an edit keeps the status). */
const NAMED_BY_ACTION: ReadonlySet<string> = new Set(['edit', 'byline', 'withdraw', 'correct'])

/** The history entry that made this version, if it made one: it carries the version's time. */
const entryOf = (r: RevisionSummary, history: History): Pick<HistoryEntry, 'action'> | undefined =>
  r.reason === 'status' ? history.find((h) => h.at === r.savedAt) : undefined

/** What made a version, as the list names it ("Diajukan", "Disunting", …): a key in the review words. */
export function versionEvent(r: RevisionSummary, history: History = []): string {
  const entry = entryOf(r, history)
  if (entry && NAMED_BY_ACTION.has(entry.action)) return `event.${entry.action}`
  if (r.reason === 'status') return `event.status.${r.status}`
  return `event.${r.reason}`
}

/**
 * The version an editor compares with first: the newest earlier submission (after a return and a
 * resubmission this shows the writer's fix; to the writer after a return, the editor's changes).
 * An editor's edit during review keeps the status too, so it is told apart by its history entry.
 * The version just before the current one is usually the last autosave, the same text, so it is
 * only the fallback when nothing was submitted before. `older` is newest first.
 */
export function defaultComparison(older: readonly RevisionSummary[], history: History = []): string {
  const submitted = older.find((r) => {
    if (r.reason !== 'status' || r.status !== 'submitted') return false
    const entry = entryOf(r, history)
    return !entry || entry.action === 'submit' || entry.action === 'resubmit'
  })
  return (submitted ?? older[0])?.revId ?? ''
}

/** Who changed the content after this version was saved, in the order they first did: the compare view's label. */
export function changedSince(version: Pick<RevisionSummary, 'savedAt'>, history: History): string[] {
  const names: string[] = []
  for (const h of history) {
    if (h.at <= version.savedAt || !CONTENT_ACTIONS.has(h.action)) continue
    if (!names.some((n) => sameName(n, h.actor))) names.push(h.actor)
  }
  return names
}
