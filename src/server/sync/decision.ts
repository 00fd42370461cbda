// What the server decides about one change, as data: the DB step writes a `write`, answers the
// rest. Pure, so every rule is tested without PostgreSQL.
import type { Article, ArticleDraft } from '../../shared/article'
import type { Failure } from '../../shared/result'
import type { Note } from '../../shared/workflow'
import type { RevisionReason } from '../../shared/workflow'
import type { ProvenanceRow } from './provenance'

export interface DecideContext {
  now: Date
  /** The newsroom's desks; a draft's section must be one of them. */
  sections: readonly string[]
  /** The headline length the house-style check warns above (the app's default is 100). */
  headlineLimit: number
  outlets?: string[]
}

/** The article as the server holds it, locked for this change. */
export interface ArticleState {
  article: Article
  rows: readonly ProvenanceRow[]
  /** Headlines of the Baca Juga targets the body points to (null: spiked); missing: unknown. */
  targets: ReadonlyMap<string, string | null>
}

export type ArticleOutcome =
  | { kind: 'write'; article: Article; action: string; bodyChanged: boolean; reason: RevisionReason }
  | { kind: 'unchanged'; article: Article }
  | { kind: 'refused'; failure: Failure }
  | { kind: 'conflict'; failure: Failure; server: Article }

export type NoteOutcome = { kind: 'write'; note: Note; authorAccount: string } | { kind: 'refused'; failure: Failure }

export const draftOf = (a: Article): ArticleDraft => {
  const { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags } = a
  return { headline, section, published, dateline, penulis, editor, sumber, featuredImage, body, tags }
}
