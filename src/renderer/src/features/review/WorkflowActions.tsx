import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/article'
import type { Finding } from '../../../../shared/kompas/findings'
import type { RedaksiError } from '../../../../shared/result'
import { allowedActions, type WorkflowAction } from '../../../../shared/workflow'
import { Dialog } from '../../ui/Dialog'
import { useProfiles } from '../profiles'
import { NoteDialog } from './NoteDialog'
import { whereLabel } from '../../ui/where-label'
import { useFailureText } from '../../ui/failure-text'
import './WorkflowActions.css'

const LABEL: Record<WorkflowAction, string> = {
  submit: 'submit',
  withdraw: 'withdraw',
  'start-review': 'startReview',
  return: 'return',
  approve: 'approve',
  publish: 'publish',
  spike: 'spike',
  unspike: 'unspike',
  reopen: 'reopen',
  correct: 'correct'
}

/** Findings the failure counts but does not carry: it carries the first ones only (finding-list.ts). */
const moreThanShown = (error: RedaksiError): number =>
  typeof error.params?.count === 'number' ? error.params.count - (error.findings?.length ?? 0) : 0

/** The order buttons appear in: the forward step first, spiking last. */
const ORDER: WorkflowAction[] = ['submit', 'start-review', 'approve', 'return', 'withdraw', 'reopen', 'correct', 'publish', 'unspike', 'spike']

/** Moves that ask for a note first. */
type Noted = 'return' | 'reopen' | 'correct'
const NOTED: readonly WorkflowAction[] = ['return', 'reopen', 'correct']
const NOTE_TITLE: Record<Noted, string> = { return: 'returnTitle', reopen: 'reopenTitle', correct: 'correctTitle' }

/**
 * The workflow buttons the current profile may use on an article, with the same rules main
 * enforces; main still decides, and its refusal (with what to fix) is shown here.
 */
export function WorkflowActions(props: {
  article: Article
  /** Saves pending edits first, so what is submitted is what the writer sees. */
  beforeAction?: () => Promise<void>
  onChanged: (article: Article) => void
  only?: WorkflowAction[]
}): React.JSX.Element | null {
  const { t, i18n } = useTranslation('review')
  const english = i18n.language === 'en'
  const failureText = useFailureText()
  const { current } = useProfiles()
  const [error, setError] = useState<RedaksiError | null>(null)
  const [asking, setAsking] = useState<null | { action: Noted } | { action: 'approve'; warnings: Finding[]; count: number }>(null)
  const [busy, setBusy] = useState(false)

  if (!current) return null
  const actions = ORDER.filter((a) => allowedActions(props.article, current).includes(a) && (!props.only || props.only.includes(a)))

  const run = async (action: WorkflowAction, extra: { note?: string; overrideWarnings?: boolean } = {}): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      await props.beforeAction?.()
      if (action === 'approve' && !extra.overrideWarnings) {
        const check = await window.redaksi.workflow.check({ id: props.article.id })
        // The answer carries the first findings only; `warnings` counts them all (finding-list.ts).
        const warnings = check.ok ? check.value.findings.filter((f) => f.severity === 'warning') : []
        const count = check.ok ? check.value.warnings : 0
        if (count > 0) {
          setAsking({ action: 'approve', warnings, count })
          return
        }
      }
      const fresh = await window.redaksi.articles.get({ id: props.article.id })
      const rev = fresh.ok ? fresh.value.rev : props.article.rev
      const result = await window.redaksi.workflow.transition({ id: props.article.id, rev, action, ...extra })
      if (result.ok) {
        setAsking(null)
        props.onChanged(result.value)
      } else setError(result.error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="workflow-actions">
      <div className="workflow-actions__buttons">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            className={action === 'spike' ? 'button button--quiet' : 'button'}
            onClick={() => (NOTED.includes(action) ? setAsking({ action: action as Noted }) : void run(action))}
          >
            {t(LABEL[action])}
          </button>
        ))}
      </div>
      {error && (
        <div role="alert" className="workflow-actions__error">
          <p>{t('actionFailed', { message: failureText(error) })}</p>
          {error.findings && error.findings.length > 0 && (
            <>
              <p>{t('mustFix')}</p>
              <ul>
                {error.findings.map((finding, i) => (
                  <li key={i}>
                    <strong>{whereLabel(t, finding.where)}</strong>: {english ? finding.messageEn : finding.message}
                  </li>
                ))}
              </ul>
              {moreThanShown(error) > 0 && <p className="workflow-actions__more">{t('moreFindings', { count: moreThanShown(error) })}</p>}
            </>
          )}
        </div>
      )}
      {asking && asking.action !== 'approve' && (
        <NoteDialog
          title={t(NOTE_TITLE[asking.action])}
          onClose={() => setAsking(null)}
          onConfirm={(note) => void run(asking.action, { note })}
        />
      )}
      {asking?.action === 'approve' && (
        <Dialog title={t('approveTitle')} onClose={() => setAsking(null)}>
          <p>{t('approveWarnings', { count: asking.count })}</p>
          {/* The editor approves over these: name them, not just their number. */}
          <ul className="workflow-actions__warnings">
            {asking.warnings.map((finding, i) => (
              <li key={i}>
                <strong>{whereLabel(t, finding.where)}</strong>: {english ? finding.messageEn : finding.message}
              </li>
            ))}
          </ul>
          {asking.count > asking.warnings.length && <p className="workflow-actions__more">{t('moreFindings', { count: asking.count - asking.warnings.length })}</p>}
          <div className="dialog__actions">
            <button type="button" className="button button--quiet" onClick={() => setAsking(null)}>
              {t('cancel')}
            </button>
            <button type="button" className="button" onClick={() => void run('approve', { overrideWarnings: true })}>
              {t('approveAnyway')}
            </button>
          </div>
        </Dialog>
      )}
    </div>
  )
}
