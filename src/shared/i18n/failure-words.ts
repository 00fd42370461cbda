import type { FailureReason } from '../failures'
import type { IssueKind } from '../result'

/** What each language must say: every failure reason, every issue kind, and where an issue is. */
export interface FailureWords {
  reason: Record<FailureReason, string>
  issue: Record<IssueKind, string>
  at: Record<string, string>
}
