// The house-style check for a thread that must stay responsive: the same rules as checkArticle,
// one at a time, giving the thread back whenever a slice has used its budget. The clock and the
// way of yielding are the caller's (the renderer's idle periods), so this stays pure.
import { compareFindings, RULES } from './check'
import type { ArticleDraft } from '../article'
import type { CheckContext, Finding, Rule } from './findings'

export interface Slicing {
  /** Whether the running slice has used its budget; asked between rules. */
  spent(): boolean
  /** Gives the thread back; the next slice starts when this resolves. */
  yieldNow(): Promise<void>
  /** Aborted when a newer change supersedes the check: it stops at its next slice. */
  signal?: AbortSignal
}

/** A slice never gives the thread back: the whole check in one go, as checkArticle runs it. */
export const ONE_SLICE: Slicing = { spent: () => false, yieldNow: () => Promise.resolve() }

/**
 * checkArticle's findings, in its order. A slice always runs at least one rule, so a key waits
 * at most for the budget and one rule. When `signal` aborts, the promise rejects with its reason
 * before the next rule starts, and no further rule runs.
 */
export async function checkArticleInSlices(article: ArticleDraft, context: CheckContext, rules: readonly Rule[] = RULES, slicing: Slicing = ONE_SLICE): Promise<Finding[]> {
  const found: Finding[] = []
  for (const rule of rules) {
    // Before the first rule too: the caller may have spent the slice already (reading the draft,
    // awaiting the dictionary in another task).
    await nextSlice(slicing)
    for (const finding of rule.check(article, context)) found.push(finding)
  }
  await nextSlice(slicing)
  // Array.prototype.sort is stable, so rule order breaks the ties exactly as in checkArticle.
  return found.sort(compareFindings)
}

/** A slice boundary: yields when the slice is spent; rejects with the abort's reason once superseded. */
export async function nextSlice(slicing: Slicing): Promise<void> {
  slicing.signal?.throwIfAborted()
  if (!slicing.spent()) return
  await slicing.yieldNow()
  slicing.signal?.throwIfAborted()
}
