// What the house-style check hands across a boundary: the first findings in reading order, and
// how many more there are. A body of 100,000 misspelt lines once made `workflow.check` answer
// 59 MB and the editor never became ready; nobody reads past the first screenful, so the rest is
// a count (decision 0043). The totals stay exact, so "approve over warnings" still knows.
import type { Finding } from './findings'

/** Findings of one rule shown at most: one flooding rule cannot hide the others. */
export const MAX_FINDINGS_PER_RULE = 50
/** Findings shown at most, over all rules. */
export const MAX_FINDINGS = 200

export interface FindingList {
  /** At most MAX_FINDINGS, at most MAX_FINDINGS_PER_RULE of each rule, in reading order. */
  findings: Finding[]
  /** Findings found but left out of `findings`. */
  more: number
  /** Every blocking finding and every warning, shown or not. */
  blocking: number
  warnings: number
}

/** The first findings of `all` (already in reading order) within the caps. */
export function shownFindings(all: readonly Finding[]): Finding[] {
  const perRule = new Map<string, number>()
  const shown: Finding[] = []
  for (const finding of all) {
    if (shown.length === MAX_FINDINGS) break
    const seen = perRule.get(finding.rule) ?? 0
    if (seen === MAX_FINDINGS_PER_RULE) continue
    perRule.set(finding.rule, seen + 1)
    shown.push(finding)
  }
  return shown
}

export function findingList(all: readonly Finding[]): FindingList {
  const findings = shownFindings(all)
  const blocking = all.filter((f) => f.severity === 'blocking').length
  return { findings, more: all.length - findings.length, blocking, warnings: all.length - blocking }
}
