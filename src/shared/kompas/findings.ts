// The vocabulary of the house-style checker: what a rule reports, where, and how to put it right.
// Pure data, so a finding can cross IPC, be stored in the history ("approved over 2 warnings")
// and be drawn by the renderer without any of the checker's code.
import type { ArticleDraft, Dateline, FeaturedImage } from '../article'
import type { BodyLocation, FieldLocation, FieldName } from '../location'

/** `blocking` stops "submit"; `warning` is shown, and an editor may approve over it. */
export type Severity = 'blocking' | 'warning'

export type { FieldName, FieldLocation, BodyLocation }

/** Where a finding is: a form field or a body block (never a request path). */
export type Location = FieldLocation | BodyLocation

/** A field patch: only the fields a fix may set wholesale; the body is edited by `replace` instead. */
export interface DraftPatch {
  headline?: string
  dateline?: Dateline
  penulis?: string[]
  editor?: string[]
  sumber?: string[]
  featuredImage?: FeaturedImage | null
}

/**
 * A fix the editor can apply without asking anything more: replace a range of text, patch fields,
 * or show a Baca Juga block's current title (the node's `updateBacaJugaTitle` command).
 * `label` is the button text, in Indonesian; `labelEn` its English form.
 */
export type Fix =
  | { label: string; labelEn: string; replace: { where: Location; from: number; to: number; text: string } }
  | { label: string; labelEn: string; patch: DraftPatch }
  | { label: string; labelEn: string; retitle: { block: number; articleId: string; title: string } }

export interface Finding {
  rule: string
  severity: Severity
  /** Indonesian, one or two sentences, addressed to the writer. */
  message: string
  messageEn: string
  where: Location
  /** The offending text as written, when there is one. */
  text?: string
  fix?: Fix
}

/** What the checker needs from outside the article: the store's knowledge and newsroom settings. */
export interface CheckContext {
  articleExists(id: string): boolean
  /** The target's headline now; null when it is spiked or unknown. */
  currentTitle(id: string): string | null
  /** Headline length, in characters, above which the headline-length rule warns. */
  headlineLimit: number
  /** Outlets a dateline may name (e.g. KOMPAS.TV, KOMPAS.com); any non-empty outlet when absent. */
  outlets?: string[]
  /** An Indonesian dictionary, where one is loaded; without it the spelling rule says nothing. */
  spelling?: Speller
}

/** What the spelling rule asks of a dictionary; main answers from Hunspell's id_ID through nspell. */
export interface Speller {
  isCorrect(word: string): boolean
  /** Best first; may be empty. */
  suggest(word: string): string[]
}

export interface Rule {
  id: string
  /** The most severe finding the rule can raise; each finding carries its own severity. */
  severity: Severity
  check(article: ArticleDraft, context: CheckContext): Finding[]
}

/** A field location, with a range only when one is given. */
export function fieldAt(field: FieldName, from?: number, to?: number): FieldLocation {
  return from === undefined || to === undefined ? { field } : { field, from, to }
}
