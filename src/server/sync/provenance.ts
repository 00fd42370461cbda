// Immutable provenance: who created a piece, who submitted it, who wrote each body revision, by
// account id. Four eyes and "whose piece is this" are judged from it, never from the editable
// Penulis field (decision 0021).

/** One row of the append-only provenance table: one per applied change to the article. */
export interface ProvenanceRow {
  rev: number
  accountId: string
  /** The display name at the time, for telling the loser of a race who won. */
  name: string
  clientId: string
  /** create, save, or the history action of a status move (submit, resubmit, approve …). */
  action: string
  bodyChanged: boolean
  status: string
}

export interface Provenance {
  createdBy: string | null
  submittedBy: ReadonlySet<string>
  bodyWriters: ReadonlySet<string>
  /** Accounts that saved any change to the content (body or fields): the app's `edit` entries. */
  editors: ReadonlySet<string>
  /** Accounts that created the piece or wrote its body while it was in the writer's hands. */
  writers: ReadonlySet<string>
}

/** Statuses in which a piece is in its writer's hands (the shared table's own). */
const WRITER_HELD: ReadonlySet<string> = new Set(['draft', 'returned'])

export function provenanceOf(rows: readonly ProvenanceRow[]): Provenance {
  const submittedBy = new Set<string>()
  const bodyWriters = new Set<string>()
  const editors = new Set<string>()
  const writers = new Set<string>()
  let createdBy: string | null = null
  for (const row of rows) {
    if (row.action === 'create') createdBy = row.accountId
    if (row.action === 'submit' || row.action === 'resubmit') submittedBy.add(row.accountId)
    if (row.bodyChanged) bodyWriters.add(row.accountId)
    // An applied save always changed something: an unchanged one writes no row.
    if (row.action === 'save') editors.add(row.accountId)
    if (row.action === 'create' || (row.bodyChanged && WRITER_HELD.has(row.status))) writers.add(row.accountId)
  }
  return { createdBy, submittedBy, bodyWriters, editors, writers }
}

/**
 * Created, submitted or changed the content (body or fields): such an account is an author and
 * may not approve, as in the app, which reads the same from history (decision 0046).
 */
export function isAuthor(p: Provenance, accountId: string): boolean {
  return p.createdBy === accountId || p.submittedBy.has(accountId) || p.bodyWriters.has(accountId) || p.editors.has(accountId)
}

/**
 * Whose piece it is to keep writing and withdraw: created it or wrote its body while it was in
 * the writer's hands (submitting alone is not, nor a desk editor's rewrite in review). Spiking is
 * its creator's alone (`createdBy`), as in the shared table.
 */
export function isWriter(p: Provenance, accountId: string): boolean {
  return p.createdBy === accountId || p.writers.has(accountId)
}

/**
 * Revisions after `baseRev` that this client did not make itself. Empty means the change was made
 * on what is on the server now, or on a chain of this client's own changes already applied.
 */
export function othersSince(rows: readonly ProvenanceRow[], baseRev: number, me: { accountId: string; clientId: string }): ProvenanceRow[] {
  return rows.filter((r) => r.rev > baseRev && !(r.accountId === me.accountId && r.clientId === me.clientId))
}
