// The status machine's enforcement: pure, given everything it needs, so every rule is tested
// without a store. The table and the role rules are shared with the renderer (src/shared/workflow);
// what only main can judge (notes, findings, filling in the editor) is decided here.
import type { Article, ArticleDraft, Status } from '../../shared/article'
import { findingWhere, hasBlocking } from '../../shared/kompas/check'
import type { Finding } from '../../shared/kompas/findings'
import { NOTE_REQUIRED, nextStatus, refusal, type Profile, type WorkflowAction } from '../../shared/workflow'
import { WorkflowError } from './errors'
import { refusalText } from './messages'

export interface TransitionRequest {
  article: Pick<Article, 'status' | 'penulis' | 'editor'>
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

const listed = (findings: readonly Finding[]) => findings.map((f) => ({ path: findingWhere(f), message: f.message }))

/** The editor field approval would write: the approver, when nobody is credited yet. */
export function editorAfterApproval(article: Pick<Article, 'editor'>, profile: Profile): string[] | null {
  return article.editor.some((name) => name.trim() !== '') ? null : [profile.name]
}

export function planTransition(req: TransitionRequest): TransitionPlan {
  const { article, profile, action } = req
  const why = refusal(article, profile, action)
  if (why === 'illegal') throw new WorkflowError('invalid', refusalText('illegal', { status: article.status, action, passive: true }))
  if (why === 'role') throw new WorkflowError('forbidden', refusalText('role', { action }))
  if (why === 'four-eyes') throw new WorkflowError('forbidden', refusalText('fourEyes'))
  if (why === 'not-own') throw new WorkflowError('forbidden', refusalText('notOwn', { action }))

  const to = nextStatus(article.status, action)!
  const note = req.note?.trim() ?? ''
  if (NOTE_REQUIRED.has(action) && note === '') throw new WorkflowError('invalid', refusalText('noteRequired', { action }))

  const plan: TransitionPlan = { to, historyAction: action === 'submit' && article.status === 'returned' ? 'resubmit' : action }
  if (note !== '') plan.note = note

  if (action === 'submit' || action === 'approve') {
    const findings = req.findings ?? []
    if (hasBlocking(findings)) {
      const blocking = findings.filter((f) => f.severity === 'blocking')
      throw new WorkflowError('invalid', refusalText('blocking', { action, passive: true, count: blocking.length }), listed(blocking))
    }
    const warnings = findings.filter((f) => f.severity === 'warning')
    if (action === 'approve' && warnings.length > 0) {
      if (!req.overrideWarnings) throw new WorkflowError('invalid', refusalText('warnings', { count: warnings.length }), listed(warnings))
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
