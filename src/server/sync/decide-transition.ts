// A status move on the server: the shared table and roles (src/shared/workflow), four eyes from
// provenance, the house-style check with the app's override rule, and server order for races.
import type { Article, HistoryEntry } from '../../shared/article'
import { checkArticle, hasBlocking } from '../../shared/kompas/check'
import type { CheckContext } from '../../shared/kompas/findings'
import { workflow as workflowWords } from '../../shared/i18n/workflow'
import { failure } from '../../shared/result'
import { NOTE_REQUIRED, isPenulisOf, nextStatus, refusalFor, wasPublished, type Profile } from '../../shared/workflow'
import type { Change } from '../../shared/sync/protocol'
import { actsAsEditor, workflowRole, type Actor } from './actor'
import { draftOf, type ArticleOutcome, type ArticleState, type DecideContext } from './decision'
import { isAuthor, isWriter, othersSince, provenanceOf } from './provenance'
import { revIdOf } from './rev-id'

type Transition = Extract<Change, { kind: 'workflow.transition' }>

export function checkContextOf(state: ArticleState, ctx: DecideContext): CheckContext {
  return {
    articleExists: (id) => state.targets.has(id),
    currentTitle: (id) => state.targets.get(id) ?? null,
    headlineLimit: ctx.headlineLimit,
    ...(ctx.outlets ? { outlets: ctx.outlets } : {})
  }
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

export function decideTransition(change: Transition, state: ArticleState, actor: Actor, clientId: string, ctx: DecideContext): ArticleOutcome {
  const { article } = state
  const { action } = change.payload
  const refuse = (...args: Parameters<typeof failure>): ArticleOutcome => ({ kind: 'refused', failure: failure(...args) })

  // Server order settles races: whoever's move arrived first stands, the later one is told by whom.
  const others = othersSince(state.rows, change.baseRev, { accountId: actor.accountId, clientId })
  if (others.length > 0) {
    const mover = [...others].reverse().find((r) => r.action !== 'save')
    const last = others[others.length - 1]!
    if (mover) return refuse('sync.overtaken', { id: article.id, status: article.status, by: mover.name, action })
    return refuse('sync.stale', { id: article.id, by: last.name, rev: article.rev, action })
  }

  const provenance = provenanceOf(state.rows)
  // Four eyes and "own piece" from provenance (an author by provenance, or a person the byline
  // names, may not approve); the table and roles from the shared `refusalFor`, so the app's
  // greyed-out buttons, main and the server answer alike.
  const profile: Pick<Profile, 'name' | 'role'> = { name: actor.name, role: workflowRole(actor) }
  const ownPiece = isWriter(provenance, actor.accountId)
  const standing = { author: isAuthor(provenance, actor.accountId) || isPenulisOf(article, profile), writer: ownPiece, creator: provenance.createdBy === actor.accountId }
  const why = refusalFor({ status: article.status, published: wasPublished(article) }, standing, profile.role, action)
  if (why === 'illegal') return refuse('workflow.illegal', { status: article.status, action })
  if (why === 'role') return refuse('workflow.role', { action })
  if (why === 'four-eyes') return refuse('workflow.four-eyes')
  if (why === 'not-own') return refuse('workflow.not-own', { action })
  if (why === 'was-published') return refuse('workflow.was-published')
  // The table lets anyone submit; on a shared desk only the piece's writer or an editor may.
  if (action === 'submit' && !actsAsEditor(actor) && !ownPiece) return refuse('workflow.not-own', { action })

  const to = nextStatus(article.status, action)!
  let note = change.payload.note?.trim() ?? ''
  if (NOTE_REQUIRED.has(action) && note === '') return refuse('workflow.note-required', { action })

  // Approval credits the approver as editor when nobody is; the check judges the piece as it will be.
  const editor = action === 'approve' && !article.editor.some((n) => n.trim() !== '') ? [actor.name] : article.editor
  if (action === 'submit' || action === 'approve') {
    const findings = checkArticle({ ...draftOf(article), editor }, checkContextOf(state, ctx))
    if (hasBlocking(findings)) {
      const blocking = findings.filter((f) => f.severity === 'blocking')
      return refuse('workflow.blocking', { action, count: blocking.length }, { findings: blocking })
    }
    const warnings = findings.filter((f) => f.severity === 'warning')
    if (action === 'approve' && warnings.length > 0) {
      if (!change.payload.overrideWarnings) return refuse('workflow.warnings', { count: warnings.length }, { findings: warnings })
      const over = fill(workflowWords.id.refusal.approvedOver, { count: warnings.length, rules: [...new Set(warnings.map((f) => f.rule))].join(', ') })
      note = note ? `${note} (${over})` : over
    }
  }

  const at = ctx.now.toISOString()
  const historyAction = action === 'submit' && article.status === 'returned' ? 'resubmit' : action
  const entry: HistoryEntry = { at, actor: actor.name, action: historyAction, from: article.status, to, ...(note ? { note } : {}) }
  const rev = article.rev + 1
  const { revId: parent, ...rest } = article
  const base: Omit<Article, 'revId'> = { ...rest, editor, status: to, rev, updatedAt: at, history: [...article.history, entry] }
  return { kind: 'write', article: { ...base, revId: revIdOf(base, parent) }, action: historyAction, bodyChanged: false, reason: 'status' }
}
