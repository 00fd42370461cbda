// Which earlier version the compare view opens on, and how a version is named in its list.
import type { RevisionSummary } from '../../../../shared/workflow'

/** What made a version, as the list names it ("Diajukan", "Disunting", …): a key in the review words. */
export function versionEvent(r: RevisionSummary): string {
  if (r.reason === 'status') return `event.status.${r.status}`
  return `event.${r.reason}`
}

/**
 * The version an editor compares with first: the newest earlier submission (after a return and a
 * resubmission this shows the writer's fix; during a review, the editor's own edits). The version
 * just before the current one is usually the last autosave, the same text, so it is only the
 * fallback when nothing was submitted before. `older` is newest first.
 */
export function defaultComparison(older: readonly RevisionSummary[]): string {
  const submitted = older.find((r) => r.reason === 'status' && r.status === 'submitted')
  return (submitted ?? older[0])?.revId ?? ''
}
