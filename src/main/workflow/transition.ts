// The status machine's enforcement: pure, given everything it needs, so every rule is tested
// without a store. The table and the role rules are shared with the renderer (src/shared/workflow);
// what only main can judge (notes, findings, filling in the editor) is decided here.
import type { Article, ArticleDraft, Status } from '../../shared/article'
import { hasBlocking } from '../../shared/kompas/check'
import type { Finding } from '../../shared/kompas/findings'
import { NOTE_REQUIRED, nextStatus, refusal, type Profile, type WorkflowAction } from '../../shared/workflow'
import { RedaksiFailure } from '../../shared/result'
import { refusalText } from './messages'

export interface TransitionRequest {
  /** The history is what four eyes and "own piece" are judged by (decision 0046), never the byline alone. */
  article: Pick<Article, 'status' | 'penulis' | 'editor' | 'history'>
  profile: Profile
  action: WorkflowAction
  note?: string | undefined
  /** House-style findings of the article as it would be after the move (submit and approve only). */
  findings?: readonly Finding[]
  overrideWarnings?: boolean | undefined
}

export interface TransitionPlan {
  to: Status
  /** The action history records: a second submit after a return is a 'resubmit'. */
  historyAction: string
  note?: string
  /** Fields the move itself fills in, written in the same revision. */
  changes?: Partial<ArticleDraft>
}

/** The editor field approval would write: the approver, when nobody is credited yet. */
export function editorAfterApproval(article: Pick<Article, 'editor'>, profile: Profile): string[] | null {
  return article.editor.some((name) => name.trim() !== '') ? null : [profile.name]
}

export function planTransition(req: TransitionRequest): TransitionPlan {
  const { article, profile, action } = req
  const why = refusal(article, profile, action)
  if (why === 'illegal') throw new RedaksiFailure('workflow.illegal', { status: article.status, action })
  if (why === 'role') throw new RedaksiFailure('workflow.role', { action })
  if (why === 'four-eyes') throw new RedaksiFailure('workflow.four-eyes')
  if (why === 'not-own') throw new RedaksiFailure('workflow.not-own', { action })
  if (why === 'was-published') throw new RedaksiFailure('workflow.was-published')

  const to = nextStatus(article.status, action)!
  const note = req.note?.trim() ?? ''
  if (NOTE_REQUIRED.has(action) && note === '') throw new RedaksiFailure('workflow.note-required', { action })

  const plan: TransitionPlan = { to, historyAction: action === 'submit' && article.status === 'returned' ? 'resubmit' : action }
  if (note !== '') plan.note = note

  if (action === 'submit' || action === 'approve') {
    const findings = req.findings ?? []
    if (hasBlocking(findings)) {
      const blocking = findings.filter((f) => f.severity === 'blocking')
      throw new RedaksiFailure('workflow.blocking', { action, count: blocking.length }, { findings: blocking })
    }
    const warnings = findings.filter((f) => f.severity === 'warning')
    if (action === 'approve' && warnings.length > 0) {
      if (!req.overrideWarnings) throw new RedaksiFailure('workflow.warnings', { count: warnings.length }, { findings: warnings })
      const rules = [...new Set(warnings.map((f) => f.rule))].join(', ')
      const over = refusalText('approvedOver', { count: warnings.length, rules })
      plan.note = plan.note ? `${plan.note} (${over})` : over
    }
  }
  if (action === 'approve') {
    const editor = editorAfterApproval(article, profile)
    if (editor) plan.changes = { editor }
  }
  return plan
}
