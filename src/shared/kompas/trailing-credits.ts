// The credits that close a page: "Penulis : A Editor : B", "Sumber : Kompas TV", or Kompas.com's
// name and role lines. A few lines after them (a tag line, a stray link) do not hide them; those
// lines stay in the body.
import { isNameLine, mergeCredits, noCredits, readCreditLine, readTrailingStack, roleOfLine, type Credits } from './byline'
import type { PageLine } from './page-lines'

/** How many lines below the last credit line may still be page text the reader copied. */
const MAX_AFTER = 3

export interface TrailingCredits {
  /** Index of the first credit line (lines.length when none close the page). */
  start: number
  credits: Credits
  /** Lines below the credits, for the body. */
  after: PageLine[]
}

export function readTrailingCredits(lines: readonly PageLine[], from: number): TrailingCredits {
  const texts = lines.map((l) => l.text.trim())
  const isCredit = (i: number): boolean => readCreditLine(texts[i]!) !== null || (roleOfLine(texts[i]!) !== null && isNameLine(texts[i - 1] ?? ''))
  let end = -1
  for (let i = lines.length - 1; i >= Math.max(from, lines.length - 1 - MAX_AFTER); i--) {
    if (isCredit(i)) {
      end = i + 1
      break
    }
  }
  const credits = noCredits()
  if (end < 0) return { start: lines.length, credits, after: [] }
  let start = end
  for (;;) {
    if (start <= from) break
    const line = readCreditLine(texts[start - 1]!)
    if (line) {
      mergeCredits(credits, line)
      start--
      continue
    }
    const stack = readTrailingStack(texts.slice(from), start - from)
    if (stack.start + from >= start) break
    mergeCredits(credits, stack.credits)
    start = stack.start + from
  }
  // Read top-down, as printed: the backward walk met the last credit first.
  const ordered = noCredits()
  for (let i = start; i < end; i++) {
    const line = readCreditLine(texts[i]!)
    if (line) mergeCredits(ordered, line)
  }
  mergeCredits(ordered, credits)
  return { start, credits: ordered, after: lines.slice(end) }
}
